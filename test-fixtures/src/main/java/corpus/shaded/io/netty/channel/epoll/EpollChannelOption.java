package corpus.shaded.io.netty.channel.epoll;

import corpus.shaded.io.netty.channel.ChannelOption;

/** A stand-in for the relocated EpollChannelOption: a subclass of the relocated ChannelOption. */
public final class EpollChannelOption<T> extends ChannelOption<T> {

  public static final ChannelOption<Boolean> SO_REUSEPORT = new EpollChannelOption<>("SO_REUSEPORT");

  private EpollChannelOption(String name) {
    super(name);
  }
}
