package io.github.backloglint.demo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** An embedded Jetty serving the operators' web console; answers every request with "console". */
final class WebConsole {

  private final Server server = new Server();

  WebConsole(int port) {
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    // "128 is what the Jetty examples use." The kernel would have allowed 4096.
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.write(true, ByteBuffer.wrap("console\n".getBytes(StandardCharsets.UTF_8)), callback);
        return true;
      }
    });
  }

  void start() throws Exception {
    server.start();
  }

  void stop() throws Exception {
    server.stop();
  }
}
