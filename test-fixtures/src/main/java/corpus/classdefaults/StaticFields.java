package corpus.classdefaults;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * Static fields of the class that holds the sink: their candidates are the initializer and the
 * static initializer blocks. A static field that an instance constructor assigns is unknown.
 */
class StaticFields {

  /** Not final: anyone may change it, but nobody has to. */
  private static int defaultBacklog = 64;

  /** A blank static final assigned in a static block: no constant, but a known default. */
  private static final int FROM_STATIC_BLOCK;

  /** A boxed value is never a compile-time constant, but it is a known default. */
  private static final Integer BOXED_BACKLOG = 100;

  /** The usual tunable: a configuration read with a fallback, in the initializer. */
  private static final int PROPERTY_BACKLOG = Integer.getInteger("server.backlog", 50);

  /** The same with a textual fallback, parsed. */
  private static final int PARSED_BACKLOG = Integer.parseInt(System.getProperty("admin.backlog", "16"));

  static {
    FROM_STATIC_BLOCK = 128;
  }

  ServerSocket nonFinalStatic() throws IOException {
    return new ServerSocket(8080, defaultBacklog); // FLAG: 64
  }

  ServerSocket qualifiedStatic() throws IOException {
    return new ServerSocket(8080, StaticFields.defaultBacklog); // FLAG: 64
  }

  ServerSocket staticBlock() throws IOException {
    return new ServerSocket(8080, FROM_STATIC_BLOCK); // FLAG: 128
  }

  ServerBootstrap staticFinalInteger(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, BOXED_BACKLOG); // FLAG: 100
  }

  ServerSocket configuredInTheInitializer() throws IOException {
    return new ServerSocket(8080, PROPERTY_BACKLOG); // FLAG: 50
  }

  ServerSocket parsedInTheInitializer() throws IOException {
    return new ServerSocket(9090, PARSED_BACKLOG); // FLAG: 16
  }

  static int defaultBacklog() {
    return defaultBacklog;
  }

  ServerSocket staticGetter() throws IOException {
    return new ServerSocket(8080, defaultBacklog()); // FLAG: 64
  }

  /** A static nested class reads its enclosing class' static field. */
  static class Acceptor {
    ServerSocket open() throws IOException {
      return new ServerSocket(8080, StaticFields.defaultBacklog); // FLAG: 64
    }
  }

  /** Each instance constructor resets the static field: not a default of the class. */
  static class ResetByInstances {
    private static int sharedBacklog = 50;

    ResetByInstances(int backlog) {
      sharedBacklog = backlog;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, sharedBacklog); // OK: a static field assigned in a constructor
    }
  }

  /** A static field assigned a constant by an instance constructor is unknown all the same. */
  static class ConstantFromInstances {
    private static int sharedBacklog;

    ConstantFromInstances() {
      sharedBacklog = 100;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, sharedBacklog); // OK: a static field assigned in a constructor
    }
  }
}
