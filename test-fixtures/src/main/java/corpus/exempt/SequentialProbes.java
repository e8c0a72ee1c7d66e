package corpus.exempt;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * Two port probes in one method, each with its own try-with-resources local of the same name.
 *
 * <p>A limitation of the bytecode checker: javac gives both locals the same slot, name and type,
 * and in bytecode that is indistinguishable from one local assigned on two branches (which must
 * stay unknown), so SpotBugs sees one socket local stored twice and judges both sockets as
 * servers. The source tools see two probes. Without a LocalVariableTable ({@code javac} without
 * {@code -g}) the slot's two stores reach no common read, so SpotBugs sees two probes as well: only
 * the {@code -g} class files are reported.
 */
class SequentialProbes {

  boolean bothFree(int first, int second) {
    try (ServerSocket socket = new ServerSocket(first)) { // FLAG[spotbugs-g]: 50
      socket.setReuseAddress(true);
    } catch (IOException e) {
      return false;
    }
    try (ServerSocket socket = new ServerSocket(second)) { // FLAG[spotbugs-g]: 50
      return socket.isBound();
    } catch (IOException e) {
      return false;
    }
  }
}
