// backlog-lint options: replacement=corpus.options.replacement.Backlogs.max()
package corpus.options.replacement;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;

/**
 * A configured replacement changes the message and the fix, not which lines are reported: the
 * findings are where they are under the defaults.
 */
class WithReplacement {

  ServerSocket noBacklog() throws IOException {
    return new ServerSocket(8080); // FLAG: 50
  }

  ServerSocket smallBacklog() throws IOException {
    return new ServerSocket(8080, 100); // FLAG: 100
  }

  ServerSocketChannel bindNoBacklog(int port) throws IOException {
    return ServerSocketChannel.open().bind(new InetSocketAddress(port)); // FLAG: 50
  }

  ServerBootstrap netty(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, 128); // FLAG: 128
  }

  ServerSocket alreadyReplaced() throws IOException {
    return new ServerSocket(8080, Backlogs.max()); // OK: a call, resolved at run time
  }

  ServerSocket largeEnough() throws IOException {
    return new ServerSocket(8080, 1024); // OK: at the minimum
  }
}
