package corpus.shaded;

import corpus.shaded.org.apache.mina.transport.socket.SocketAcceptor;
import corpus.shaded.org.eclipse.jetty.server.ServerConnector;

/** Every framework relocated by a shading build counts as that framework, not only Netty. */
class ShadedFrameworks {

  void relocatedJettyKnob(ServerConnector connector) {
    connector.setAcceptQueueSize(128); // FLAG: 128
  }

  void relocatedJettyKnobLarge(ServerConnector connector) {
    connector.setAcceptQueueSize(4096); // OK: above the minimum
  }

  void lookAlike(corpus.shaded.notorg.eclipse.jetty.server.ServerConnector connector) {
    connector.setAcceptQueueSize(128); // OK: not a relocation (no package boundary before org)
  }

  void relocatedMina(SocketAcceptor acceptor) {
    acceptor.setBacklog(100); // FLAG: 100
  }
}
