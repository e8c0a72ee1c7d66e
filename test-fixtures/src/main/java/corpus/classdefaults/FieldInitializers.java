package corpus.classdefaults;

import com.sun.net.httpserver.HttpServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A field of the class that holds the sink, read there, whose only values are its initializer: the
 * class declares no constructor (javac's default one assigns nothing), so whoever does not call the
 * setter gets the initializer. The finding's value is that default as the sink gets it.
 */
class FieldInitializers {

  /** The mail-server shape: a default of 50 and a setter nobody has to call. */
  private int backlog = 50;

  /** The JAX-WS exporter shape: -1, which the JDK turns into 50. */
  private int httpBacklog = -1;

  /** Never assigned: an int field starts at 0, the JDK's 50. */
  private int unassigned;

  /** Never assigned: an Integer field starts at null, which is no backlog at all. */
  private Integer unassignedBoxed;

  /** A boxed initializer is a known value boxed: Netty takes it as it is. */
  private Integer nettyBacklog = 100;

  /** Another annotation than an injection changes nothing. */
  @Deprecated private int deprecatedBacklog = 64;

  private int large = 4096;

  private int port = 0;

  public void setBacklog(int backlog) {
    this.backlog = backlog;
  }

  public void setHttpBacklog(int httpBacklog) {
    this.httpBacklog = httpBacklog;
  }

  public void setPort(int port) {
    this.port = port;
  }

  ServerSocket bindThroughThis(InetSocketAddress address) throws IOException {
    ServerSocket serverSocket = new ServerSocket(); // OK: binds nothing
    serverSocket.bind(address, this.backlog); // FLAG: 50
    return serverSocket;
  }

  ServerSocket simpleName() throws IOException {
    return new ServerSocket(25, backlog); // FLAG: 50
  }

  ServerSocket throughALocal() throws IOException {
    int queue = backlog;
    return new ServerSocket(25, queue); // FLAG: 50
  }

  HttpServer minusOne(InetSocketAddress address) throws IOException {
    return HttpServer.create(address, httpBacklog); // FLAG: -1
  }

  ServerSocketChannel neverAssigned(InetSocketAddress address) throws IOException {
    return ServerSocketChannel.open().bind(address, unassigned); // FLAG: 0
  }

  ServerBootstrap neverAssignedInteger(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, unassignedBoxed); // OK: null, not a value
  }

  ServerBootstrap boxedInitializer(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, nettyBacklog); // FLAG: 100
  }

  ServerSocket otherAnnotation() throws IOException {
    return new ServerSocket(8080, deprecatedBacklog); // FLAG: 64
  }

  ServerSocket largeDefault() throws IOException {
    return new ServerSocket(8080, large); // OK: the default is above the minimum
  }

  /** The acceptor thread reads the field from a lambda: still this class's field. */
  Future<ServerSocket> fromALambda(ExecutorService executor) {
    return executor.submit(() -> new ServerSocket(25, backlog)); // FLAG: 50
  }

  /** A defaulted field gives a backlog only: its 0 is not a known port, so no exemption. */
  ServerSocket portFromAField() throws IOException {
    return new ServerSocket(port, 10); // FLAG: 10
  }

  ServerSocket ephemeralPort() throws IOException {
    return new ServerSocket(0, backlog); // OK: an ephemeral port
  }

  ServerSocketChannel ephemeralAddress() throws IOException {
    return ServerSocketChannel.open().bind(new InetSocketAddress(0), backlog); // OK: an ephemeral port
  }

  boolean isFree(int candidate) {
    try (ServerSocket probe = new ServerSocket(candidate, backlog)) { // OK: a port probe
      return probe.isBound();
    } catch (IOException inUse) {
      return false;
    }
  }
}
