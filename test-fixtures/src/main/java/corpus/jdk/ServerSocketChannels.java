package corpus.jdk;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;

/** ServerSocketChannel.bind over TCP and Unix-domain sockets. */
class ServerSocketChannels {

  ServerSocketChannel noBacklog(int port) throws IOException {
    return ServerSocketChannel.open().bind(new InetSocketAddress(port)); // FLAG: 50
  }

  ServerSocketChannel withBacklog(SocketAddress address) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
    channel.configureBlocking(false);
    channel.bind(address, 256); // FLAG: 256
    return channel;
  }

  ServerSocketChannel resolvedLimit(SocketAddress address) throws IOException {
    return ServerSocketChannel.open().bind(address, Integer.MAX_VALUE); // OK: the kernel clamps it
  }

  // Unix-domain listeners have the same accept queue, clamped and defaulted the same way.
  ServerSocketChannel unixDomain(Path socketFile) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(socketFile)); // FLAG: 50
    return channel;
  }

  ServerSocketChannel unixDomainBacklog(Path socketFile) throws IOException {
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(socketFile);
    return ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(address, 5); // FLAG: 5
  }

  ServerSocketChannel openOnly() throws IOException {
    return ServerSocketChannel.open(); // OK: binds nothing
  }
}
