// backlog-lint options: minimumBacklog=2048
package corpus.options.minimum;

import com.sun.net.httpserver.HttpServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.ServerSocketChannelConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** A minimum of 2048: what passes under the default of 1024 is reported below 2048. */
class HigherMinimum {

  private static final int OLD_DEFAULT = 1024;

  ServerSocket oldMinimum() throws IOException {
    return new ServerSocket(8080, 1024); // FLAG: 1024
  }

  ServerSocket justBelow() throws IOException {
    return new ServerSocket(8080, 2047); // FLAG: 2047
  }

  ServerSocket atMinimum() throws IOException {
    return new ServerSocket(8080, 2048); // OK: at the minimum
  }

  ServerSocket above() throws IOException {
    return new ServerSocket(8080, 4096); // OK: above the minimum
  }

  ServerSocket constant() throws IOException {
    return new ServerSocket(8080, OLD_DEFAULT); // FLAG: 1024
  }

  ServerSocket noBacklog() throws IOException {
    return new ServerSocket(8080); // FLAG: 50
  }

  ServerSocket zero() throws IOException {
    return new ServerSocket(8080, 0); // FLAG: 0
  }

  ServerSocket resolvedLimit() throws IOException {
    return new ServerSocket(8080, Integer.MAX_VALUE); // OK: the kernel clamps it
  }

  HttpServer http(InetSocketAddress address) throws IOException {
    return HttpServer.create(address, 1500); // FLAG: 1500
  }

  ServerBootstrap netty(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, 1024); // FLAG: 1024
  }

  ServerSocketChannelConfig nettySetBacklog(ServerSocketChannelConfig config) {
    return config.setBacklog(2048); // OK: at the minimum
  }

  ServerSocket unknown(int backlog) throws IOException {
    return new ServerSocket(8080, backlog); // OK: a parameter
  }

  // The exemptions are still on.
  ServerSocket ephemeral() throws IOException {
    return new ServerSocket(0, 1024); // OK: ephemeral port
  }

  boolean probe(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1)) { // OK: a port probe
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
