// backlog-lint options: ignoreEphemeralPorts=false
package corpus.options.ephemeral;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;

/** With the ephemeral-port exemption off, a defaulted backlog on port 0 is reported too. */
class ClassDefaultsOnEphemeralPorts {

  private int backlog = 50;

  ServerSocket ephemeralPort() throws IOException {
    return new ServerSocket(0, backlog); // FLAG: 50
  }

  ServerSocketChannel ephemeralAddress() throws IOException {
    return ServerSocketChannel.open().bind(new InetSocketAddress(0), backlog); // FLAG: 50
  }
}
