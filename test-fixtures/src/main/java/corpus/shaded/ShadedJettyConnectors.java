package corpus.shaded;

import corpus.shaded.org.eclipse.jetty.server.Connector;
import corpus.shaded.org.eclipse.jetty.server.Server;
import corpus.shaded.org.eclipse.jetty.server.ServerConnector;

/**
 * A relocated Jetty connector held in a local and given to its server is Jetty's framework
 * default, as HBase's HTTP server builds one on its shaded Jetty; alone in its class, so that only
 * the relocated names can tell a bytecode prefilter that the class builds one.
 */
class ShadedJettyConnectors {

  void heldAndAdded(Server server, String host, int port) {
    ServerConnector connector = new ServerConnector(server); // FLAG: 50
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
  }

  void givenAsArray(Server server) {
    ServerConnector connector = new ServerConnector(server); // FLAG: 50
    server.setConnectors(new Connector[] {connector});
  }

  void knobSet(Server server) {
    ServerConnector connector = new ServerConnector(server); // OK: the knob is set
    connector.setAcceptQueueSize(Integer.MAX_VALUE);
    server.addConnector(connector);
  }

  void lookAlike(Server server) {
    corpus.shaded.notorg.eclipse.jetty.server.ServerConnector connector =
        new corpus.shaded.notorg.eclipse.jetty.server.ServerConnector(server); // OK: not a relocation
    server.addConnector(connector);
  }
}
