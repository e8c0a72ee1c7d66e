package corpus.frameworks.tomcat;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;

/**
 * Tomcat's acceptCount reaches bind(address, n); setAcceptCount ignores a value of 0 or less, so
 * the previous value (100 by default) stays and such a call changes nothing.
 */
class AcceptCounts {

  private static final String ACCEPT_COUNT = "acceptCount";

  void onTheProtocol(Http11NioProtocol protocol) {
    protocol.setAcceptCount(100); // FLAG: 100
  }

  void onTheEndpoint(NioEndpoint endpoint) {
    endpoint.setAcceptCount(50); // FLAG: 50
  }

  void zeroAndNegativeAreIgnored(Http11NioProtocol protocol, NioEndpoint endpoint) {
    protocol.setAcceptCount(0); // OK: Tomcat ignores it, the previous value stays
    endpoint.setAcceptCount(-5); // OK: Tomcat ignores it, the previous value stays
  }

  void large(Http11NioProtocol protocol) {
    protocol.setAcceptCount(4096); // OK: above the minimum
  }

  void unknown(Http11NioProtocol protocol, int count) {
    protocol.setAcceptCount(count); // OK: a parameter
  }

  void throughTheConnector(Connector connector) {
    connector.setProperty("acceptCount", "100"); // FLAG: 100
  }

  void throughTheConnectorWithConstants(Connector connector) {
    final String value = "200";
    connector.setProperty(ACCEPT_COUNT, value); // FLAG: 200
  }

  void connectorPropertiesThatAreNotTheBacklog(Connector connector, String count) {
    connector.setProperty("maxThreads", "10"); // OK: another property
    connector.setProperty("acceptCount", "8192"); // OK: above the minimum
    connector.setProperty("acceptCount", "0"); // OK: Tomcat ignores it
    connector.setProperty("acceptCount", " 100"); // OK: not a number to Integer.parseInt
    connector.setProperty("acceptCount", count); // OK: a parameter
  }
}
