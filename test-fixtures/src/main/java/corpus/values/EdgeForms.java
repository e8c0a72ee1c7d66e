package corpus.values;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import javax.net.ssl.SSLServerSocketFactory;

/** Less common forms of values, probes and initializers; each judged as the contract says. */
class EdgeForms {
  private ServerSocket held;

  ServerSocket charBacklog() throws IOException {
    return new ServerSocket(8080, 'A'); // FLAG: 65
  }

  ServerSocketChannel channelZero() throws IOException {
    return ServerSocketChannel.open().bind(new InetSocketAddress(8080), 0); // FLAG: 0
  }

  ServerSocket sslDefault() throws IOException {
    return SSLServerSocketFactory.getDefault().createServerSocket(443); // FLAG: 50
  }

  ServerBootstrap castBox(ServerBootstrap b) {
    return b.option(ChannelOption.SO_BACKLOG, (Integer) 128); // FLAG: 128
  }

  ServerSocket explicitUnbox() throws IOException {
    Integer q = 100;
    return new ServerSocket(8080, q.intValue()); // FLAG: 100
  }

  ServerSocket valueOfUnboxed() throws IOException {
    return new ServerSocket(8080, Integer.valueOf(100)); // FLAG: 100
  }

  ServerSocket shiftAssign() throws IOException {
    int b = 64;
    b <<= 1;
    return new ServerSocket(8080, b); // OK: reassigned
  }

  ServerSocket finalVar() throws IOException {
    final var b = 100;
    return new ServerSocket(8080, b); // FLAG: 100
  }

  ServerSocket varLocal() throws IOException {
    var b = 200;
    return new ServerSocket(8080, b); // FLAG: 200
  }

  void synchronizedProbe(int port) throws IOException {
    try (ServerSocket s = new ServerSocket(port)) { // FLAG: 50
      synchronized (s) {
        s.getLocalPort();
      }
    }
  }

  void storedInField(int port) throws IOException {
    ServerSocket s = new ServerSocket(port, 10); // FLAG: 10
    held = s;
  }

  {
    try {
      held = new ServerSocket(9000, 10); // FLAG: 10
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  ServerSocket nestedTernary(boolean x) throws IOException {
    return new ServerSocket(8080, true ? (false ? 1 : 2) : 3); // FLAG: 2
  }

  ServerSocket longLocal() throws IOException {
    long base = 1L << 40;
    int b = (int) (base >>> 34);
    return new ServerSocket(8080, b); // FLAG: 64
  }

  ServerSocket addressLocalPortZero() throws IOException {
    int port = 0;
    InetSocketAddress a = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    ServerSocket s = new ServerSocket();
    s.bind(a, 5); // OK: ephemeral
    return s;
  }

  ServerSocket bindNoLocal(int port) throws IOException {
    ServerSocket s = new ServerSocket();
    s.bind(new InetSocketAddress(port), 7); // FLAG: 7
    return s;
  }

  ServerSocket unaryMinus() throws IOException {
    int b = 5;
    return new ServerSocket(8080, -b); // FLAG: -5
  }

  ServerSocket incrementInLoop() throws IOException {
    int b = 5;
    for (int i = 0; i < 3; i++) { b++; }
    return new ServerSocket(8080, b); // OK: reassigned
  }

  ServerSocket paramAsPort(int port) throws IOException {
    return new ServerSocket(port, 1000); // FLAG: 1000
  }
}
