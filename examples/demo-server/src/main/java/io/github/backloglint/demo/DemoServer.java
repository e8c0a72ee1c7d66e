package io.github.backloglint.demo;

import java.io.IOException;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.ServerSocketChannel;

/** Starts every listener of the demo; the ports are the first command-line argument and up. */
public final class DemoServer {

  private DemoServer() {}

  public static void main(String[] args) throws Exception {
    int base = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    for (int port = base; port < base + 7; port++) {
      if (!FreePorts.isFree(port)) {
        throw new IllegalStateException("port " + port + " is in use");
      }
    }
    try (ServerSocketChannel selfTest = FreePorts.selfTestListener()) {
      System.out.println("self-test listener on " + selfTest.getLocalAddress());
    }

    HealthEndpoint health = new HealthEndpoint(base);
    NioAcceptLoop echo = new NioAcceptLoop(base + 1);
    NettyServer api = new NettyServer();
    AdminPort admin = new AdminPort(base + 3);
    IngestListener ingest = new IngestListener(base + 4, DemoServer::discard);
    LegacyBridge bridge = new LegacyBridge(base + 5);
    WebFrontEnd web = new WebFrontEnd(base + 6);

    health.start();
    new Thread(echo, "echo").start();
    api.start(base + 2);
    new Thread(admin, "admin").start();
    ingest.start();
    web.start();
    System.out.println("demo-server listening on ports " + base + ".." + (base + 6));
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(health, echo, api, admin, ingest, bridge, web)));
  }

  /** The ingest pipeline is not part of the demo: close each connection. */
  private static void discard(AsynchronousSocketChannel client) {
    try {
      client.close();
    } catch (IOException e) {
      System.err.println("ingest: " + e);
    }
  }

  private static void stop(
      HealthEndpoint health,
      NioAcceptLoop echo,
      NettyServer api,
      AdminPort admin,
      IngestListener ingest,
      LegacyBridge bridge,
      WebFrontEnd web) {
    health.stop();
    api.stop();
    try {
      echo.close();
      admin.close();
      ingest.close();
      bridge.close();
      web.stop();
    } catch (Exception e) {
      System.err.println("shutdown: " + e);
    }
  }
}
