package corpus.classdefaults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/** Spring's {@code getProperty(key, Integer.class, fallback)} on an Environment or any PropertyResolver. */
class SpringReads {

  private final Environment environment;

  SpringReads(Environment environment) {
    this.environment = environment;
  }

  ServerSocket environment() throws IOException {
    return new ServerSocket(8080, environment.getProperty("server.backlog", Integer.class, 128)); // FLAG: 128
  }

  ServerSocketChannel resolver(PropertyResolver resolver, InetSocketAddress address) throws IOException {
    Integer backlog = resolver.getProperty("server.backlog", Integer.class, 64);
    return ServerSocketChannel.open().bind(address, backlog); // FLAG: 64
  }

  ServerSocket withoutFallback() throws IOException {
    return new ServerSocket(8080, environment.getProperty("server.backlog", Integer.class)); // OK: no fallback
  }

  ServerSocket required() throws IOException {
    return new ServerSocket(8080, environment.getRequiredProperty("server.backlog", Integer.class)); // OK: no fallback
  }

  ServerSocket largeFallback() throws IOException {
    return new ServerSocket(8080, environment.getProperty("server.backlog", Integer.class, 4096)); // OK: above the minimum
  }
}
