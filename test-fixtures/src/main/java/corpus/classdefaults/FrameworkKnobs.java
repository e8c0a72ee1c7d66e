package corpus.classdefaults;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import io.vertx.core.net.NetServerOptions;
import org.apache.coyote.http11.Http11NioProtocol;
import org.eclipse.jetty.server.ServerConnector;
import org.xnio.OptionMap;
import org.xnio.Options;

/**
 * A framework's knob given a field with a default: each candidate is judged by that framework's
 * meaning of the value (Jetty's 0 is the JDK's 50, Vert.x's -1 is Netty's own limit, Tomcat ignores
 * values below 1).
 */
class FrameworkKnobs {

  /** A Netty server wrapper: 128 unless configured. */
  static class NettyServer {
    private int soBacklog = 128;

    public void setSoBacklog(int soBacklog) {
      this.soBacklog = soBacklog;
    }

    ServerBootstrap bootstrap(ServerBootstrap bootstrap) {
      return bootstrap
          .option(ChannelOption.SO_REUSEADDR, true) // OK: not the backlog
          .option(ChannelOption.SO_BACKLOG, soBacklog); // FLAG: 128
    }
  }

  /** A Jetty wrapper whose acceptQueueSize field is never assigned: 0, which Jetty passes on as 50. */
  static class JettyWrapper {
    private int acceptQueueSize;

    public void setAcceptQueueSize(int acceptQueueSize) {
      this.acceptQueueSize = acceptQueueSize;
    }

    void configure(ServerConnector connector) {
      connector.setAcceptQueueSize(this.acceptQueueSize); // FLAG: 0
    }
  }

  /** Vert.x's own default, -1, copied into a field: Netty's limit, fine. */
  static class VertxWrapper {
    private int acceptBacklog = -1;

    NetServerOptions options() {
      return new NetServerOptions().setAcceptBacklog(acceptBacklog); // OK: -1 is Netty's own limit
    }
  }

  /** Several candidates, one fine for Vert.x (-1) and one not (0). */
  static class VertxCandidates {
    private final int acceptBacklog;

    VertxCandidates() {
      this.acceptBacklog = -1;
    }

    VertxCandidates(boolean legacy) {
      this.acceptBacklog = 0;
    }

    NetServerOptions options() {
      return new NetServerOptions().setAcceptBacklog(acceptBacklog); // FLAG: 0
    }
  }

  /** Tomcat keeps its previous value for a count below 1: a default of 0 changes nothing. */
  static class TomcatWrapper {
    private int acceptCount;
    private int smallCount = 100;

    void configure(Http11NioProtocol protocol) {
      protocol.setAcceptCount(acceptCount); // OK: Tomcat ignores 0
      protocol.setAcceptCount(smallCount); // FLAG: 100
    }
  }

  /** XNIO's option built from a field with a default. */
  static class XnioWrapper {
    private int backlog = 64;

    OptionMap options() {
      return OptionMap.builder().set(Options.BACKLOG, backlog).getMap(); // FLAG: 64
    }
  }
}
