import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A burst of simultaneous connects to one loopback port: prints how many handshakes completed
 * within the timeout. A full accept queue makes Linux drop the SYN (the client retries after 1 s),
 * so with a timeout below that, the count is what the queue (plus what the server accepted) held.
 *
 * <p>Usage: {@code java Burst.java <port> <connections> <timeoutMillis>}; loopback only.
 */
public final class Burst {

  private static final int MAX_CONNECTIONS = 10_000;
  private static final long MAX_TIMEOUT_MILLIS = 10_000;

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    int connections = Math.min(Integer.parseInt(args[1]), MAX_CONNECTIONS);
    long timeoutMillis = Math.min(Long.parseLong(args[2]), MAX_TIMEOUT_MILLIS);
    InetSocketAddress target = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    List<SocketChannel> channels = new ArrayList<>(connections);
    int completed = 0;
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < connections; i++) {
        SocketChannel channel = SocketChannel.open();
        channels.add(channel);
        channel.configureBlocking(false);
        if (channel.connect(target)) {
          completed++;
        } else {
          channel.register(selector, SelectionKey.OP_CONNECT);
        }
      }
      long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
      long left;
      while ((left = (deadline - System.nanoTime()) / 1_000_000) > 0 && !selector.keys().isEmpty()) {
        selector.select(left);
        for (SelectionKey key : selector.selectedKeys()) {
          try {
            if (((SocketChannel) key.channel()).finishConnect()) {
              completed++;
            }
          } catch (IOException refusedOrReset) {
            // not completed
          }
          key.cancel();
        }
        selector.selectedKeys().clear();
        selector.selectNow(); // flush the cancelled keys
      }
    } finally {
      for (SocketChannel channel : channels) {
        channel.close();
      }
    }
    System.out.println(completed);
  }
}
