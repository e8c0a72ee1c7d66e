package corpus.shaded.org.eclipse.jetty.server;

/**
 * A stand-in for Jetty's ServerConnector as a shading build relocates it (HBase puts it under
 * {@code org.apache.hadoop.hbase.thirdparty.}).
 */
public class ServerConnector implements Connector {

  public ServerConnector() {}

  public ServerConnector(Server server) {}

  public void setAcceptQueueSize(int acceptQueueSize) {}

  public void setPort(int port) {}

  public void setHost(String host) {}
}
