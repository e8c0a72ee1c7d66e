// backlog-lint options: ignorePortProbes=false
package corpus.options.probes;

import java.io.IOException;
import java.net.ServerSocket;

/** With the port-probe exemption off, a probe whose backlog is a field's default is reported. */
class ClassDefaultProbes {

  private int backlog = 50;

  boolean isFree(int candidate) {
    try (ServerSocket probe = new ServerSocket(candidate, backlog)) { // FLAG: 50
      return probe.isBound();
    } catch (IOException inUse) {
      return false;
    }
  }
}
