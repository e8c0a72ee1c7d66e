package corpus.shaded.org.apache.catalina.connector;

/** A stand-in for Tomcat's Connector relocated by a shading build. */
public class Connector {

  public Connector(String protocol) {}

  public boolean setProperty(String name, String value) {
    return true;
  }

  public void setPort(int port) {}
}
