package corpus.nonsinks;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import com.sun.net.httpserver.HttpServer;

/** Binds and constructors that set no accept queue: client sockets, datagrams, unbound servers. */
class OtherSockets {

  Socket clientWithLocalPort(SocketAddress server) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(40000)); // OK: a client socket's local address
    socket.connect(server);
    return socket;
  }

  SocketChannel clientChannel(SocketAddress server) throws IOException {
    SocketChannel channel = SocketChannel.open();
    channel.bind(new InetSocketAddress(40001)); // OK: a client channel's local address
    channel.connect(server);
    return channel;
  }

  DatagramSocket datagram() throws IOException {
    DatagramSocket socket = new DatagramSocket(null);
    socket.bind(new InetSocketAddress(5353)); // OK: datagrams have no accept queue
    return socket;
  }

  DatagramChannel datagramChannel() throws IOException {
    return DatagramChannel.open().bind(new InetSocketAddress(5353)); // OK: datagrams have no accept queue
  }

  // Nothing says a NetworkChannel is a server socket.
  NetworkChannel throughInterface(int port) throws IOException {
    NetworkChannel channel = ServerSocketChannel.open();
    channel.bind(new InetSocketAddress(port)); // OK: the interface type is not a server type
    return channel;
  }

  ServerSocket unbound() throws IOException {
    return new ServerSocket(); // OK: binds nothing
  }

  ServerSocketChannel unboundChannel() throws IOException {
    return ServerSocketChannel.open(); // OK: binds nothing
  }

  HttpServer unboundHttpServer() throws IOException {
    return HttpServer.create(); // OK: binds nothing
  }

  Socket client() throws IOException {
    return new Socket("localhost", 8080); // OK: a client
  }
}
