package corpus.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.ServerSocketChannelConfig;
import java.util.Map;

/** Netty channel configs: setOption(SO_BACKLOG, v), setBacklog(int), Map.of(SO_BACKLOG, v). */
class ChannelConfigs {

  boolean setOption(Channel channel) {
    return channel.config().setOption(ChannelOption.SO_BACKLOG, 256); // FLAG: 256
  }

  boolean setOptionOnConfig(ChannelConfig config) {
    return config.setOption(ChannelOption.SO_BACKLOG, 2048); // OK: above the minimum
  }

  ServerSocketChannelConfig setBacklog(ServerSocketChannel channel) {
    return channel.config().setBacklog(100); // FLAG: 100
  }

  ServerSocketChannelConfig setBacklogZero(ServerSocketChannelConfig config) {
    return config.setBacklog(0); // FLAG: 0
  }

  ServerSocketChannelConfig setBacklogLarge(ServerSocketChannelConfig config) {
    return config.setBacklog(4096); // OK: above the minimum
  }

  // A subtype of ServerSocketChannelConfig.
  void epollSetBacklog(EpollServerSocketChannel channel) {
    channel.config().setBacklog(200); // FLAG: 200
  }

  int readBacklog(ServerSocketChannelConfig config) {
    return config.getBacklog(); // OK: reads it
  }

  Integer getOption(ChannelConfig config) {
    return config.getOption(ChannelOption.SO_BACKLOG); // OK: one argument, reads it
  }

  // Any two-argument call whose first argument is SO_BACKLOG, whatever the method.
  boolean optionMap(ChannelConfig config) {
    Map<ChannelOption<?>, Object> options = Map.of(ChannelOption.SO_BACKLOG, 128); // FLAG: 128
    return config.setOptions(options);
  }

  // Four arguments: not the two-argument shape, and SO_BACKLOG is not first.
  boolean optionMapOfTwo(ChannelConfig config) {
    Map<ChannelOption<?>, Object> options =
        Map.of(ChannelOption.SO_RCVBUF, 65536, ChannelOption.SO_BACKLOG, 128); // OK: not two arguments
    return config.setOptions(options);
  }
}
