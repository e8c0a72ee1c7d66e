package corpus.exempt;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.CompletionHandler;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Future;
import javax.net.ServerSocketFactory;

/**
 * One-shot listeners: held like a probe, accepted on exactly once outside any loop, then closed
 * (an FTP active-mode data connection, an OAuth redirect receiver, a test's single client). A
 * queue of one is all they need. A second accept, an accept in a loop, a listener that is never
 * closed or that escapes is a server, and is reported.
 */
class OneShotListeners {

  private ServerSocket kept;

  byte[] oauthRedirect(int port) throws IOException {
    try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) { // OK: one-shot
      try (Socket browser = listener.accept(); InputStream in = browser.getInputStream()) {
        return in.readNBytes(512);
      }
    }
  }

  Socket activeModeData(ServerSocketFactory factory, int port, InetAddress host) throws IOException {
    ServerSocket server = factory.createServerSocket(port, 1, host); // OK: one-shot
    server.setSoTimeout(60_000);
    Socket data = server.accept();
    server.close();
    return data;
  }

  SocketChannel channel(SocketAddress address) throws IOException {
    try (ServerSocketChannel channel = ServerSocketChannel.open()) { // OK: binds nothing
      channel.bind(address, 1); // OK: one-shot
      return channel.accept();
    }
  }

  Future<?> asynchronousOnce(SocketAddress address) throws IOException {
    try (AsynchronousServerSocketChannel channel = AsynchronousServerSocketChannel.open().bind(address, 1)) { // OK: one-shot
      return channel.accept();
    }
  }

  void acceptInALoop(int port) throws IOException {
    try (ServerSocket server = new ServerSocket(port, 1)) { // FLAG: 1
      while (!server.isClosed()) {
        server.accept().close();
      }
    }
  }

  void loopAroundTheListener(int port) throws IOException {
    for (int i = 0; i < 3; i++) {
      try (ServerSocket server = new ServerSocket(port, 1)) { // FLAG: 1
        server.accept().close();
      }
    }
  }

  void twoAccepts(int port) throws IOException {
    try (ServerSocket server = new ServerSocket(port, 2)) { // FLAG: 2
      Socket first = server.accept();
      Socket second = server.accept();
      first.close();
      second.close();
    }
  }

  Socket neverClosed(int port) throws IOException {
    ServerSocket server = new ServerSocket(port, 1); // FLAG: 1
    return server.accept();
  }

  Socket escapes(int port) throws IOException {
    ServerSocket server = new ServerSocket(port, 1); // FLAG: 1
    Socket client = server.accept();
    kept = server;
    server.close();
    return client;
  }

  void handler(SocketAddress address, CompletionHandler<java.nio.channels.AsynchronousSocketChannel, Void> h)
      throws IOException {
    try (AsynchronousServerSocketChannel channel = AsynchronousServerSocketChannel.open()) { // OK: binds nothing
      channel.bind(address, 1); // FLAG: 1
      channel.accept(null, h);
    }
  }
}
