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
}
