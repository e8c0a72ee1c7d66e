package corpus.frameworks.thrift;

import org.apache.thrift.transport.TNonblockingServerSocket;
import org.apache.thrift.transport.TServerSocket;

/** Thrift's server transports bind with the arguments' backlog (0 by default: the JDK's 50). */
class TransportArgs {

  TServerSocket.ServerSocketTransportArgs blocking() {
    return new TServerSocket.ServerSocketTransportArgs()
        .port(9090)
        .backlog(10) // FLAG: 10
        .clientTimeout(1000);
  }

  TNonblockingServerSocket.NonblockingAbstractServerSocketArgs nonblocking() {
    return new TNonblockingServerSocket.NonblockingAbstractServerSocketArgs().port(9091).backlog(0); // FLAG: 0
  }

  TServerSocket.ServerSocketTransportArgs fine(int backlog) {
    new TServerSocket.ServerSocketTransportArgs().backlog(backlog); // OK: a parameter
    return new TServerSocket.ServerSocketTransportArgs().backlog(65535); // OK: above the minimum
  }
}
