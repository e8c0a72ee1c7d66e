package corpus.jdk;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/** The JDK's HTTP server: create(address, backlog), bind(address, backlog), and HTTPS. */
class HttpServers {

  // The most common form in the wild: 0 asks for "the system default", which is 50.
  HttpServer createWithZero(HttpHandler handler) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(8000), 0); // FLAG: 0
    server.createContext("/", handler);
    server.start();
    return server;
  }

  HttpServer createWithBacklog(InetSocketAddress address) throws IOException {
    return HttpServer.create(address, 10); // FLAG: 10
  }

  HttpServer createLargeBacklog(InetSocketAddress address) throws IOException {
    return HttpServer.create(address, 2048); // OK: above the minimum
  }

  HttpsServer createHttps(InetSocketAddress address, HttpsConfigurator configurator)
      throws IOException {
    HttpsServer server = HttpsServer.create(address, 50); // FLAG: 50
    server.setHttpsConfigurator(configurator);
    return server;
  }

  HttpServer createThenBind(int port) throws IOException {
    HttpServer server = HttpServer.create(); // OK: binds nothing
    server.bind(new InetSocketAddress(port), 20); // FLAG: 20
    return server;
  }

  HttpsServer createHttpsThenBind(InetSocketAddress address) throws IOException {
    HttpsServer server = HttpsServer.create(); // OK: binds nothing
    server.bind(address, -1); // FLAG: -1
    return server;
  }

  // HttpServer.create(null, n) creates an unbound server and ignores the backlog.
  HttpServer createUnbound() throws IOException {
    return HttpServer.create(null, 10); // OK: binds nothing, the backlog is ignored
  }

  // An HttpServer is never a port probe, however briefly it lives.
  boolean canServeHttp(int port) {
    try {
      HttpServer probe = HttpServer.create(); // OK: binds nothing
      probe.bind(new InetSocketAddress(port), 1); // FLAG: 1
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
