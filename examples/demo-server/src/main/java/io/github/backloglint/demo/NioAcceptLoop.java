package io.github.backloglint.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A non-blocking NIO echo service: one selector thread accepts and echoes. */
final class NioAcceptLoop implements Runnable {

  private final ServerSocketChannel channel;
  private final Selector selector;

  NioAcceptLoop(int port) throws IOException {
    channel = ServerSocketChannel.open();
    channel.bind(new InetSocketAddress(port));
    channel.configureBlocking(false);
    selector = Selector.open();
    channel.register(selector, SelectionKey.OP_ACCEPT);
  }

  @Override
  public void run() {
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    try {
      while (selector.isOpen()) {
        selector.select();
        for (SelectionKey key : selector.selectedKeys()) {
          if (key.isAcceptable()) {
            SocketChannel client = channel.accept();
            if (client != null) {
              client.configureBlocking(false);
              client.register(selector, SelectionKey.OP_READ);
            }
          } else if (key.isReadable()) {
            echo((SocketChannel) key.channel(), buffer);
          }
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException e) {
      throw new IllegalStateException("accept loop failed", e);
    }
  }

  private static void echo(SocketChannel client, ByteBuffer buffer) throws IOException {
    buffer.clear();
    if (client.read(buffer) < 0) {
      client.close();
      return;
    }
    buffer.flip();
    client.write(buffer);
  }

  void close() throws IOException {
    selector.close();
    channel.close();
  }
}
