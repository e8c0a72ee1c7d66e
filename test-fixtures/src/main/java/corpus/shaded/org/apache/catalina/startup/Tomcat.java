package corpus.shaded.org.apache.catalina.startup;

import corpus.shaded.org.apache.catalina.connector.Connector;

/** A stand-in for embedded Tomcat relocated by a shading build. */
public class Tomcat {

  public Tomcat() {}

  public void setPort(int port) {}

  public Connector getConnector() {
    return new Connector("HTTP/1.1");
  }

  public void start() throws Exception {}
}
