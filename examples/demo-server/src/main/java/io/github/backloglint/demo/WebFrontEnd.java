package io.github.backloglint.demo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** The public web front end on embedded Jetty: the framework's knob sets the accept queue. */
final class WebFrontEnd {

  private final Server server = new Server();

  WebFrontEnd(int port) {
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    // "128 is plenty": the value from an old sizing spreadsheet; Jetty passes it to bind().
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    server.setHandler(new Hello());
  }

  void start() throws Exception {
    server.start();
  }

  void stop() throws Exception {
    server.stop();
  }

  /** Answers every request with a short text. */
  private static final class Hello extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      response.setStatus(200);
      response.write(true, ByteBuffer.wrap("hello\n".getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
  }
}
