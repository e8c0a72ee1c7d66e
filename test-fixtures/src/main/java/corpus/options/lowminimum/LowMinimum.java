// backlog-lint options: minimumBacklog=32
package corpus.options.lowminimum;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * A minimum of 32, below the JDK default: an explicit backlog of 32 or more passes, but a call
 * without a backlog and a backlog below 1 are still reported whatever the minimum, since both leave
 * the queue to the JDK default of 50.
 */
class LowMinimum {

  ServerSocket noBacklog() throws IOException {
    return new ServerSocket(8080); // FLAG: 50
  }

  ServerSocket explicitFifty() throws IOException {
    return new ServerSocket(8080, 50); // OK: above the minimum
  }

  ServerSocket atMinimum() throws IOException {
    return new ServerSocket(8080, 32); // OK: at the minimum
  }

  ServerSocket justBelow() throws IOException {
    return new ServerSocket(8080, 31); // FLAG: 31
  }

  ServerSocket zero() throws IOException {
    return new ServerSocket(8080, 0); // FLAG: 0
  }

  ServerSocket minusOne() throws IOException {
    return new ServerSocket(8080, -1); // FLAG: -1
  }

  ServerSocket bindNoBacklog(int port) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(new InetSocketAddress(port)); // FLAG: 50
    return socket;
  }

  ServerSocketChannel channel(SocketAddress address) throws IOException {
    return ServerSocketChannel.open().bind(address, 128); // OK: above the minimum
  }

  ServerBootstrap nettySmall(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, 16); // FLAG: 16
  }

  ServerBootstrap nettyEnough(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, 64); // OK: above the minimum
  }
}
