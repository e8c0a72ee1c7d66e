package corpus.frameworks.pekko;

import java.net.InetSocketAddress;
import java.util.Collections;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.io.TcpMessage;

/** Pekko's actor I/O: TcpMessage.bind passes its backlog (argument 2) to ServerSocket.bind. */
class ActorBinds {

  void bind(ActorRef manager, ActorRef handler) {
    manager.tell(TcpMessage.bind(handler, new InetSocketAddress("0.0.0.0", 9000), 100), handler); // FLAG: 100
  }

  void withOptions(ActorRef manager, ActorRef handler) {
    InetSocketAddress address = new InetSocketAddress(9001);
    manager.tell(TcpMessage.bind(handler, address, 0, Collections.emptyList(), true), handler); // FLAG: 0
  }

  void fine(ActorRef manager, ActorRef handler, int backlog) {
    manager.tell(TcpMessage.bind(handler, new InetSocketAddress(0), 100), handler); // OK: an ephemeral port
    manager.tell(TcpMessage.bind(handler, new InetSocketAddress(9002), backlog), handler); // OK: a parameter
    manager.tell(TcpMessage.bind(handler, new InetSocketAddress(9003), 8192), handler); // OK: above the minimum
  }
}
