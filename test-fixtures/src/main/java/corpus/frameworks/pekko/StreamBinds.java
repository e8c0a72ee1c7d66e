package corpus.frameworks.pekko;

import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.stream.TLSClosing;
import org.apache.pekko.stream.TLSProtocol;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Tcp;

/**
 * Pekko Streams' Tcp binds with the backlog it is given; without one, with the scaladsl's
 * hard-coded 100 (the finding's value), not the JDK's 50.
 */
class StreamBinds {

  void withoutBacklog(ActorSystem system) {
    Tcp.get(system).bind("0.0.0.0", 8080); // FLAG: 100
  }

  void chained(ActorSystem system) {
    Tcp.get(system)
        .bind("0.0.0.0", 8081) // FLAG: 100
        .to(Sink.ignore())
        .run(system);
  }

  void explicit(Tcp tcp) {
    tcp.bind("0.0.0.0", 8082, 128, Collections.emptyList(), false, Optional.empty()); // FLAG: 128
    tcp.bind("0.0.0.0", 8083, 0, Collections.emptyList(), true, Optional.of(Duration.ofSeconds(5))); // FLAG: 0
  }

  @SuppressWarnings("deprecation")
  void scalaDuration(Tcp tcp) {
    int backlog = 256;
    tcp.bind("0.0.0.0", 8084, backlog, Collections.emptyList(), false, scala.concurrent.duration.Duration.Inf()); // FLAG: 256
  }

  void tls(Tcp tcp, Supplier<SSLEngine> engines) {
    tcp.bindWithTls("0.0.0.0", 8443, engines); // FLAG: 100
    tcp.bindWithTls("0.0.0.0", 8444, engines, 64, Collections.emptyList(), Optional.empty(), // FLAG: 64
        session -> Optional.empty(), TLSClosing.eagerClose());
  }

  @SuppressWarnings("deprecation")
  void deprecatedTls(Tcp tcp, SSLContext context, TLSProtocol.NegotiateNewSession negotiate) {
    tcp.bindTls("0.0.0.0", 8445, context, negotiate); // FLAG: 100
    tcp.bindTls("0.0.0.0", 8446, context, negotiate, 32, Collections.emptyList(), false, // FLAG: 32
        scala.concurrent.duration.Duration.Inf());
  }

  void fine(Tcp tcp, int port, int backlog, Supplier<SSLEngine> engines) {
    tcp.bind("localhost", 0); // OK: an ephemeral port
    tcp.bindWithTls("localhost", 0, engines); // OK: an ephemeral port
    tcp.bind("0.0.0.0", 8090, Integer.MAX_VALUE, Collections.emptyList(), false, Optional.empty()); // OK: the kernel clamps it
    tcp.bind("0.0.0.0", 8091, 4096, Collections.emptyList(), false, Optional.empty()); // OK: above the minimum
    tcp.bind("0.0.0.0", port, backlog, Collections.emptyList(), false, Optional.empty()); // OK: a parameter
  }
}
