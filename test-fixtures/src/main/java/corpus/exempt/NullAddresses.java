package corpus.exempt;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * A null address written other than as a bare literal: cast, or held in a local whose only
 * assignment is its null initializer. Each is as null as the literal. The channels are returned, so
 * none of them is a port probe.
 */
class NullAddresses {

  ServerSocketChannel castNull() throws IOException {
    return ServerSocketChannel.open().bind((SocketAddress) null, 10); // OK: an ephemeral port
  }

  ServerSocketChannel nullLocal() throws IOException {
    SocketAddress anyPort = null;
    return ServerSocketChannel.open().bind(anyPort, 10); // OK: an ephemeral port
  }

  ServerSocketChannel nullLocalAssignedAgain(SocketAddress configured) throws IOException {
    SocketAddress address = null;
    address = configured;
    return ServerSocketChannel.open().bind(address, 10); // FLAG: 10
  }

  HttpServer httpCastNull() throws IOException {
    return HttpServer.create((InetSocketAddress) null, 10); // OK: binds nothing
  }

  HttpServer httpNullLocal() throws IOException {
    InetSocketAddress unbound = null;
    return HttpServer.create(unbound, 10); // OK: binds nothing
  }
}
