package corpus.shaded;

import corpus.shaded.org.apache.catalina.connector.Connector;
import corpus.shaded.org.apache.catalina.startup.Tomcat;

/**
 * A relocated embedded Tomcat builds its connector with acceptCount 100 as Tomcat does; alone in
 * its class, so that only the relocated names can tell a bytecode prefilter that the class builds
 * one.
 */
class ShadedTomcat {

  void started() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.setPort(8080);
    tomcat.getConnector(); // FLAG: 100
    tomcat.start();
  }

  void acceptCountSet() throws Exception {
    Tomcat tomcat = new Tomcat();
    Connector connector = tomcat.getConnector(); // OK: the connector gets acceptCount
    connector.setProperty("acceptCount", "8192");
    tomcat.start();
  }
}
