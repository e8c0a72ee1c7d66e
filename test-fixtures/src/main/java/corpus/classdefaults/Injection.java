package corpus.classdefaults;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.ServerSocket;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A field with an injection annotation is set from outside: unknown, whatever its initializer,
 * unless the annotation carries a default (Spring's {@code @Value("${key:N}")} or {@code
 * @Value("N")}, MicroProfile's {@code @ConfigProperty(defaultValue = "N")}), which is then its only
 * value. Each scenario is its own class, as a container would see it.
 */
class Injection {

  static class SpringDefault {
    @Value("${netty.so-backlog:128}")
    private int backlog;

    ServerBootstrap configure(ServerBootstrap bootstrap) {
      return bootstrap.option(ChannelOption.SO_BACKLOG, backlog); // FLAG: 128
    }
  }

  static class SpringPlainValue {
    @Value("64")
    private int backlog;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // FLAG: 64
    }
  }

  static class SpringDefaultOverridesTheInitializer {
    @Value("${server.backlog:100}")
    private int backlog = 4096;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // FLAG: 100
    }
  }

  static class SpringWithoutDefault {
    @Value("${netty.so-backlog}")
    private int backlog = 50;

    ServerBootstrap configure(ServerBootstrap bootstrap) {
      return bootstrap.option(ChannelOption.SO_BACKLOG, backlog); // OK: no default in the annotation
    }
  }

  static class SpringNestedPlaceholder {
    @Value("${netty.so-backlog:${server.backlog:50}}")
    private int backlog;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: a nested placeholder is not followed
    }
  }

  static class SpringExpression {
    @Value("#{T(java.lang.Integer).MAX_VALUE}")
    private int backlog;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: an expression, not a default
    }
  }

  static class MicroProfileDefault {
    @javax.inject.Inject
    @ConfigProperty(name = "server.backlog", defaultValue = "64")
    int backlog;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // FLAG: 64
    }
  }

  static class MicroProfileWithoutDefault {
    @jakarta.inject.Inject
    @ConfigProperty(name = "server.backlog")
    int backlog = 50;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: no default in the annotation
    }
  }

  static class JavaxInject {
    @javax.inject.Inject private int backlog = 50;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: injected
    }
  }

  static class JakartaInject {
    @jakarta.inject.Inject private int backlog = 50;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: injected
    }
  }

  static class SpringAutowired {
    @Autowired(required = false)
    private Integer backlog = 50;

    ServerBootstrap configure(ServerBootstrap bootstrap) {
      return bootstrap.option(ChannelOption.SO_BACKLOG, backlog); // OK: injected
    }
  }

  static class ResourceInjected {
    @jakarta.annotation.Resource(name = "serverBacklog")
    private int backlog = 50;

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: injected
    }
  }
}
