package corpus.jdk;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Sinks in every place code runs (static and instance initializers, constructors, enum constant
 * bodies, default methods, a lambda in a field) and less common sink and Netty option forms.
 */
class SinkPlaces {
  static ServerSocket shared;
  private ServerSocket socket;
  private final Callable<ServerSocket> factory = () -> new ServerSocket(8082, 5); // FLAG: 5

  static {
    try {
      shared = new ServerSocket(8081); // FLAG: 50
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  SinkPlaces() throws IOException {
    socket = new ServerSocket(8083); // FLAG: 50
  }

  enum Mode {
    PLAIN {
      @Override
      ServerSocket open() throws IOException {
        return new ServerSocket(8084, 64); // FLAG: 64
      }
    };

    abstract ServerSocket open() throws IOException;
  }

  interface Opener {
    default ServerSocket open() throws IOException {
      return new ServerSocket(8085, 32); // FLAG: 32
    }
  }

  ServerSocketChannel provider(InetSocketAddress address) throws IOException {
    return SelectorProvider.provider().openServerSocketChannel().bind(address, 10); // FLAG: 10
  }

  AsynchronousServerSocketChannel inGroup(AsynchronousChannelGroup group, InetSocketAddress address)
      throws IOException {
    return AsynchronousServerSocketChannel.open(group).bind(address); // FLAG: 50
  }

  ServerBootstrap nullValue(ServerBootstrap b) {
    return b.option(ChannelOption.SO_BACKLOG, null); // OK: unknown value
  }

  <T> ServerBootstrap configure(ServerBootstrap b, ChannelOption<T> option, T value) {
    return b.option(option, value); // OK: not the SO_BACKLOG field
  }

  ServerBootstrap ownGenericMethod(ServerBootstrap b) {
    return configure(b, ChannelOption.SO_BACKLOG, 64); // OK: three arguments
  }

  Object listOf() {
    return List.of(ChannelOption.SO_BACKLOG, 128); // FLAG: 128
  }

  ServerBootstrap statement(ServerBootstrap b) {
    b.option(ChannelOption.SO_BACKLOG, 100); // FLAG: 100
    return b;
  }

  ServerBootstrap twoOnOneChain(ServerBootstrap b) {
    return b
        .option(ChannelOption.SO_BACKLOG, 10) // FLAG: 10
        .childOption(ChannelOption.SO_BACKLOG, 20); // FLAG: 20
  }

  ServerSocket constantConditionWithParam(int param) throws IOException {
    final boolean small = true;
    int b = small ? 10 : param;
    return new ServerSocket(8080, b); // FLAG: 10
  }

  ServerSocket offsetParam(int offset) throws IOException {
    return new ServerSocket(8080, 100 + offset); // OK: unknown
  }
}
