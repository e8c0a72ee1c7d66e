package corpus.frameworks.jetty;

import java.net.InetSocketAddress;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Jetty servers built without acceptQueueSize: a Server on a port builds its own ServerConnector,
 * and a ServerConnector that nobody gives the knob binds with 0, which the JDK turns into 50.
 */
class DefaultServers {

  private ServerConnector kept;

  Server onAPort() throws Exception {
    Server server = new Server(8080); // FLAG: 50
    server.start();
    return server;
  }

  Server onAnAddress(String host) {
    return new Server(new InetSocketAddress(host, 8443)); // FLAG: 50
  }

  Server onAnEphemeralPort() {
    return new Server(0); // OK: an ephemeral port (a test server)
  }

  void bareConnector(Server server) {
    ServerConnector connector = new ServerConnector(server); // FLAG: 50
    connector.setPort(8080);
    connector.setHost("0.0.0.0");
    connector.setIdleTimeout(30_000);
    server.addConnector(connector);
  }

  void inTheConnectorArray(Server server, HttpConnectionFactory http) throws Exception {
    var connector = new ServerConnector(server, http); // FLAG: 50
    connector.setPort(8081);
    server.setConnectors(new Connector[] {connector});
    server.start();
    System.out.println(connector.getLocalPort());
  }

  void startedByItself(Server server) throws Exception {
    ServerConnector connector = new ServerConnector(server, 1, 1); // FLAG: 50
    connector.setPort(8082);
    connector.start();
  }

  void knobSetWithAnyValue(Server server, int queue) {
    ServerConnector connector = new ServerConnector(server); // OK: the knob is set (value unknown)
    connector.setAcceptQueueSize(queue);
    server.addConnector(connector);
  }

  ServerConnector returned(Server server) {
    ServerConnector connector = new ServerConnector(server); // OK: returned, the caller may set it
    connector.setPort(8083);
    return connector;
  }

  void passedToAMethod(Server server) {
    ServerConnector connector = new ServerConnector(server); // OK: tune() may set the knob
    tune(connector);
    server.addConnector(connector);
  }

  void storedInAField(Server server) {
    ServerConnector connector = new ServerConnector(server); // OK: stored, configured elsewhere
    kept = connector;
    server.addConnector(connector);
  }

  void builtHereConfiguredElsewhere(Server server) {
    kept = new ServerConnector(server); // OK: a field, not a local of this method
    server.addConnector(kept);
  }

  void configuredElsewhere() {
    kept.setAcceptQueueSize(Integer.MAX_VALUE);
  }

  void capturedByALambda(Server server) {
    ServerConnector connector = new ServerConnector(server); // OK: the lambda may set it
    server.addConnector(connector);
    Runnable later = () -> connector.setAcceptQueueSize(4096);
    later.run();
  }

  void neverGivenToAServer(Server server) {
    ServerConnector connector = new ServerConnector(server); // OK: it never listens here
    connector.setPort(8084);
  }

  void notHeldInALocal(Server server) {
    server.addConnector(new ServerConnector(server)); // OK: only an object held in a local is followed
  }

  void aSubclass(Server server) {
    ServerConnector connector = new AcceptQueueSizes.TunedConnector(server); // OK: its constructor sets the knob
    server.addConnector(connector);
  }

  /**
   * Declared first, built on a later line: the source checkers follow only a local whose
   * declaration builds the object; bytecode has no declarations, so the SpotBugs detector sees the
   * same store as in bareConnector() and reports it.
   */
  void declaredThenBuilt(Server server) {
    ServerConnector connector;
    connector = new ServerConnector(server); // FLAG[spotbugs]: 50
    server.addConnector(connector);
  }

  private static void tune(ServerConnector connector) {
    connector.setAcceptQueueSize(Integer.MAX_VALUE);
  }
}
