package corpus.suppression;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Error Prone's suppression on a whole class covers every method in it; PMD and SpotBugs do not
 * read it (a limitation by design), so they still report each line.
 */
@SuppressWarnings("SmallListenBacklog")
class SuppressedClass {

  ServerSocket first() throws IOException {
    return new ServerSocket(7000, 10); // FLAG[pmd,spotbugs]: 10
  }

  ServerSocket second(int port) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(port)); // FLAG[pmd,spotbugs]: 50
    return socket;
  }
}
