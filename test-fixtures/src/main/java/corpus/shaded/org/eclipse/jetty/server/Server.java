package corpus.shaded.org.eclipse.jetty.server;

/**
 * A stand-in for the relocated Jetty Server: built on a port, it listens with its connector's 0;
 * built bare, it listens on the connectors it is given.
 */
public class Server {

  public Server() {}

  public Server(int port) {}

  public void addConnector(Connector connector) {}

  public void setConnectors(Connector[] connectors) {}

  public void start() throws Exception {}
}
