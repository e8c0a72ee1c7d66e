package corpus.nonsinks;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;

/** Own classes and calls that only look like sinks. */
class LookAlikes {

  /** An own endpoint with a bind(SocketAddress, int): unrelated to ServerSocket. */
  static final class RpcEndpoint {
    private SocketAddress address;
    private int maxPending;

    RpcEndpoint bind(SocketAddress address, int maxPending) {
      this.address = address;
      this.maxPending = maxPending;
      return this;
    }

    RpcEndpoint bind(SocketAddress address) {
      return bind(address, 10);
    }
  }

  /** An own setBacklog(int) on a class that is not Netty's. */
  static final class WorkQueueSettings {
    private int backlog;

    WorkQueueSettings setBacklog(int backlog) {
      this.backlog = backlog;
      return this;
    }
  }

  /** An own option holder with a field named SO_BACKLOG: not Netty's ChannelOption. */
  static final class TransportOptions {
    static final String SO_BACKLOG = "so.backlog";
  }

  /** A three-argument helper. */
  static <T> ServerBootstrap optionIf(ServerBootstrap bootstrap, boolean apply, ChannelOption<T> option, T value) {
    return apply ? bootstrap.option(option, value) : bootstrap;
  }

  static <T> void describe(ChannelOption<T> option, T value, String why) {
    System.out.println(option + "=" + value + " because " + why);
  }

  RpcEndpoint ownBind(SocketAddress address) {
    return new RpcEndpoint().bind(address, 10); // OK: not a ServerSocket
  }

  RpcEndpoint ownBindNoBacklog(SocketAddress address) {
    return new RpcEndpoint().bind(address); // OK: not a ServerSocket
  }

  WorkQueueSettings ownSetBacklog() {
    return new WorkQueueSettings().setBacklog(16); // OK: not Netty's ServerSocketChannelConfig
  }

  Map<String, Integer> ownOptionField() {
    Map<String, Integer> settings = new HashMap<>();
    settings.put(TransportOptions.SO_BACKLOG, 16); // OK: not Netty's ChannelOption
    return settings;
  }

  // An alias of SO_BACKLOG through a local is not followed.
  ServerBootstrap alias(ServerBootstrap bootstrap) {
    ChannelOption<Integer> backlogOption = ChannelOption.SO_BACKLOG;
    return bootstrap.option(backlogOption, 128); // OK: an alias is not followed
  }

  ServerBootstrap otherOption(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_RCVBUF, 128); // OK: another option
  }

  void threeArguments() {
    describe(ChannelOption.SO_BACKLOG, 128, "legacy clients"); // OK: three arguments
  }

  ServerBootstrap fourArguments(ServerBootstrap bootstrap) {
    return optionIf(bootstrap, true, ChannelOption.SO_BACKLOG, 128); // OK: four arguments, not first
  }
}
