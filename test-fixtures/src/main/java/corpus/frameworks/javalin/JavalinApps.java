package corpus.frameworks.javalin;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.plugin.Plugin;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Javalin 6 starts Jetty 11 with a ServerConnector of its own when its configuration added none,
 * and never sets that connector's acceptQueueSize: bind(address, 0), the JDK's 50. Reported at
 * {@code start(...)} (or {@code createAndStart(...)}) when the app was created in the method from
 * no configuration or from a lambda written there that does not reach Jetty.
 */
class JavalinApps {

  void bare() {
    Javalin app = Javalin.create();
    app.get("/", ctx -> ctx.result("ok"));
    app.start(7070); // FLAG: 50
  }

  void chained() {
    Javalin.create(config -> config.showJavalinBanner = false)
        .get("/", ctx -> ctx.result("ok"))
        .start(7071); // FLAG: 50
  }

  void configuredAndPassedToARoutesHelper() {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.defaultContentType = "text/plain";
      config.router.contextPath = "/api";
    });
    registerRoutes(app);
    app.start("0.0.0.0", 7072); // FLAG: 50
  }

  void createAndStart() {
    Javalin.createAndStart(config -> config.router.contextPath = "/"); // FLAG: 50
  }

  void startWithoutAPort() {
    Javalin app = Javalin.create(config -> config.useVirtualThreads = true);
    app.start(); // FLAG: 50
  }

  Javalin startedAndReturned() {
    Javalin app = Javalin.create();
    app.get("/health", ctx -> ctx.result("up"));
    return app.start(7073); // FLAG: 50
  }

  void aConnectorOfItsOwn() {
    Javalin app = Javalin.create(config -> config.jetty.addConnector((server, http) -> connector(server)));
    app.start(); // OK: its configuration adds a connector of its own
  }

  void jettyTouched() {
    Javalin app = Javalin.create(config -> config.jetty.defaultPort = 7074);
    app.start(); // OK: the configuration reaches Jetty
  }

  void methodReference() {
    Javalin app = Javalin.create(JavalinApps::configure);
    app.start(7075); // OK: not a lambda written here, configure() may add a connector
  }

  void configurationVariable(Consumer<JavalinConfig> configuration) {
    Javalin.create(configuration).start(7076); // OK: not a lambda written here
  }

  void configurationPassedOn() {
    Javalin app = Javalin.create(config -> configure(config));
    app.start(7077); // OK: configure(config) may add a connector
  }

  void plugin(Plugin<?> plugin) {
    Javalin app = Javalin.create(config -> config.registerPlugin(plugin));
    app.start(7078); // OK: a plugin may add a connector
  }

  void createAndStartReachingJetty() {
    Javalin.createAndStart(config -> config.jetty.modifyServer(JavalinApps::stopAtShutdown)); // OK: Jetty
  }

  void unsafeConfig() {
    Javalin app = Javalin.create();
    app.unsafeConfig().jetty.defaultHost = "localhost";
    app.start(7079); // OK: unsafeConfig() reaches Jetty after create
  }

  void jettyServer() {
    Javalin app = Javalin.create();
    boolean started = app.jettyServer().started();
    app.start(7080); // OK: jettyServer() reaches Jetty after create
  }

  void ephemeralPort() {
    Javalin.create().start(0); // OK: an ephemeral port, a test server
  }

  void ephemeralPortOnAHost() {
    Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
    app.start("localhost", 0); // OK: an ephemeral port, a test server
  }

  void createdElsewhere(Javalin app) {
    app.start(7081); // OK: a parameter, whoever built it may have configured it
  }

  private static void registerRoutes(Javalin app) {
    app.get("/users", ctx -> ctx.result("[]"));
  }

  private static void configure(JavalinConfig config) {
    config.jetty.addConnector((server, http) -> connector(server));
  }

  private static void stopAtShutdown(Server server) {
    server.setStopAtShutdown(true);
  }

  private static ServerConnector connector(Server server) {
    ServerConnector connector = new ServerConnector(server); // OK: returned
    connector.setAcceptQueueSize(4096); // OK: above the minimum
    return connector;
  }
}
