package corpus.jdk;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;

/** AsynchronousServerSocketChannel.bind, with and without a backlog. */
class AsynchronousChannels {

  AsynchronousServerSocketChannel noBacklog(int port) throws IOException {
    AsynchronousServerSocketChannel channel = AsynchronousServerSocketChannel.open();
    channel.bind(new InetSocketAddress(port)); // FLAG: 50
    return channel;
  }

  AsynchronousServerSocketChannel withBacklog(AsynchronousChannelGroup group, SocketAddress address)
      throws IOException {
    return AsynchronousServerSocketChannel.open(group).bind(address, 100); // FLAG: 100
  }

  AsynchronousServerSocketChannel largeEnough(SocketAddress address) throws IOException {
    return AsynchronousServerSocketChannel.open().bind(address, 65535); // OK: above the minimum
  }
}
