package corpus.realworld;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * Found by the real-world run (realworld/FINDINGS.md): the port probe as it was written before
 * try-with-resources. The socket's local starts as {@code null}, the sink is its one real
 * assignment, and a {@code finally} block null-checks and closes it. Such a socket never accepts,
 * so it is a probe like the try-with-resources form. Assignments of {@code null} and comparisons
 * with {@code null} do not make it a server; anything else still does. TLS listeners cast the
 * factory's socket before storing it: the cast does not hide a probe either.
 */
class NullInitializedProbes {

  // "Is this port free?" with the close in a finally block.
  boolean isFree(int port) {
    ServerSocket probe = null;
    try {
      probe = new ServerSocket(port); // OK: a probe
      probe.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      if (probe != null) {
        try {
          probe.close();
        } catch (IOException e) {
          // the port was free; nothing else to do
        }
      }
    }
  }

  // The local port as a number unique on this host, the socket closed right after.
  int uniquePort(int port) throws IOException {
    ServerSocket probe = null;
    try {
      probe = new ServerSocket(port, 5); // OK: a probe
      return probe.getLocalPort();
    } finally {
      if (null != probe) {
        probe.close();
      }
    }
  }

  // The same shape with a channel that is bound through its null-initialised local.
  boolean channelFree(InetSocketAddress address) throws IOException {
    ServerSocketChannel channel = null;
    try {
      channel = ServerSocketChannel.open();
      channel.bind(address); // OK: a probe
      return channel.getLocalAddress() != null;
    } finally {
      if (channel != null) {
        channel.close();
      }
    }
  }

  // Cleared after the close: storing null gives the socket to nobody.
  boolean clearedAfterClose(int port) throws IOException {
    ServerSocket probe = new ServerSocket(port); // OK: a probe
    probe.close();
    probe = null;
    return true;
  }

  // A TLS probe: the factory's socket is cast before it is stored, as TLS listeners are.
  boolean tlsPortFree(SSLServerSocketFactory factory, int port) throws IOException {
    SSLServerSocket probe = null;
    try {
      probe = (SSLServerSocket) factory.createServerSocket(port, 1); // OK: a probe
      return probe.isBound();
    } finally {
      if (probe != null) {
        probe.close();
      }
    }
  }

  // The same cast in a try-with-resources declaration.
  int tlsLocalPort(SSLServerSocketFactory factory, int port) throws IOException {
    try (SSLServerSocket probe = (SSLServerSocket) factory.createServerSocket(port)) { // OK: a probe
      return probe.getLocalPort();
    }
  }

  // Cast and then handed out: a server.
  SSLServerSocket tlsServer(SSLServerSocketFactory factory, int port) throws IOException {
    SSLServerSocket server = (SSLServerSocket) factory.createServerSocket(port, 40); // FLAG: 40
    server.setNeedClientAuth(true);
    return server;
  }

  // Null-initialised, accepts one connection and is closed: a one-shot listener.
  Socket acceptsOne(int port) throws IOException {
    ServerSocket server = null;
    try {
      server = new ServerSocket(port); // OK: one-shot
      return server.accept();
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  // Two sockets through one local: not a single probe, both judged as servers. A bytecode
  // limitation: without a LocalVariableTable one slot stored twice may be two locals of disjoint
  // blocks, each a probe, so SpotBugs stays silent there; with -g it reports both.
  boolean twoSockets(int first, int second) throws IOException {
    ServerSocket socket = null;
    socket = new ServerSocket(first, 10); // FLAG[errorprone,pmd,spotbugs-g]: 10
    socket.close();
    socket = new ServerSocket(second, 20); // FLAG[errorprone,pmd,spotbugs-g]: 20
    socket.close();
    return true;
  }

  // Null-initialised and returned: a server.
  ServerSocket handedOut(int port) throws IOException {
    ServerSocket server = null;
    server = new ServerSocket(port, 30); // FLAG: 30
    return server;
  }
}
