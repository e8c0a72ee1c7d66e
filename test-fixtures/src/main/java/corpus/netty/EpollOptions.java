package corpus.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollServerSocketChannel;

/** SO_BACKLOG read through a subclass of ChannelOption. */
class EpollOptions {

  ServerBootstrap epoll(EventLoopGroup group, ChannelHandler handler) {
    return new ServerBootstrap()
        .group(group)
        .channel(EpollServerSocketChannel.class)
        .option(EpollChannelOption.SO_REUSEPORT, true) // OK: not the backlog
        .option(EpollChannelOption.SO_BACKLOG, 512) // FLAG: 512
        .childHandler(handler);
  }

  ServerBootstrap epollLarge(ServerBootstrap bootstrap) {
    return bootstrap.option(EpollChannelOption.SO_BACKLOG, 16384); // OK: above the minimum
  }
}
