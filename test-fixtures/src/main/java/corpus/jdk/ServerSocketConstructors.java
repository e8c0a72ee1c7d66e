package corpus.jdk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The ServerSocket constructors that bind: with and without a backlog. */
class ServerSocketConstructors {

  ServerSocket noBacklog() throws IOException {
    return new ServerSocket(8080); // FLAG: 50
  }

  ServerSocket literal() throws IOException {
    return new ServerSocket(8080, 128); // FLAG: 128
  }

  ServerSocket withAddress(InetAddress address) throws IOException {
    return new ServerSocket(8080, 100, address); // FLAG: 100
  }

  ServerSocket largeEnough() throws IOException {
    return new ServerSocket(8080, 1024); // OK: at the minimum
  }

  ServerSocket resolvedLimit() throws IOException {
    return new ServerSocket(8080, Integer.MAX_VALUE); // OK: the kernel clamps it
  }

  ServerSocket unboundYet() throws IOException {
    return new ServerSocket(); // OK: binds nothing
  }

  // The JDK turns a backlog below 1 into its default of 50; the finding names the value as passed.
  ServerSocket zero() throws IOException {
    return new ServerSocket(8080, 0); // FLAG: 0
  }

  ServerSocket minusOne(InetAddress address) throws IOException {
    return new ServerSocket(8080, -1, address); // FLAG: -1
  }

  ServerSocket justBelow() throws IOException {
    return new ServerSocket(8080, 1023); // FLAG: 1023
  }

  // A null InetAddress means "all local addresses" on port 8080: not an ephemeral port.
  ServerSocket allAddresses() throws IOException {
    return new ServerSocket(8080, 100, null); // FLAG: 100
  }

  // A constructor used as a plain statement: the listener is leaked, but it still listens.
  void leaked() throws IOException {
    new ServerSocket(9090, 5); // FLAG: 5
  }

  // A port that is a parameter is not zero as far as anyone knows.
  ServerSocket portFromCaller(int port) throws IOException {
    return new ServerSocket(port); // FLAG: 50
  }
}
