package corpus.jdk;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import javax.net.ssl.SSLServerSocket;

/**
 * ServerSocket subclasses: the super(...) call is the sink, a new of the subclass is not a second
 * one; bind through a variable of the subclass type; anonymous subclasses.
 */
class Subclasses {

  static class AdminSocket extends ServerSocket {
    AdminSocket(int port) throws IOException {
      super(port, 10); // FLAG: 10
    }
  }

  static class MetricsSocket extends ServerSocket {
    MetricsSocket(int port) throws IOException {
      super(port); // FLAG: 50
    }
  }

  static class TunedSocket extends ServerSocket {
    TunedSocket(int port) throws IOException {
      super(port, Integer.MAX_VALUE); // OK: the kernel clamps it
    }
  }

  /** A base for TLS listeners: SSLServerSocket's own binding constructors are sinks too. */
  abstract static class PinnedTlsSocket extends SSLServerSocket {
    PinnedTlsSocket(int port) throws IOException {
      super(port, 100); // FLAG: 100
    }
  }

  /** Binds later, through its inherited bind. */
  static class LateSocket extends ServerSocket {
    LateSocket() throws IOException {
      super(); // OK: binds nothing
      setReuseAddress(true);
    }
  }

  ServerSocket admin() throws IOException {
    return new AdminSocket(8080); // OK: the sink is AdminSocket's super call
  }

  ServerSocket metrics() throws IOException {
    return new MetricsSocket(9100); // OK: the sink is MetricsSocket's super call
  }

  LateSocket bindThroughSubclass(int port) throws IOException {
    LateSocket socket = new LateSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(port), 20); // FLAG: 20
    return socket;
  }

  LateSocket bindThroughSubclassNoBacklog(int port) throws IOException {
    LateSocket socket = new LateSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(port)); // FLAG: 50
    return socket;
  }

  // An anonymous subclass calls the ServerSocket constructor with these arguments.
  ServerSocket anonymous() throws IOException {
    return new ServerSocket(8080) {}; // FLAG: 50
  }

  static ServerSocket anonymousWithBacklog() throws IOException {
    return new ServerSocket(8080, 128) {}; // FLAG: 128
  }

  ServerSocket anonymousLargeBacklog() throws IOException {
    return new ServerSocket(8080, 4096) {}; // OK: above the minimum
  }

  // An anonymous subclass of a named subclass calls AdminSocket's constructor, not ServerSocket's:
  // the sink is AdminSocket's super call above.
  ServerSocket anonymousOfSubclass() throws IOException {
    return new AdminSocket(8080) {}; // OK: the sink is AdminSocket's super call
  }
}
