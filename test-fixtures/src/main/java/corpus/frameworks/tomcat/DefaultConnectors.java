package corpus.frameworks.tomcat;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat connectors built without acceptCount: the protocol handler keeps its default of 100, which
 * reaches bind(address, 100).
 */
class DefaultConnectors {

  void defaultProtocol(Tomcat tomcat) {
    Connector connector = new Connector(); // FLAG: 100
    connector.setPort(8080);
    connector.setProperty("maxThreads", "200");
    tomcat.setConnector(connector);
  }

  void namedProtocol(Tomcat tomcat) {
    Connector connector = new Connector("org.apache.coyote.http11.Http11Nio2Protocol"); // FLAG: 100
    connector.setPort(8443);
    connector.setSecure(true);
    connector.setScheme("https");
    tomcat.getService().addConnector(connector);
  }

  void acceptCountProperty(Tomcat tomcat) {
    Connector connector = new Connector(); // OK: the knob is set
    connector.setProperty("acceptCount", String.valueOf(Integer.MAX_VALUE));
    tomcat.setConnector(connector);
  }

  void unknownProperty(Tomcat tomcat, String name, String value) {
    Connector connector = new Connector(); // OK: the property may be acceptCount
    connector.setProperty(name, value);
    tomcat.setConnector(connector);
  }

  void throughTheProtocolHandler(Tomcat tomcat, int count) {
    Connector connector = new Connector(); // OK: the knob is set on its protocol handler
    ((AbstractProtocol<?>) connector.getProtocolHandler()).setAcceptCount(count);
    tomcat.setConnector(connector);
  }

  void builtOnAHandler(Tomcat tomcat, Http11NioProtocol protocol) {
    Connector connector = new Connector(protocol); // OK: the handler may have been configured
    tomcat.setConnector(connector);
  }

  Connector returned() {
    Connector connector = new Connector(); // OK: returned, the caller may set it
    connector.setPort(8081);
    return connector;
  }

  void customized(Tomcat tomcat) {
    Connector connector = new Connector(); // OK: customize() may set the knob
    customize(connector);
    tomcat.setConnector(connector);
  }

  private static void customize(Connector connector) {
    connector.setProperty("acceptCount", "8192");
  }
}
