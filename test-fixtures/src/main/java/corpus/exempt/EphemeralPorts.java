package corpus.exempt;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.ServerSocketChannel;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import javax.net.ServerSocketFactory;

/**
 * Listeners on an ephemeral port (test servers, free-port pickers) are exempt by default. Every
 * socket here is returned, so none of them is a port probe: only the port decides.
 */
class EphemeralPorts {

  private static final int ANY_PORT = 0;

  ServerSocket portZero() throws IOException {
    return new ServerSocket(0); // OK: ephemeral port
  }

  ServerSocket portZeroWithBacklog() throws IOException {
    return new ServerSocket(0, 10); // OK: ephemeral port
  }

  ServerSocket portZeroWithAddress() throws IOException {
    return new ServerSocket(0, 10, InetAddress.getLoopbackAddress()); // OK: ephemeral port
  }

  ServerSocket portZeroConstant() throws IOException {
    return new ServerSocket(ANY_PORT); // OK: ephemeral port through a constant
  }

  ServerSocket portZeroLocal() throws IOException {
    int port = 0;
    return new ServerSocket(port, 5); // OK: ephemeral port through a local
  }

  ServerSocket portZeroFactory() throws IOException {
    return ServerSocketFactory.getDefault().createServerSocket(0); // OK: ephemeral port
  }

  ServerSocket bindNull() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(null); // OK: a null address picks an ephemeral port
    return socket;
  }

  ServerSocket bindNullWithBacklog() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(null, 1); // OK: a null address picks an ephemeral port
    return socket;
  }

  ServerSocket bindAddressZero() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(0)); // OK: ephemeral port
    return socket;
  }

  ServerSocket bindHostnameZero() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress("localhost", 0), 10); // OK: ephemeral port, any host
    return socket;
  }

  ServerSocket bindLoopbackZero() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10); // OK: ephemeral
    return socket;
  }

  ServerSocket bindAddressLocal() throws IOException {
    InetSocketAddress any = new InetSocketAddress(0);
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(any, 10); // OK: ephemeral port through a local
    return socket;
  }

  ServerSocket bindLoopbackLocal() throws IOException {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(loopback); // OK: ephemeral port through a local
    return socket;
  }

  ServerSocket bindPortLocal() throws IOException {
    int port = 0;
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress("127.0.0.1", port)); // OK: ephemeral port through a local
    return socket;
  }

  ServerSocketChannel channelBindNull() throws IOException {
    return ServerSocketChannel.open().bind(null); // OK: a null address picks an ephemeral port
  }

  ServerSocketChannel channelBindZero() throws IOException {
    return ServerSocketChannel.open().bind(new InetSocketAddress(0), 10); // OK: ephemeral port
  }

  AsynchronousServerSocketChannel asyncBindNull() throws IOException {
    return AsynchronousServerSocketChannel.open().bind(null, 16); // OK: ephemeral port
  }

  AsynchronousServerSocketChannel asyncBindLoopbackZero() throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    return AsynchronousServerSocketChannel.open().bind(address); // OK: ephemeral port
  }

  HttpServer httpServerZero() throws IOException {
    return HttpServer.create(new InetSocketAddress(0), 10); // OK: ephemeral port
  }

  HttpServer httpServerBindZero() throws IOException {
    HttpServer server = HttpServer.create(); // OK: binds nothing
    server.bind(new InetSocketAddress("localhost", 0), 0); // OK: ephemeral port
    return server;
  }

  HttpServer httpServerNull() throws IOException {
    return HttpServer.create(null, 10); // OK: binds nothing, the backlog is ignored
  }

  // A test server that accepts: exempt by its port alone.
  int startEchoServer(ExecutorService executor) throws IOException {
    ServerSocket server = new ServerSocket(0, 1); // OK: ephemeral port
    executor.execute(() -> echo(server));
    return server.getLocalPort();
  }

  static void echo(ServerSocket server) {
    try (Socket client = server.accept()) {
      client.getInputStream().transferTo(client.getOutputStream());
    } catch (IOException e) {
      // the test is over
    }
  }

  // Not ephemeral: a null InetAddress is "all local addresses" on the given port.
  ServerSocket nullBindAddress() throws IOException {
    return new ServerSocket(8080, 100, null); // FLAG: 100
  }

  // Not ephemeral: the local holding the port is assigned twice.
  ServerSocket portAssignedTwice(boolean fixed) throws IOException {
    int port = 0;
    if (fixed) {
      port = 8080;
    }
    return new ServerSocket(port); // FLAG: 50
  }

  // Not ephemeral: the address local is assigned twice.
  ServerSocket addressAssignedTwice(boolean fixed) throws IOException {
    InetSocketAddress address = new InetSocketAddress(0);
    if (fixed) {
      address = new InetSocketAddress(8080);
    }
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(address, 10); // FLAG: 10
    return socket;
  }

  // Not ephemeral: a port that is only known at run time.
  ServerSocket portFromProperty() throws IOException {
    return new ServerSocket(Integer.getInteger("port", 0)); // FLAG: 50
  }
}
