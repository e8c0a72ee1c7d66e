package corpus.shaded.io.netty.channel;

/**
 * A stand-in for Netty's ChannelOption as a shading build relocates it (for example under
 * org.apache.flink.shaded.netty4): its qualified name ends in .io.netty.channel.ChannelOption.
 */
public class ChannelOption<T> {

  public static final ChannelOption<Integer> SO_BACKLOG = new ChannelOption<>("SO_BACKLOG");
  public static final ChannelOption<Integer> SO_RCVBUF = new ChannelOption<>("SO_RCVBUF");

  private final String name;

  protected ChannelOption(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }
}
