// backlog-lint options: ignorePortProbes=false
package corpus.options.probes;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;

/** With the port-probe exemption off, fluent probes and one-shot listeners are reported too. */
class OneShotsReported {

  boolean fluent(int port) {
    try (ServerSocketChannel channel = ServerSocketChannel.open().bind(new InetSocketAddress(port))) { // FLAG: 50
      return channel.getLocalAddress() != null;
    } catch (IOException e) {
      return false;
    }
  }

  Socket oneShot(int port) throws IOException {
    try (ServerSocket listener = new ServerSocket(port, 1)) { // FLAG: 1
      return listener.accept();
    }
  }
}
