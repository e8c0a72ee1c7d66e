package corpus.shaded;

import corpus.shaded.org.eclipse.jetty.server.Server;

/**
 * A relocated Jetty Server built on a port is Jetty's framework default; alone in its class, so
 * that only the relocated class's name can tell a bytecode prefilter that the class builds one.
 */
class ShadedJettyServer {

  Server relocatedJettyDefault() {
    return new Server(8080); // FLAG: 50
  }
}
