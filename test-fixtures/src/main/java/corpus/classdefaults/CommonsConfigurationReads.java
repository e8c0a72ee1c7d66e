package corpus.classdefaults;

import java.io.IOException;
import java.net.ServerSocket;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ImmutableConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;

/** Apache Commons Configuration 2: {@code getInt(key, fallback)} and {@code getInteger(key, fallback)}. */
class CommonsConfigurationReads {

  ServerSocket getInt(ImmutableConfiguration config) throws IOException {
    return new ServerSocket(8080, config.getInt("server.backlog", 100)); // FLAG: 100
  }

  ServerSocket getInteger(Configuration config) throws IOException {
    return new ServerSocket(8080, config.getInteger("server.backlog", 64)); // FLAG: 64
  }

  ServerSocket onAnImplementation(PropertiesConfiguration config) throws IOException {
    int backlog = config.getInt("server.backlog", 128);
    return new ServerSocket(8080, backlog); // FLAG: 128
  }

  ServerSocket withoutFallback(ImmutableConfiguration config) throws IOException {
    return new ServerSocket(8080, config.getInt("server.backlog")); // OK: no fallback
  }

  ServerSocket largeFallback(ImmutableConfiguration config) throws IOException {
    return new ServerSocket(8080, config.getInt("server.backlog", 2048)); // OK: above the minimum
  }

  ServerSocket nullFallback(ImmutableConfiguration config) throws IOException {
    return new ServerSocket(8080, config.getInteger("server.backlog", null)); // OK: no value
  }
}
