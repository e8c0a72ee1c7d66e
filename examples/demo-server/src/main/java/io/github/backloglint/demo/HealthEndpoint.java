package io.github.backloglint.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A JDK HttpServer answering load-balancer health checks on GET /health. */
final class HealthEndpoint {

  private final HttpServer server;

  HealthEndpoint(int port) throws IOException {
    // Copied from a tutorial: 0 looks like "let the system decide", but the JDK turns it into 50.
    server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", HealthEndpoint::ok);
  }

  void start() {
    server.start();
  }

  void stop() {
    server.stop(0);
  }

  private static void ok(HttpExchange exchange) throws IOException {
    byte[] body = "ok\n".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
