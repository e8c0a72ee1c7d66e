package corpus.classdefaults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The JDK's configuration reads with a hard-coded fallback: whoever does not set the property gets
 * the fallback, which is the finding's value. The read reaches the sink directly or through a local
 * whose only assignment it is; any further computation on it is a call like any other.
 */
class JdkReads {

  private static final String BACKLOG_PROPERTY = "server.backlog";

  ServerSocket systemInteger() throws IOException {
    return new ServerSocket(8080, Integer.getInteger("server.backlog", 50)); // FLAG: 50
  }

  ServerSocket systemIntegerBoxedFallback() throws IOException {
    return new ServerSocket(8080, Integer.getInteger(BACKLOG_PROPERTY, Integer.valueOf(64))); // FLAG: 64
  }

  ServerSocket systemIntegerThroughALocal() throws IOException {
    int queue = Integer.getInteger(BACKLOG_PROPERTY, 100);
    return new ServerSocket(8080, queue); // FLAG: 100
  }

  ServerSocket parsedSystemProperty() throws IOException {
    return new ServerSocket(8080, Integer.parseInt(System.getProperty("server.backlog", "50"))); // FLAG: 50
  }

  ServerSocket parsedProperties(Properties props) throws IOException {
    return new ServerSocket(8080, Integer.valueOf(props.getProperty("backlog", "100"))); // FLAG: 100
  }

  ServerSocket mapDefault(Map<String, Integer> settings) throws IOException {
    return new ServerSocket(8080, settings.getOrDefault("backlog", 100)); // FLAG: 100
  }

  ServerSocket optionalDefault(Optional<Integer> configured) throws IOException {
    return new ServerSocket(8080, configured.orElse(64)); // FLAG: 64
  }

  ServerSocketChannel optionalIntDefault(OptionalInt configured, InetSocketAddress address)
      throws IOException {
    return ServerSocketChannel.open().bind(address, configured.orElse(64)); // FLAG: 64
  }

  ServerSocket knownLocalFallback() throws IOException {
    int fallback = 32;
    return new ServerSocket(8080, Integer.getInteger(BACKLOG_PROPERTY, fallback)); // FLAG: 32
  }

  ServerSocket unknownKey(String key) throws IOException {
    return new ServerSocket(8080, Integer.getInteger(key, 50)); // FLAG: 50
  }

  /** A port read with a fallback of 0 is not a known port: the backlog is judged as usual. */
  ServerSocket portFromAProperty() throws IOException {
    return new ServerSocket(Integer.getInteger("server.port", 0), 50); // FLAG: 50
  }

  ServerSocket largeFallback() throws IOException {
    return new ServerSocket(8080, Integer.getInteger("server.backlog", 4096)); // OK: above the minimum
  }

  ServerSocket unknownFallback(int fallback) throws IOException {
    return new ServerSocket(8080, Integer.getInteger("server.backlog", fallback)); // OK: a parameter
  }

  ServerSocket withoutFallback() throws IOException {
    return new ServerSocket(8080, Integer.getInteger("server.backlog")); // OK: no fallback
  }

  ServerSocket parsedWithoutFallback() throws IOException {
    return new ServerSocket(8080, Integer.parseInt(System.getProperty("server.backlog"))); // OK: no fallback
  }

  ServerSocket nonNumericFallback() throws IOException {
    return new ServerSocket(8080, Integer.parseInt(System.getProperty("server.backlog", "small"))); // OK: not a number
  }

  ServerSocket notOneOfTheParsers() throws IOException {
    return new ServerSocket(8080, Integer.decode(System.getProperty("server.backlog", "50"))); // OK: decode is not followed
  }

  ServerSocket computedFromARead() throws IOException {
    return new ServerSocket(8080, Integer.getInteger("server.backlog", 64) * 4); // OK: computed from the read
  }

  ServerSocket lazyDefault(Optional<Integer> configured) throws IOException {
    return new ServerSocket(8080, configured.orElseGet(() -> 64)); // OK: orElseGet is a call
  }

  ServerSocket readReassigned() throws IOException {
    int queue = Integer.getInteger("server.backlog", 50);
    queue = Math.max(queue, 1024);
    return new ServerSocket(8080, queue); // OK: assigned twice
  }

  ServerSocket ownGetInt(Settings settings) throws IOException {
    return new ServerSocket(8080, settings.getInt("server.backlog", 50)); // OK: the project's own method
  }

  /** A project's own settings class with a method shaped like a configuration read. */
  static class Settings {
    private final Properties values = new Properties();

    int getInt(String key, int fallback) {
      String value = values.getProperty(key);
      return value == null ? fallback : Integer.parseInt(value);
    }
  }
}
