package corpus.shaded;

import corpus.shaded.org.apache.http.config.SocketConfig;
import corpus.shaded.org.apache.http.impl.bootstrap.ServerBootstrap;

/**
 * A relocated HttpCore configuration built without backlogSize and given to the relocated server
 * bootstrap is HttpCore's default (50); alone in its class, as the other relocated defaults.
 */
class ShadedHttpCore {

  ServerBootstrap defaultBacklog() {
    SocketConfig config = SocketConfig.custom().setSoTimeout(5000).build(); // FLAG: 50
    return ServerBootstrap.bootstrap().setListenerPort(8080).setSocketConfig(config);
  }

  ServerBootstrap backlogSet() {
    SocketConfig config = SocketConfig.custom().setBacklogSize(Integer.MAX_VALUE).build(); // OK: the knob is set
    return ServerBootstrap.bootstrap().setListenerPort(8080).setSocketConfig(config);
  }
}
