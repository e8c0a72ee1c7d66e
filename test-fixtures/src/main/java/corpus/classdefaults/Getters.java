package corpus.classdefaults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import javax.net.ServerSocketFactory;

/**
 * A getter of the class called on this: no parameters, and its body is {@code return field;} or
 * {@code return this.field;}. It gives the field's default; any other body is a call like any other.
 */
class Getters {

  /** The WebSocket-server shape: -1 until someone calls the setter, and the JDK makes it 50. */
  private int maxPendingConnections = -1;

  private int queueLength = 100;

  /** The log-receiver shape: port and backlog both come from getters of defaulted fields. */
  private int port = 4560;

  private int backlog = 50;

  public int getMaxPendingConnections() {
    return maxPendingConnections;
  }

  public void setMaxPendingConnections(int maxPendingConnections) {
    this.maxPendingConnections = maxPendingConnections;
  }

  public int getQueueLength() {
    return this.queueLength;
  }

  public int getPort() {
    return port;
  }

  public int getBacklog() {
    return backlog;
  }

  int atLeastTheKernelLimit() {
    return Math.max(queueLength, 4096);
  }

  int queueLengthOr(int fallback) {
    return queueLength;
  }

  void start(ServerSocketChannel server, InetSocketAddress address) throws IOException {
    server.socket().bind(address, getMaxPendingConnections()); // FLAG: -1
  }

  ServerSocket explicitThis() throws IOException {
    return new ServerSocket(8080, this.getQueueLength()); // FLAG: 100
  }

  ServerSocket throughALocal() throws IOException {
    int queue = getQueueLength();
    return new ServerSocket(8080, queue); // FLAG: 100
  }

  ServerSocket receiver(ServerSocketFactory factory) throws IOException {
    return factory.createServerSocket(getPort(), getBacklog(), null); // FLAG: 50
  }

  ServerSocket computingGetter() throws IOException {
    return new ServerSocket(8080, atLeastTheKernelLimit()); // OK: not a getter, a call
  }

  ServerSocket getterWithAParameter() throws IOException {
    return new ServerSocket(8080, queueLengthOr(10)); // OK: not a getter, a call
  }

  ServerSocket getterOfAnotherInstance(Getters other) throws IOException {
    return new ServerSocket(8080, other.getQueueLength()); // OK: not called on this
  }
}
