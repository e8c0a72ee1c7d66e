package corpus.jdk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocketFactory;

/** ServerSocketFactory.createServerSocket: the default factory and the SSL one. */
class ServerSocketFactories {

  ServerSocket defaultFactoryNoBacklog() throws IOException {
    return ServerSocketFactory.getDefault().createServerSocket(8080); // FLAG: 50
  }

  ServerSocket defaultFactoryBacklog() throws IOException {
    return ServerSocketFactory.getDefault().createServerSocket(8080, 100); // FLAG: 100
  }

  ServerSocket defaultFactoryAddress(InetAddress address) throws IOException {
    ServerSocketFactory factory = ServerSocketFactory.getDefault();
    return factory.createServerSocket(8080, 75, address); // FLAG: 75
  }

  ServerSocket factoryLargeBacklog(ServerSocketFactory factory) throws IOException {
    return factory.createServerSocket(8080, 8192); // OK: above the minimum
  }

  ServerSocket unboundFromFactory(ServerSocketFactory factory) throws IOException {
    return factory.createServerSocket(); // OK: binds nothing
  }

  ServerSocket sslDefaultFactory() throws IOException {
    SSLServerSocketFactory factory = (SSLServerSocketFactory) SSLServerSocketFactory.getDefault();
    return factory.createServerSocket(8443, 64); // FLAG: 64
  }

  ServerSocket sslContextFactory(SSLContext context) throws IOException {
    return context.getServerSocketFactory().createServerSocket(8443); // FLAG: 50
  }

  ServerSocket sslContextAddress(SSLContext context, InetAddress address) throws IOException {
    SSLServerSocketFactory factory = context.getServerSocketFactory();
    return factory.createServerSocket(8443, 1, address); // FLAG: 1
  }

  // The factory's own null address means all local addresses, not an ephemeral port.
  ServerSocket factoryAllAddresses(ServerSocketFactory factory) throws IOException {
    return factory.createServerSocket(8080, 30, null); // FLAG: 30
  }
}
