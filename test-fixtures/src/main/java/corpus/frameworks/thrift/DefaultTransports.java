package corpus.frameworks.thrift;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.thrift.transport.TNonblockingServerSocket;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TTransportException;

/** Thrift's server transports built on a port or an address have no backlog: the JDK's 50. */
class DefaultTransports {

  TServerSocket onAPort() throws TTransportException {
    return new TServerSocket(9090); // FLAG: 50
  }

  TServerSocket withATimeout() throws TTransportException {
    return new TServerSocket(9091, 30_000); // FLAG: 50
  }

  TServerSocket onAnAddress() throws TTransportException {
    return new TServerSocket(new InetSocketAddress("localhost", 9092)); // FLAG: 50
  }

  TNonblockingServerSocket nonblocking() throws TTransportException {
    return new TNonblockingServerSocket(9093); // FLAG: 50
  }

  TNonblockingServerSocket nonblockingOnAnAddress() throws TTransportException {
    return new TNonblockingServerSocket(new InetSocketAddress(9094), 10_000); // FLAG: 50
  }

  /** The arguments on lines of their own: the finding stays on the line of new. */
  TServerSocket argumentsOnTheirOwnLines(String host) throws TTransportException {
    TServerSocket transport = new TServerSocket( // FLAG: 50
        new InetSocketAddress(host.trim(), 9095),
        timeout());
    return transport;
  }

  private static int timeout() {
    return 30_000;
  }

  TServerSocket ephemeral() throws TTransportException {
    return new TServerSocket(0); // OK: an ephemeral port (a test server)
  }

  TServerSocket onASocketMadeElsewhere(ServerSocket socket) throws TTransportException {
    return new TServerSocket(socket); // OK: the socket was bound by its maker
  }
}
