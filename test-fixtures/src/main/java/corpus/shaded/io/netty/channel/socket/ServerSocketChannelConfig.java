package corpus.shaded.io.netty.channel.socket;

/** A stand-in for the relocated ServerSocketChannelConfig. */
public interface ServerSocketChannelConfig {

  int getBacklog();

  ServerSocketChannelConfig setBacklog(int backlog);
}
