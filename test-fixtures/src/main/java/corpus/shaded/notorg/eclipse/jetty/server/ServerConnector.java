package corpus.shaded.notorg.eclipse.jetty.server;

/**
 * Not Jetty: its name ends in {@code org.eclipse.jetty.server.ServerConnector} but not after a
 * package boundary, so it is no relocation of Jetty's connector.
 */
public class ServerConnector {

  public void setAcceptQueueSize(int acceptQueueSize) {}
}
