package corpus.jdk;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.ServerSocketChannel;

/** Multi-line chains: the finding is on the line of the bind call, not the chain's first line. */
class FluentChains {

  ServerSocketChannel channelChain(int port) throws IOException {
    return ServerSocketChannel.open()
        .setOption(StandardSocketOptions.SO_REUSEADDR, true)
        .bind(new InetSocketAddress(port)) // FLAG: 50
        .setOption(StandardSocketOptions.SO_RCVBUF, 65536);
  }

  AsynchronousServerSocketChannel asyncChain(AsynchronousChannelGroup group, int port)
      throws IOException {
    return AsynchronousServerSocketChannel.open(group)
        .setOption(StandardSocketOptions.SO_REUSEADDR, true)
        .bind(new InetSocketAddress(port), 100); // FLAG: 100
  }

  ServerSocketChannel largeChain(int port) throws IOException {
    return ServerSocketChannel.open()
        .setOption(StandardSocketOptions.SO_REUSEADDR, true)
        .bind(new InetSocketAddress(port), 4096); // OK: above the minimum
  }
}
