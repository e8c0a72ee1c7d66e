package corpus.jdk;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;

/** ServerSocket.bind, with and without a backlog; the socket is always returned (a server). */
class ServerSocketBind {

  ServerSocket bindWithoutBacklog(int port) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(port)); // FLAG: 50
    return socket;
  }

  ServerSocket bindWithBacklog(SocketAddress address) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(address, 200); // FLAG: 200
    return socket;
  }

  ServerSocket bindLargeBacklog(SocketAddress address) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(address, 4096); // OK: above the minimum
    return socket;
  }

  ServerSocket bindZero(SocketAddress address) throws IOException {
    ServerSocket socket = new ServerSocket(); // OK: binds nothing
    socket.bind(address, 0); // FLAG: 0
    return socket;
  }

  // The old-style adaptor: the channel's ServerSocket is a java.net.ServerSocket.
  ServerSocketChannel throughAdaptor(int port) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(); // OK: binds nothing
    channel.socket().bind(new InetSocketAddress(port)); // FLAG: 50
    return channel;
  }

  // A socket handed in by the caller is never a probe: its bind is judged like any other.
  void bindCallersSocket(ServerSocket socket, int port) throws IOException {
    socket.bind(new InetSocketAddress(port), 10); // FLAG: 10
  }
}
