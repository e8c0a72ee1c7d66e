package corpus.exempt;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.ServerSocketChannel;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A channel's {@code bind} returns the channel: a bind whose result is used (returned, stored,
 * passed on) lets the channel escape, so the channel is a server, not a probe. A bind whose result
 * is discarded is a probe's bind like any other.
 */
class BindResults {

  private ServerSocketChannel kept;

  ServerSocketChannel returned(SocketAddress address) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
    return channel.bind(address, 10); // FLAG: 10
  }

  void storedInField(SocketAddress address) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
    kept = channel.bind(address, 10); // FLAG: 10
  }

  ServerSocketChannel storedInLocal(SocketAddress address) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
    ServerSocketChannel bound = channel.bind(address, 10); // FLAG: 10
    return bound;
  }

  void passedOn(SocketAddress address, Consumer<ServerSocketChannel> acceptLoop) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
    acceptLoop.accept(channel.bind(address, 10)); // FLAG: 10
  }

  AsynchronousServerSocketChannel asynchronousReturned(SocketAddress address) throws IOException {
    AsynchronousServerSocketChannel channel = AsynchronousServerSocketChannel.open(); // OK: binds nothing
    return channel.bind(address, 10); // FLAG: 10
  }

  Callable<ServerSocketChannel> returnedByLambda(SocketAddress address) {
    return () -> {
      ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
      return channel.bind(address, 10); // FLAG: 10
    };
  }

  Runnable storedByLambda(SocketAddress address) {
    return () -> {
      try {
        ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
        kept = channel.bind(address, 10); // FLAG: 10
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  Runnable passedOnByLambda(SocketAddress address, Consumer<ServerSocketChannel> acceptLoop) {
    return () -> {
      try {
        ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
        acceptLoop.accept(channel.bind(address, 10)); // FLAG: 10
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  // Look-alikes that stay probes: the bind's result is discarded, or the bound chain is the resource.

  boolean boundAsStatement(SocketAddress address) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
    channel.bind(address, 10); // OK: a port probe
    channel.close();
    return true;
  }

  Callable<Boolean> boundAsStatementInLambda(SocketAddress address) {
    return () -> {
      try (ServerSocketChannel channel = ServerSocketChannel.open()) { // OK: binds nothing
        channel.bind(address, 10); // OK: a port probe
        return true;
      }
    };
  }

  Callable<Boolean> boundChainInLambda(SocketAddress address) {
    return () -> {
      try (ServerSocketChannel channel = ServerSocketChannel.open().bind(address, 10)) { // OK: a port probe
        return channel.getLocalAddress() != null;
      }
    };
  }
}
