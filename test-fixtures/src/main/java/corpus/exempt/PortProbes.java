package corpus.exempt;

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

/**
 * "Is this port free?": a socket held in the method's own local that is only bound, asked for its
 * port or address, configured and closed. Exempt by default, whatever the port and the backlog.
 */
class PortProbes {

  boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) { // OK: a port probe
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  boolean isFreeOnLoopback(ServerSocketFactory factory, int port) {
    InetAddress localhost = InetAddress.getLoopbackAddress();
    try (ServerSocket socket = factory.createServerSocket(port, 1, localhost)) { // OK: a port probe
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  int bindAskClose(int port) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(port)); // OK: a port probe
    int bound = socket.getLocalPort();
    socket.close();
    return bound;
  }

  boolean bindWithBacklog(SocketAddress address) {
    try (ServerSocket socket = new ServerSocket()) { // OK: binds nothing
      socket.setSoTimeout(100);
      socket.bind(address, 1); // OK: a port probe
      return socket.isBound() && !socket.isClosed();
    } catch (IOException e) {
      return false;
    }
  }

  InetAddress whichAddress(int port) throws IOException {
    try (ServerSocket socket = new ServerSocket(port, 1)) { // OK: a port probe
      System.out.println("probe bound to " + socket.getLocalSocketAddress());
      return socket.getInetAddress();
    }
  }

  SocketAddress channelProbe(int port) throws IOException {
    try (ServerSocketChannel channel = ServerSocketChannel.open()) { // OK: binds nothing
      channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      channel.bind(new InetSocketAddress(port)); // OK: a port probe
      return channel.getLocalAddress();
    }
  }

  boolean asyncProbe(int port) {
    try (AsynchronousServerSocketChannel channel = AsynchronousServerSocketChannel.open()) {
      channel.bind(new InetSocketAddress(port), 1); // OK: a port probe
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  // A probe inside a lambda body: the lambda's own local.
  IntPredicate freePorts() {
    return port -> {
      try (ServerSocket socket = new ServerSocket(port)) { // OK: a port probe
        return socket.isBound();
      } catch (IOException e) {
        return false;
      }
    };
  }

  // Port 0 and only asked for its port: both exemptions apply.
  int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) { // OK: ephemeral port and a port probe
      return socket.getLocalPort();
    }
  }
}
