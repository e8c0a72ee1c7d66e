package io.github.backloglint.demo;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The bridge for the old billing system, which opens exactly one connection and retries forever.
 * Its tiny backlog is deliberate, so the finding is suppressed for all three tools.
 */
final class LegacyBridge {

  private final ServerSocket socket;

  @SuppressWarnings({"SmallListenBacklog", "PMD.SmallListenBacklog"})
  @SuppressFBWarnings(value = "SMALL_LISTEN_BACKLOG", justification = "one client by design")
  LegacyBridge(int port) throws IOException {
    socket = new ServerSocket(port, 1);
  }

  Socket awaitBillingSystem() throws IOException {
    return socket.accept();
  }

  void close() throws IOException {
    socket.close();
  }
}
