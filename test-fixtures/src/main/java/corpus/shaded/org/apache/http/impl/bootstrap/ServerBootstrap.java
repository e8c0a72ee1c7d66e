package corpus.shaded.org.apache.http.impl.bootstrap;

import corpus.shaded.org.apache.http.config.SocketConfig;

/** A stand-in for HttpCore 4's ServerBootstrap relocated by a shading build. */
public class ServerBootstrap {

  public static ServerBootstrap bootstrap() {
    return new ServerBootstrap();
  }

  public ServerBootstrap setListenerPort(int port) {
    return this;
  }

  public ServerBootstrap setSocketConfig(SocketConfig config) {
    return this;
  }
}
