package corpus.shaded;

import corpus.shaded.io.netty.bootstrap.ServerBootstrap;
import corpus.shaded.io.netty.channel.ChannelOption;
import corpus.shaded.io.netty.channel.epoll.EpollChannelOption;
import corpus.shaded.io.netty.channel.socket.ServerSocketChannelConfig;

/** Netty relocated by a shading build counts as Netty. */
class ShadedNetty {

  ServerBootstrap relocatedOption() {
    return new ServerBootstrap()
        .option(ChannelOption.SO_RCVBUF, 65536) // OK: not the backlog
        .option(ChannelOption.SO_BACKLOG, 128) // FLAG: 128
        .bind(9000); // OK: the relocated bootstrap's bind has no backlog
  }

  ServerBootstrap relocatedChildOption(ServerBootstrap bootstrap) {
    return bootstrap.childOption(ChannelOption.SO_BACKLOG, 50); // FLAG: 50
  }

  ServerBootstrap relocatedSubclass(ServerBootstrap bootstrap) {
    return bootstrap
        .option(EpollChannelOption.SO_REUSEPORT, true) // OK: not the backlog
        .option(EpollChannelOption.SO_BACKLOG, 256); // FLAG: 256
  }

  ServerBootstrap relocatedLarge(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, 4096); // OK: above the minimum
  }

  ServerSocketChannelConfig relocatedSetBacklog(ServerSocketChannelConfig config) {
    return config.setBacklog(100); // FLAG: 100
  }

  ServerSocketChannelConfig relocatedSetBacklogLarge(ServerSocketChannelConfig config) {
    return config.setBacklog(Integer.MAX_VALUE); // OK: the kernel clamps it
  }
}
