// backlog-lint options: reportFrameworkDefaults=false
package corpus.options.defaults;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TTransportException;

/** With reportFrameworkDefaults off, only knobs set to small values are reported. */
class DefaultsOff {

  Server server() {
    return new Server(8080); // OK: framework defaults are off
  }

  TServerSocket thrift() throws TTransportException {
    return new TServerSocket(9090); // OK: framework defaults are off
  }

  void connector(Server server) {
    ServerConnector connector = new ServerConnector(server); // OK: framework defaults are off
    server.addConnector(connector);
    ServerConnector small = new ServerConnector(server);
    small.setAcceptQueueSize(128); // FLAG: 128
    server.addConnector(small);
  }
}
