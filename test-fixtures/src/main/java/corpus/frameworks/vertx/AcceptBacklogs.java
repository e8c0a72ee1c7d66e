package corpus.frameworks.vertx;

import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.NetServerOptions;

/**
 * Vert.x passes acceptBacklog to Netty's SO_BACKLOG unless it is -1, the default, which leaves
 * Netty's own limit. 0 reaches the JDK as 50; Netty refuses other negative values at bind.
 */
class AcceptBacklogs {

  NetServerOptions net() {
    return new NetServerOptions().setPort(9000).setAcceptBacklog(128); // FLAG: 128
  }

  HttpServerOptions http() {
    return new HttpServerOptions()
        .setPort(8080)
        .setAcceptBacklog(511) // FLAG: 511
        .setReuseAddress(true);
  }

  EventBusOptions eventBus() {
    return new EventBusOptions().setAcceptBacklog(0); // FLAG: 0
  }

  void defaults(HttpServerOptions options) {
    options.setAcceptBacklog(-1); // OK: Netty's own limit
    options.setAcceptBacklog(NetServerOptions.DEFAULT_ACCEPT_BACKLOG); // OK: -1, Netty's own limit
    options.setAcceptBacklog(-2); // OK: Netty refuses it when the server binds
    options.setAcceptBacklog(2048); // OK: above the minimum
  }

  void unknown(NetServerOptions options, int backlog) {
    options.setAcceptBacklog(backlog); // OK: a parameter
  }
}
