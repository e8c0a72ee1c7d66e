// backlog-lint options: ignorePortProbes=false
package corpus.options.probes;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.ServerSocketChannel;
import java.util.function.IntPredicate;
import javax.net.ServerSocketFactory;

/** With the port-probe exemption off, the shapes of corpus.exempt.PortProbes are reported. */
class ProbesReported {

  boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) { // FLAG: 50
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  boolean isFreeOnLoopback(ServerSocketFactory factory, int port) {
    InetAddress localhost = InetAddress.getLoopbackAddress();
    try (ServerSocket socket = factory.createServerSocket(port, 1, localhost)) { // FLAG: 1
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  int bindAskClose(int port) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(port)); // FLAG: 50
    int bound = socket.getLocalPort();
    socket.close();
    return bound;
  }

  boolean bindWithBacklog(SocketAddress address) {
    try (ServerSocket socket = new ServerSocket()) { // OK: binds nothing
      socket.setSoTimeout(100);
      socket.bind(address, 1); // FLAG: 1
      return socket.isBound() && !socket.isClosed();
    } catch (IOException e) {
      return false;
    }
  }

  SocketAddress channelProbe(int port) throws IOException {
    try (ServerSocketChannel channel = ServerSocketChannel.open()) { // OK: binds nothing
      channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      channel.bind(new InetSocketAddress(port)); // FLAG: 50
      return channel.getLocalAddress();
    }
  }

  boolean asyncProbe(int port) {
    try (AsynchronousServerSocketChannel channel = AsynchronousServerSocketChannel.open()) {
      channel.bind(new InetSocketAddress(port), 1); // FLAG: 1
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  IntPredicate freePorts() {
    return port -> {
      try (ServerSocket socket = new ServerSocket(port)) { // FLAG: 50
        return socket.isBound();
      } catch (IOException e) {
        return false;
      }
    };
  }

  // The ephemeral-port exemption (still on) covers a probe on port 0.
  int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) { // OK: ephemeral port
      return socket.getLocalPort();
    }
  }

  boolean largeBacklog(int port) {
    try (ServerSocket socket = new ServerSocket(port, 4096)) { // OK: above the minimum
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
