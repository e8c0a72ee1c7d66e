package corpus.classdefaults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CommonConfigurationKeysPublic;

/**
 * Hadoop's {@code Configuration.getInt(key, fallback)}: the IPC server's accept queue is {@code
 * ipc.server.listen.queue.size}, whose fallback is the backlog of every cluster that does not set it.
 * Subtypes of {@code Configuration} count ({@code JobConf}, {@code HdfsConfiguration}, a project's
 * own).
 */
class HadoopReads {

  ServerSocket direct(Configuration conf) throws IOException {
    return new ServerSocket(8020, conf.getInt("ipc.server.listen.queue.size", 128)); // FLAG: 128
  }

  void throughALocal(Configuration conf, ServerSocketChannel acceptChannel, InetSocketAddress address)
      throws IOException {
    int backlogLength =
        conf.getInt(
            CommonConfigurationKeysPublic.IPC_SERVER_LISTEN_QUEUE_SIZE_KEY,
            CommonConfigurationKeysPublic.IPC_SERVER_LISTEN_QUEUE_SIZE_DEFAULT);
    acceptChannel.socket().bind(address, backlogLength); // FLAG: 256
  }

  ServerSocket throughASubtype(ServerConf conf) throws IOException {
    return new ServerSocket(8020, conf.getInt("ipc.server.listen.queue.size", 64)); // FLAG: 64
  }

  ServerSocket largeFallback(Configuration conf) throws IOException {
    return new ServerSocket(8020, conf.getInt("ipc.server.listen.queue.size", 4096)); // OK: above the minimum
  }

  ServerSocket computedFromTheRead(Configuration conf) throws IOException {
    return new ServerSocket(8020, conf.getInt("ipc.server.listen.queue.size", -1) + 1); // OK: computed from the read
  }

  ServerSocket fallbackFromTheCaller(Configuration conf, int fallback) throws IOException {
    return new ServerSocket(8020, conf.getInt("ipc.server.listen.queue.size", fallback)); // OK: a parameter
  }

  /** A project's own configuration type: a Configuration all the same. */
  static class ServerConf extends Configuration {
    ServerConf() {
      super(false);
    }
  }

  /** The IPC-server shape: the constructor reads the configuration into a field. */
  static class IpcServer {
    private final int backlogLength;
    private final ServerSocketChannel acceptChannel;

    IpcServer(Configuration conf) throws IOException {
      this.backlogLength = conf.getInt("ipc.server.listen.queue.size", 128);
      this.acceptChannel = ServerSocketChannel.open();
    }

    void start(InetSocketAddress address) throws IOException {
      acceptChannel.socket().bind(address, backlogLength); // FLAG: 128
    }
  }

  /** Two constructors: a configuration read and a constant; the smallest is the value. */
  static class TwoSources {
    private final int backlog;

    TwoSources(Configuration conf) {
      this.backlog = conf.getInt("server.backlog", 512);
    }

    TwoSources() {
      this.backlog = 100;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8020, backlog); // FLAG: 100
    }
  }

  /** A read whose fallback is the caller's makes the field unknown. */
  static class FallbackFromOutside {
    private final int backlog;

    FallbackFromOutside(Configuration conf, int fallback) {
      this.backlog = conf.getInt("server.backlog", fallback);
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8020, backlog); // OK: the fallback is a parameter
    }
  }
}
