package corpus.frameworks.jetty;

import corpus.frameworks.FrameworkLimits;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;

/**
 * Jetty's ServerConnector passes acceptQueueSize to bind(address, n): a value below 1 is the JDK's
 * 50, and so is the default 0.
 */
class AcceptQueueSizes {

  private int configured = 128;

  void literal(ServerConnector connector) {
    connector.setAcceptQueueSize(128); // FLAG: 128
  }

  void zeroIsTheJdkDefault(ServerConnector connector) {
    connector.setAcceptQueueSize(0); // FLAG: 0
  }

  void negative(ServerConnector connector) {
    connector.setAcceptQueueSize(-1); // FLAG: -1
  }

  void constantOfAnotherClass(ServerConnector connector) {
    connector.setAcceptQueueSize(FrameworkLimits.QUEUE); // FLAG: 256
  }

  void localAndExpression(Server server) {
    int base = 64;
    ServerConnector connector = new ServerConnector(server);
    connector.setAcceptQueueSize(base * 2); // FLAG: 128
    server.addConnector(connector);
  }

  void large(ServerConnector connector) {
    connector.setAcceptQueueSize(FrameworkLimits.LARGE_QUEUE); // OK: above the minimum
    connector.setAcceptQueueSize(Integer.MAX_VALUE); // OK: the kernel clamps it
  }

  void unknown(ServerConnector connector, int size) {
    connector.setAcceptQueueSize(size); // OK: a parameter
  }

  /** Not constants, but the class's defaults: the field's initializer, the read's fallback. */
  void classDefaults(ServerConnector connector) {
    connector.setAcceptQueueSize(configured); // FLAG: 128
    connector.setAcceptQueueSize(Integer.getInteger("jetty.queue", 10)); // FLAG: 10
  }

  /** Jetty's Unix-domain connector is its own class (not a ServerConnector) with the same knob. */
  void unixDomain(UnixDomainServerConnector connector) {
    connector.setAcceptQueueSize(64); // FLAG: 64
    connector.setAcceptQueueSize(0); // FLAG: 0
  }

  /** A subclass of ServerConnector is still Jetty's connector. */
  static class TunedConnector extends ServerConnector {
    TunedConnector(Server server) {
      super(server);
      setAcceptQueueSize(100); // FLAG: 100
    }
  }
}
