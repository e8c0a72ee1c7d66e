package io.github.backloglint.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A blocking admin port on loopback: one connection at a time, answers "status". */
final class AdminPort implements Runnable {

  /** "Nobody connects to the admin port often." Until the deploy script loops over 300 hosts. */
  private static final int ADMIN_BACKLOG = 100;

  private final ServerSocket socket;

  AdminPort(int port) throws IOException {
    socket = new ServerSocket(port, ADMIN_BACKLOG, InetAddress.getLoopbackAddress());
  }

  @Override
  public void run() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept();
          BufferedReader in =
              new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
          OutputStream out = client.getOutputStream()) {
        String answer = "status".equals(in.readLine()) ? "up\n" : "unknown command\n";
        out.write(answer.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        return;
      }
    }
  }

  void close() throws IOException {
    socket.close();
  }
}
