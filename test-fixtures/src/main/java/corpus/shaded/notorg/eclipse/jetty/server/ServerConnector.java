package corpus.shaded.notorg.eclipse.jetty.server;

import corpus.shaded.org.eclipse.jetty.server.Connector;
import corpus.shaded.org.eclipse.jetty.server.Server;

/**
 * Not Jetty: its name ends in {@code org.eclipse.jetty.server.ServerConnector} but not after a
 * package boundary, so it is no relocation of Jetty's connector.
 */
public class ServerConnector implements Connector {

  public ServerConnector() {}

  public ServerConnector(Server server) {}

  public void setAcceptQueueSize(int acceptQueueSize) {}
}
