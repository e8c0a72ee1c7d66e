package io.github.backloglint.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;

/** Port helpers for the start-up checks and the self-test. */
final class FreePorts {

  private FreePorts() {}

  /** Is the port free? The "is this port free?" probe: bound, then closed at once. */
  static boolean isFree(int port) {
    try (ServerSocket probe = new ServerSocket(port)) {
      return probe.isBound();
    } catch (IOException e) {
      return false;
    }
  }

  /** A loopback listener on a port the system picks, for the start-up self-test. */
  static ServerSocketChannel selfTestListener() throws IOException {
    return ServerSocketChannel.open()
        .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
  }
}
