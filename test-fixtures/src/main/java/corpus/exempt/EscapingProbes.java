package corpus.exempt;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sockets that look like probes but accept, escape, or are not the method's own single-assignment
 * local: servers, judged normally.
 */
class EscapingProbes {

  private ServerSocket listener;
  private final List<ServerSocket> listeners = new ArrayList<>();

  // Accepted once and closed: a one-shot listener (see OneShotListeners), not a server.
  Socket acceptsOnce(int port) throws IOException {
    try (ServerSocket socket = new ServerSocket(port)) { // OK: one-shot
      return socket.accept();
    }
  }

  ServerSocket returned(int port) throws IOException {
    ServerSocket socket = new ServerSocket(port, 10); // FLAG: 10
    socket.setReuseAddress(true);
    return socket;
  }

  void storedInField(int port) throws IOException {
    ServerSocket socket = new ServerSocket(port); // FLAG: 50
    listener = socket;
  }

  void addedToList(int port) throws IOException {
    ServerSocket socket = new ServerSocket(port, 20); // FLAG: 20
    listeners.add(socket);
  }

  void passedOn(int port, Consumer<ServerSocket> acceptLoop) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(port), 100); // FLAG: 100
    acceptLoop.accept(socket);
  }

  // The classic pre-Java-7 probe: declared null, assigned in the try, handed to a helper.
  boolean closedByHelper(int port) {
    ServerSocket socket = null;
    try {
      socket = new ServerSocket(port); // FLAG: 50
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      closeQuietly(socket);
    }
  }

  // A closeQuietly helper is a method like any other: the socket is passed on.
  boolean closeQuietlyDirectly(int port) throws IOException {
    ServerSocket socket = new ServerSocket(port); // FLAG: 50
    boolean bound = socket.isBound();
    closeQuietly(socket);
    return bound;
  }

  Thread capturedByLambda(int port) throws IOException {
    ServerSocket socket = new ServerSocket(port); // FLAG: 50
    return new Thread(() -> System.out.println("listening on " + socket.getLocalPort()));
  }

  Runnable capturedByAnonymousClass(int port) throws IOException {
    ServerSocket socket = new ServerSocket(port, 5); // FLAG: 5
    return new Runnable() {
      @Override
      public void run() {
        System.out.println("listening on " + socket.getLocalPort());
      }
    };
  }

  // A channel that accepts once and is closed is a one-shot listener; one that accepts twice serves.
  void channelAccepts(int port) throws IOException {
    try (ServerSocketChannel channel = ServerSocketChannel.open()) { // OK: binds nothing
      channel.bind(new InetSocketAddress(port)); // OK: one-shot
      channel.accept().close();
    }
  }

  void channelAcceptsTwice(int port) throws IOException {
    try (ServerSocketChannel channel = ServerSocketChannel.open()) { // OK: binds nothing
      channel.bind(new InetSocketAddress(port)); // FLAG: 50
      channel.accept().close();
      channel.accept().close();
    }
  }

  // A probe-like local assigned twice is not a probe: each bind is judged normally. A bytecode
  // limitation: without a LocalVariableTable this is one slot stored twice, like two probes' locals
  // of disjoint blocks (SequentialProbes), so SpotBugs stays silent; with -g it reports both.
  boolean tryTwoPorts(int port) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(port)); // FLAG[errorprone,pmd,spotbugs-g]: 50
    socket.close();
    socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(port + 1)); // FLAG[errorprone,pmd,spotbugs-g]: 50
    socket.close();
    return true;
  }

  // A socket that is a parameter is not the method's own: its bind is judged normally.
  void bindsParameter(ServerSocket socket, int port) throws IOException {
    socket.bind(new InetSocketAddress(port), 1); // FLAG: 1
    socket.close();
  }

  static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
