package corpus.frameworks.mina;

import java.io.IOException;
import java.net.InetSocketAddress;
import org.apache.mina.core.service.IoAcceptor;
import org.apache.mina.core.service.IoHandler;
import org.apache.mina.filter.logging.LoggingFilter;
import org.apache.mina.transport.socket.SocketAcceptor;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;

/** MINA acceptors bound without setBacklog: the backlog stays 0, the JDK's 50. */
class DefaultAcceptors {

  void bound(IoHandler handler) throws IOException {
    NioSocketAcceptor acceptor = new NioSocketAcceptor(); // FLAG: 50
    acceptor.getFilterChain().addLast("logger", new LoggingFilter());
    acceptor.setHandler(handler);
    acceptor.getSessionConfig().setReadBufferSize(2048);
    acceptor.setReuseAddress(true);
    acceptor.bind(new InetSocketAddress(9123));
  }

  void throughTheInterface(IoHandler handler) throws IOException {
    IoAcceptor acceptor = new NioSocketAcceptor(4); // FLAG: 50
    acceptor.setHandler(handler);
    acceptor.bind(new InetSocketAddress(9124));
  }

  void backlogSet(IoHandler handler, int backlog) throws IOException {
    NioSocketAcceptor acceptor = new NioSocketAcceptor(); // OK: the knob is set
    acceptor.setBacklog(backlog);
    acceptor.setHandler(handler);
    acceptor.bind(new InetSocketAddress(9125));
  }

  void castToSetIt(IoHandler handler) throws IOException {
    IoAcceptor acceptor = new NioSocketAcceptor(); // OK: a cast is another use
    ((SocketAcceptor) acceptor).setBacklog(Integer.MAX_VALUE);
    acceptor.setHandler(handler);
    acceptor.bind(new InetSocketAddress(9126));
  }

  void neverBound(IoHandler handler) {
    NioSocketAcceptor acceptor = new NioSocketAcceptor(); // OK: it never listens here
    acceptor.setHandler(handler);
  }

  NioSocketAcceptor returned(IoHandler handler) {
    NioSocketAcceptor acceptor = new NioSocketAcceptor(); // OK: returned, the caller may set it
    acceptor.setHandler(handler);
    return acceptor;
  }
}
