// backlog-lint options: ignoreEphemeralPorts=false
package corpus.options.ephemeral;

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
 * With the ephemeral-port exemption off, the shapes of corpus.exempt.EphemeralPorts are reported.
 * Every socket is returned, so the port-probe exemption (still on) never applies.
 */
class EphemeralReported {

  private static final int ANY_PORT = 0;

  ServerSocket portZero() throws IOException {
    return new ServerSocket(0); // FLAG: 50
  }

  ServerSocket portZeroWithBacklog() throws IOException {
    return new ServerSocket(0, 10); // FLAG: 10
  }

  ServerSocket portZeroWithAddress() throws IOException {
    return new ServerSocket(0, 10, InetAddress.getLoopbackAddress()); // FLAG: 10
  }

  ServerSocket portZeroConstant() throws IOException {
    return new ServerSocket(ANY_PORT); // FLAG: 50
  }

  ServerSocket portZeroLocal() throws IOException {
    int port = 0;
    return new ServerSocket(port, 5); // FLAG: 5
  }

  ServerSocket portZeroFactory() throws IOException {
    return ServerSocketFactory.getDefault().createServerSocket(0); // FLAG: 50
  }

  ServerSocket bindNull() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(null); // FLAG: 50
    return socket;
  }

  ServerSocket bindNullWithBacklog() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(null, 1); // FLAG: 1
    return socket;
  }

  ServerSocket bindAddressZero() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(0)); // FLAG: 50
    return socket;
  }

  ServerSocket bindHostnameZero() throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress("localhost", 0), 10); // FLAG: 10
    return socket;
  }

  ServerSocket bindAddressLocal() throws IOException {
    InetSocketAddress any = new InetSocketAddress(0);
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(any, 10); // FLAG: 10
    return socket;
  }

  ServerSocket bindLoopbackLocal() throws IOException {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(loopback); // FLAG: 50
    return socket;
  }

  ServerSocketChannel channelBindNull() throws IOException {
    return ServerSocketChannel.open().bind(null); // FLAG: 50
  }

  ServerSocketChannel channelBindZero() throws IOException {
    return ServerSocketChannel.open().bind(new InetSocketAddress(0), 10); // FLAG: 10
  }

  AsynchronousServerSocketChannel asyncBindNull() throws IOException {
    return AsynchronousServerSocketChannel.open().bind(null, 16); // FLAG: 16
  }

  HttpServer httpServerZero() throws IOException {
    return HttpServer.create(new InetSocketAddress(0), 10); // FLAG: 10
  }

  HttpServer httpServerBindZero() throws IOException {
    HttpServer server = HttpServer.create(); // OK: binds nothing
    server.bind(new InetSocketAddress("localhost", 0), 0); // FLAG: 0
    return server;
  }

  int startEchoServer(ExecutorService executor) throws IOException {
    ServerSocket server = new ServerSocket(0, 1); // FLAG: 1
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

  // Still not a sink: create(null, n) binds nothing, whatever the option says.
  HttpServer httpServerNull() throws IOException {
    return HttpServer.create(null, 10); // OK: binds nothing, the backlog is ignored
  }

  // The port-probe exemption still covers a probe on port 0.
  int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) { // OK: a port probe
      return socket.getLocalPort();
    }
  }

  ServerSocket largeBacklog() throws IOException {
    return new ServerSocket(0, 4096); // OK: above the minimum
  }
}
