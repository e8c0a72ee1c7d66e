package corpus.frameworks.grizzly;

import java.io.IOException;
import java.net.InetSocketAddress;
import org.glassfish.grizzly.PortRange;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder;

/**
 * Grizzly binds with the transport's serverConnectionBackLog (4096 by default) or the backlog of an
 * explicit bind; either reaches the JDK.
 */
class Transports {

  void transportBacklog(TCPNIOTransport transport) throws IOException {
    transport.setServerConnectionBackLog(100); // FLAG: 100
    transport.bind(8080); // OK: the transport's backlog
  }

  TCPNIOTransport builder() {
    return TCPNIOTransportBuilder.newInstance()
        .setReuseAddress(true)
        .setServerConnectionBackLog(50) // FLAG: 50
        .build();
  }

  void explicitBind(TCPNIOTransport transport) throws IOException {
    transport.bind("0.0.0.0", 8080, 128); // FLAG: 128
    transport.bind(new InetSocketAddress(8081), 64); // FLAG: 64
  }

  void portRanges(TCPNIOTransport transport) throws IOException {
    transport.bind("0.0.0.0", new PortRange(8000, 8010), 100); // FLAG: 100
    transport.bind("0.0.0.0", new PortRange(9000, 9010), true, 0); // FLAG: 0
    transport.bind("0.0.0.0", new PortRange(7000, 7010), 8192); // OK: above the minimum
  }

  void ephemeralAndLarge(TCPNIOTransport transport, int backlog) throws IOException {
    transport.bind("localhost", 0, 10); // OK: an ephemeral port
    transport.bind(new InetSocketAddress(0), 10); // OK: an ephemeral port
    transport.bind("0.0.0.0", 8082, 4096); // OK: above the minimum
    transport.bind("0.0.0.0", 8083, backlog); // OK: a parameter
  }
}
