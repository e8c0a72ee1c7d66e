package corpus.exempt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Probes written as one chain: bind returns its channel, so the resource is the bound channel of a
 * fresh open(). Exempt like any probe; a bound channel that escapes or serves is still reported.
 */
class FluentProbes {

  private ServerSocketChannel kept;

  boolean isFree(int port) {
    try (ServerSocketChannel channel = ServerSocketChannel.open().bind(new InetSocketAddress(port))) { // OK: a port probe
      return channel.getLocalAddress() != null;
    } catch (IOException e) {
      return false;
    }
  }

  int boundPort(SocketAddress address) throws IOException {
    try (ServerSocketChannel channel = ServerSocketChannel.open().bind(address, 1)) { // OK: a port probe
      return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }
  }

  boolean asynchronous(SocketAddress address) {
    try (AsynchronousServerSocketChannel channel = AsynchronousServerSocketChannel.open().bind(address)) { // OK: a port probe
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  ServerSocketChannel returned(SocketAddress address) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open().bind(address, 10); // FLAG: 10
    return channel;
  }

  void stored(SocketAddress address) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open().bind(address); // FLAG: 50
    kept = channel;
  }

  void serves(SocketAddress address) throws IOException {
    try (ServerSocketChannel channel = ServerSocketChannel.open().bind(address, 5)) { // FLAG: 5
      while (channel.isOpen()) {
        SocketChannel client = channel.accept();
        client.close();
      }
    }
  }

  ServerSocketChannel inline(SocketAddress address) throws IOException {
    return ServerSocketChannel.open().bind(address, 20); // FLAG: 20
  }
}
