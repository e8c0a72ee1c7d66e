package corpus.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.NetUtil;

/**
 * Netty's SO_BACKLOG on a ServerBootstrap, in the usual multi-line fluent style: the finding is on
 * the line of the option call, whatever comes before and after it.
 */
class BootstrapOptions {

  ChannelFuture smallBacklog(EventLoopGroup boss, EventLoopGroup workers, ChannelHandler handler) {
    return new ServerBootstrap()
        .group(boss, workers)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 128) // FLAG: 128
        .childOption(ChannelOption.TCP_NODELAY, true) // OK: not the backlog
        .childHandler(handler)
        .bind(8080); // OK: Netty's bind passes the configured backlog, it has none of its own
  }

  ServerBootstrap optionFirst(ChannelHandler handler) {
    return new ServerBootstrap()
        .option(ChannelOption.SO_BACKLOG, 100) // FLAG: 100
        .channel(NioServerSocketChannel.class)
        .childHandler(handler);
  }

  // Setting SO_BACKLOG on the accepted children makes no sense, but it is still a small backlog.
  ServerBootstrap childOption(ServerBootstrap bootstrap) {
    return bootstrap
        .childOption(ChannelOption.SO_KEEPALIVE, true) // OK: not the backlog
        .childOption(ChannelOption.SO_BACKLOG, 64); // FLAG: 64
  }

  ServerBootstrap somaxconn(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, NetUtil.SOMAXCONN); // OK: resolved at run time
  }

  ServerBootstrap largeEnough(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, 1024); // OK: at the minimum
  }

  ServerBootstrap oneLine(ServerBootstrap bootstrap) {
    bootstrap.option(ChannelOption.SO_BACKLOG, 511); // FLAG: 511
    return bootstrap;
  }

  // No SO_BACKLOG at all: Netty resolves NetUtil.SOMAXCONN itself.
  ServerBootstrap noOption(EventLoopGroup group, ChannelHandler handler) {
    return new ServerBootstrap()
        .group(group)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_REUSEADDR, true) // OK: not the backlog
        .childHandler(handler);
  }
}
