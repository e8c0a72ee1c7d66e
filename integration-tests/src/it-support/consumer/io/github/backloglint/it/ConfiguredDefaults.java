package io.github.backloglint.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Listeners whose backlog is their class's default: a field with a setter, and a configuration
 * read with a hard-coded fallback. Whoever does not configure them gets the small value; Error
 * Prone's fix changes the default where it is written.
 */
public class ConfiguredDefaults {

  private int backlog = 50;

  public void setBacklog(int backlog) {
    this.backlog = backlog;
  }

  public ServerSocket open(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(port), backlog);
    return socket;
  }

  public ServerSocket fromProperty(int port) throws IOException {
    return new ServerSocket(port, Integer.getInteger("consumer.backlog", 128));
  }
}
