package corpus.frameworks.undertow;

import io.undertow.Undertow;
import org.xnio.OptionMap;
import org.xnio.Options;

/**
 * Undertow passes its socket options to XNIO, whose acceptor binds with Options.BACKLOG (below 1:
 * the JDK's 50). Server and worker options never reach bind.
 */
class SocketOptions {

  Undertow.Builder builder() {
    return Undertow.builder()
        .addHttpListener(8080, "0.0.0.0")
        .setSocketOption(Options.BACKLOG, 128) // FLAG: 128
        .setServerOption(Options.BACKLOG, 10) // OK: a server option, not passed to bind
        .setWorkerOption(Options.BACKLOG, 10) // OK: a worker option, not passed to bind
        .setSocketOption(Options.TCP_NODELAY, true); // OK: not the backlog
  }

  OptionMap optionMap() {
    int backlog = 100;
    return OptionMap.builder()
        .set(Options.REUSE_ADDRESSES, true) // OK: not the backlog
        .set(Options.BACKLOG, backlog) // FLAG: 100
        .getMap();
  }

  OptionMap single() {
    return OptionMap.create(Options.BACKLOG, 0); // FLAG: 0
  }

  OptionMap large(int backlog) {
    OptionMap.builder().set(Options.BACKLOG, backlog); // OK: a parameter
    return OptionMap.create(Options.BACKLOG, 10_000); // OK: above the minimum
  }
}
