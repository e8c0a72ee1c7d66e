package corpus.exempt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import java.util.function.BooleanSupplier;
import javax.net.ServerSocketFactory;

/** More probe shapes: loops, finally, var, two resources; and uses outside the allow-list. */
class ProbeShapes {

  boolean closeWithoutTry(int port) throws IOException {
    ServerSocket s = new ServerSocket(port); // OK: a probe
    s.close();
    return true;
  }

  int firstFree(int from, int to) {
    for (int p = from; p < to; p++) {
      try (ServerSocket s = new ServerSocket(p)) { // OK: a probe
        return s.getLocalPort();
      } catch (IOException e) {
        // try the next one
      }
    }
    return -1;
  }

  void printed(int port) throws IOException {
    try (ServerSocket s = new ServerSocket(port)) { // FLAG: 50
      System.out.println(s);
    }
  }

  ServerSocketChannel configureBlocking(InetSocketAddress address) throws IOException {
    ServerSocketChannel ch = ServerSocketChannel.open();
    ch.configureBlocking(false);
    ch.bind(address); // FLAG: 50
    ch.close();
    return null;
  }

  void receiveBuffer(int port) throws IOException {
    try (ServerSocket s = new ServerSocket(port)) { // FLAG: 50
      s.setReceiveBufferSize(1);
    }
  }

  int finallyClose(ServerSocketFactory factory, int port) throws IOException {
    ServerSocket s = factory.createServerSocket(port); // OK: a probe
    try {
      return s.getLocalPort();
    } finally {
      s.close();
    }
  }

  BooleanSupplier capturedInLambda(int port) throws IOException {
    ServerSocket s = new ServerSocket(port, 3); // FLAG: 3
    return () -> s.isBound();
  }

  boolean varProbe(int port) throws IOException {
    try (var s = new ServerSocket(port, 1)) { // OK: a probe
      return s.isBound();
    }
  }

  boolean twoResources(int a, int b) {
    try (ServerSocket first = new ServerSocket(a); // OK: a probe
        ServerSocket second = new ServerSocket(b)) { // OK: a probe
      return first.isBound() && second.isBound();
    } catch (IOException e) {
      return false;
    }
  }

  void channelOfSocket(int port) throws IOException {
    try (ServerSocket s = new ServerSocket(port)) { // FLAG: 50
      s.getChannel();
    }
  }
}
