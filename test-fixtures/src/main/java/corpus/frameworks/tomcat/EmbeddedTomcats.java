package corpus.frameworks.tomcat;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.AbstractProtocol;

/**
 * Embedded Tomcat 11: {@code getConnector()} builds {@code new Connector("HTTP/1.1")} when the
 * service has no connector yet, and that connector's acceptCount is 100. Reported at the first
 * {@code getConnector()} of a method that creates the Tomcat, starts it, and never gives the
 * connector acceptCount.
 */
class EmbeddedTomcats {

  void theUsualIdiom() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setPort(8080);
    tomcat.setBaseDir("build/tomcat");
    tomcat.getConnector(); // FLAG: 100
    tomcat.addContext("", "/srv/app");
    tomcat.start();
    tomcat.getServer().await();
  }

  void connectorInALocal() throws Exception {
    Tomcat tomcat = new Tomcat();
    Connector connector = tomcat.getConnector(); // FLAG: 100
    connector.setProperty("maxThreads", "200");
    connector.setPort(8081);
    tomcat.start();
  }

  void chainedAndCalledAgain() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setPort(8082); // FLAG: 100
    tomcat.getConnector().setProperty("maxThreads", "100"); // OK: the same connector, reported once
    tomcat.start();
  }

  void setPortZeroIsNotAnEphemeralStart() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setPort(0);
    tomcat.getConnector(); // FLAG: 100
    tomcat.start();
  }

  void chainedAcceptCount() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setProperty("acceptCount", "8192"); // OK: the connector gets acceptCount
    tomcat.start();
  }

  void acceptCountOnALaterCall() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector(); // OK: the same connector gets acceptCount on the next line
    tomcat.getConnector().setProperty("acceptCount", String.valueOf(Integer.MAX_VALUE));
    tomcat.start();
  }

  void smallAcceptCount() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setProperty("acceptCount", "200"); // FLAG: 200
    tomcat.start();
  }

  void acceptCountThroughALocal() throws Exception {
    Tomcat tomcat = new Tomcat();
    Connector connector = tomcat.getConnector(); // OK: acceptCount is set on the next line
    connector.setProperty("acceptCount", "4096");
    tomcat.start();
  }

  void unknownProperty(String name, String value) throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setProperty(name, value); // OK: the property may be acceptCount
    tomcat.start();
  }

  void throughTheProtocolHandler(int count) throws Exception {
    Tomcat tomcat = new Tomcat();
    Connector connector = tomcat.getConnector(); // OK: the knob is set on its protocol handler
    ((AbstractProtocol<?>) connector.getProtocolHandler()).setAcceptCount(count);
    tomcat.start();
  }

  void connectorPassedOn() throws Exception {
    Tomcat tomcat = new Tomcat();
    Connector connector = tomcat.getConnector(); // OK: customize() may set acceptCount
    customize(connector);
    tomcat.start();
  }

  void notStartedHere() {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector(); // OK: not started in this method
  }

  void createdElsewhere(Tomcat tomcat) throws Exception {
    tomcat.getConnector(); // OK: a parameter, whoever built it may have configured it
    tomcat.start();
  }

  void tomcatPassedOn() throws Exception {
    Tomcat tomcat = new Tomcat();
    addConnectors(tomcat);
    tomcat.getConnector(); // OK: addConnectors() may have given it a connector of its own
    tomcat.start();
  }

  void aConnectorOfItsOwn() throws Exception {
    Tomcat tomcat = new Tomcat();
    Connector own = new Connector("HTTP/1.1"); // OK: acceptCount is set
    own.setProperty("acceptCount", "8192");
    tomcat.setConnector(own);
    tomcat.getConnector(); // OK: returns the connector of its own
    tomcat.start();
  }

  void aConnectorOfItsService() throws Exception {
    Tomcat tomcat = new Tomcat();
    Connector own = new Connector(); // OK: acceptCount is set
    own.setProperty("acceptCount", "8192");
    tomcat.getService().addConnector(own);
    tomcat.getConnector().setPort(8083); // OK: returns the service's connector
    tomcat.start();
  }

  void noConnectorAtAll() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.addContext("", "/srv/app");
    tomcat.start(); // OK: Tomcat 11 builds no connector unless getConnector() is called
  }

  private static void customize(Connector connector) {
    connector.setProperty("acceptCount", "8192");
  }

  private static void addConnectors(Tomcat tomcat) {
    Connector connector = new Connector(); // OK: acceptCount is set
    connector.setProperty("acceptCount", "8192");
    tomcat.setConnector(connector);
  }
}
