package corpus.shaded.org.eclipse.jetty.server;

/** A stand-in for the relocated Jetty Server: built on a port, it listens with its connector's 0. */
public class Server {

  public Server(int port) {}
}
