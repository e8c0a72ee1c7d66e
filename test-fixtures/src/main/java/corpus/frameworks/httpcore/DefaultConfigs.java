package corpus.frameworks.httpcore;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.http.impl.nio.reactor.DefaultListeningIOReactor;
import org.apache.http.nio.reactor.IOReactorException;

/**
 * HttpCore configurations built without setBacklogSize and given to a server: their backlogSize is
 * 0, which reaches the JDK as 50.
 */
class DefaultConfigs {

  private SocketConfig stored;

  ServerBootstrap classic() {
    SocketConfig config = SocketConfig.custom() // FLAG: 50
        .setSoTimeout(5, TimeUnit.SECONDS)
        .setTcpNoDelay(true)
        .build();
    return ServerBootstrap.bootstrap().setListenerPort(8080).setSocketConfig(config);
  }

  AsyncServerBootstrap asyncInline() {
    return AsyncServerBootstrap.bootstrap()
        .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(2).build()); // FLAG: 50
  }

  org.apache.http.impl.bootstrap.ServerBootstrap version4() {
    return org.apache.http.impl.bootstrap.ServerBootstrap.bootstrap()
        .setSocketConfig(org.apache.http.config.SocketConfig.custom().setSoTimeout(5000).build()); // FLAG: 50
  }

  DefaultListeningIOReactor version4Reactor() throws IOReactorException {
    return new DefaultListeningIOReactor(
        org.apache.http.impl.nio.reactor.IOReactorConfig.custom().setIoThreadCount(1).build()); // FLAG: 50
  }

  ServerBootstrap knobSet(int backlog) {
    SocketConfig config = SocketConfig.custom().setBacklogSize(backlog).build(); // OK: the knob is set
    return ServerBootstrap.bootstrap().setSocketConfig(config);
  }

  ServerBootstrap usedElsewhereToo() {
    SocketConfig config = SocketConfig.custom().setTcpNoDelay(true).build(); // OK: also stored
    stored = config;
    return ServerBootstrap.bootstrap().setSocketConfig(config);
  }

  ServerBootstrap givenInALambda() {
    SocketConfig config = SocketConfig.custom().setTcpNoDelay(true).build(); // OK: used inside a lambda
    Supplier<ServerBootstrap> later = () -> ServerBootstrap.bootstrap().setSocketConfig(config);
    return later.get();
  }

  SocketConfig returned() {
    return SocketConfig.custom().setTcpNoDelay(true).build(); // OK: whoever gets it may be a client
  }

  void neverGivenToAServer() {
    SocketConfig.custom().setTcpNoDelay(true).build(); // OK: it reaches no server
  }
}
