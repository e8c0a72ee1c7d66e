package corpus.shaded.io.netty.bootstrap;

import corpus.shaded.io.netty.channel.ChannelOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stand-in for the relocated ServerBootstrap: just enough to set options. */
public class ServerBootstrap {

  private final Map<ChannelOption<?>, Object> options = new LinkedHashMap<>();
  private final Map<ChannelOption<?>, Object> childOptions = new LinkedHashMap<>();

  public <T> ServerBootstrap option(ChannelOption<T> option, T value) {
    options.put(option, value);
    return this;
  }

  public <T> ServerBootstrap childOption(ChannelOption<T> option, T value) {
    childOptions.put(option, value);
    return this;
  }

  public ServerBootstrap bind(int port) {
    return this;
  }
}
