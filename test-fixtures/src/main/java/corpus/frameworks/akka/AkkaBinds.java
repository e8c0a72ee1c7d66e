package corpus.frameworks.akka;

import akka.actor.ActorRef;
import akka.actor.ActorSystem;
import akka.http.javadsl.Http;
import akka.http.javadsl.settings.ServerSettings;
import akka.io.TcpMessage;
import akka.stream.javadsl.Tcp;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;

/** Akka 2.6 / Akka HTTP 10.2, the javadsl: the same rows as Pekko's, under akka. */
class AkkaBinds {

  void streams(ActorSystem system, Supplier<SSLEngine> engines) {
    Tcp.get(system).bind("0.0.0.0", 8080); // FLAG: 100
    Tcp.get(system).bind("0.0.0.0", 8081, 100, Collections.emptyList(), false, Optional.empty()); // FLAG: 100
    Tcp.get(system).bindWithTls("0.0.0.0", 8443, engines); // FLAG: 100
    Tcp.get(system).bind("localhost", 0); // OK: an ephemeral port
  }

  void actors(ActorRef manager, ActorRef handler) {
    manager.tell(TcpMessage.bind(handler, new InetSocketAddress(9000), 50), handler); // FLAG: 50
    manager.tell(TcpMessage.bind(handler, new InetSocketAddress(0), 50), handler); // OK: an ephemeral port
  }

  ServerSettings http(ActorSystem system) {
    Http.get(system).newServerAt("0.0.0.0", 8082); // OK: the backlog comes from configuration
    return ServerSettings.create(system).withBacklog(128); // FLAG: 128
  }
}
