package corpus.frameworks.mina;

import org.apache.mina.transport.socket.SocketAcceptor;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;

/** MINA's acceptor binds with its backlog (50 by default; below 1: the JDK's 50). */
class Acceptors {

  void nio(NioSocketAcceptor acceptor) {
    acceptor.setReuseAddress(true);
    acceptor.setBacklog(100); // FLAG: 100
  }

  void throughTheInterface(SocketAcceptor acceptor) {
    acceptor.setBacklog(0); // FLAG: 0
  }

  void fine(SocketAcceptor acceptor, int backlog) {
    acceptor.setBacklog(Integer.MAX_VALUE); // OK: the kernel clamps it
    acceptor.setBacklog(backlog); // OK: a parameter
  }
}
