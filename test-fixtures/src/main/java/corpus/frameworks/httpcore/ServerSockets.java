package corpus.frameworks.httpcore;

import org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.http.impl.nio.reactor.DefaultListeningIOReactor;
import org.apache.http.nio.reactor.IOReactorException;

/**
 * HttpCore's servers bind with the configuration's backlogSize (0 by default, which reaches the
 * JDK as 50). A configuration that reaches a server, or that may, is reported.
 */
class ServerSockets {

  private org.apache.http.config.SocketConfig stored;

  ServerBootstrap classicServer() {
    SocketConfig config = SocketConfig.custom()
        .setSoReuseAddress(true)
        .setBacklogSize(100) // FLAG: 100
        .build();
    return ServerBootstrap.bootstrap().setListenerPort(8080).setSocketConfig(config);
  }

  AsyncServerBootstrap asyncServer() {
    return AsyncServerBootstrap.bootstrap()
        .setIOReactorConfig(IOReactorConfig.custom().setBacklogSize(0).build()); // FLAG: 0
  }

  org.apache.http.impl.bootstrap.ServerBootstrap version4Server() {
    return org.apache.http.impl.bootstrap.ServerBootstrap.bootstrap()
        .setSocketConfig(org.apache.http.config.SocketConfig.custom().setBacklogSize(50).build()); // FLAG: 50
  }

  DefaultListeningIOReactor version4Reactor() throws IOReactorException {
    org.apache.http.impl.nio.reactor.IOReactorConfig config =
        org.apache.http.impl.nio.reactor.IOReactorConfig.custom().setBacklogSize(128).build(); // FLAG: 128
    return new DefaultListeningIOReactor(config);
  }

  SocketConfig returned() {
    return SocketConfig.custom().setBacklogSize(64).build(); // FLAG: 64
  }

  void storedInAField() {
    stored = org.apache.http.config.SocketConfig.custom().setBacklogSize(32).build(); // FLAG: 32
  }

  void unused() {
    SocketConfig.custom().setBacklogSize(16).build(); // FLAG: 16
  }

  SocketConfig fine(int backlog) {
    SocketConfig.custom().setBacklogSize(backlog).build(); // OK: a parameter
    return SocketConfig.custom().setBacklogSize(Integer.MAX_VALUE).build(); // OK: the kernel clamps it
  }
}
