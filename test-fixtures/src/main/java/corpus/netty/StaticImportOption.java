package corpus.netty;

import static io.netty.channel.ChannelOption.SO_BACKLOG;
import static io.netty.channel.ChannelOption.SO_RCVBUF;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/** SO_BACKLOG statically imported from ChannelOption. */
class StaticImportOption {

  ServerBootstrap staticImport(EventLoopGroup group, ChannelHandler handler) {
    return new ServerBootstrap()
        .group(group)
        .channel(NioServerSocketChannel.class)
        .option(SO_BACKLOG, 100) // FLAG: 100
        .option(SO_RCVBUF, 128) // OK: not the backlog
        .childHandler(handler);
  }

  ServerBootstrap staticImportLarge(ServerBootstrap bootstrap) {
    return bootstrap.option(SO_BACKLOG, Integer.MAX_VALUE); // OK: the kernel clamps it
  }
}
