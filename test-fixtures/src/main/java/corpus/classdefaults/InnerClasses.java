package corpus.classdefaults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;

/**
 * A field of a class that encloses the sink in the same file: an inner class's acceptor reads the
 * server's default through {@code Outer.this.field} or its simple name.
 */
class InnerClasses {

  private int backlog = 50;

  private int large = 8192;

  public void setBacklog(int backlog) {
    this.backlog = backlog;
  }

  class Acceptor {
    ServerSocketChannel qualified(InetSocketAddress address) throws IOException {
      return ServerSocketChannel.open().bind(address, InnerClasses.this.backlog); // FLAG: 50
    }

    ServerSocket simpleName() throws IOException {
      return new ServerSocket(8080, backlog); // FLAG: 50
    }

    ServerSocket largeDefault() throws IOException {
      return new ServerSocket(8080, large); // OK: the default is above the minimum
    }
  }

  /** A lambda's body belongs to the class that encloses it. */
  Runnable acceptLoop(InetSocketAddress address) {
    return () -> {
      try (ServerSocket server = new ServerSocket()) { // OK: binds nothing
        server.bind(address, backlog); // FLAG: 50
        while (!server.isClosed()) {
          server.accept().close();
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }
}
