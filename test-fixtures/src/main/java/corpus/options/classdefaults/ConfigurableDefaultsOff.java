// backlog-lint options: reportConfigurableDefaults=false
package corpus.options.classdefaults;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import org.apache.hadoop.conf.Configuration;
import org.eclipse.jetty.server.ServerConnector;
import org.springframework.beans.factory.annotation.Value;
import org.xnio.OptionMap;
import org.xnio.Options;

/**
 * With reportConfigurableDefaults off, a class's defaults (fields, getters, configuration reads)
 * are unknown backlogs again; known values and calls without a backlog are reported as ever.
 */
class ConfigurableDefaultsOff {

  private int backlog = 50;

  private int unassigned;

  private static final Integer BOXED_BACKLOG = 100;

  @Value("${netty.so-backlog:128}")
  private int springBacklog;

  public int getBacklog() {
    return backlog;
  }

  ServerSocket fieldDefault() throws IOException {
    return new ServerSocket(8080, backlog); // OK: configurable defaults are off
  }

  ServerSocket getter() throws IOException {
    return new ServerSocket(8080, getBacklog()); // OK: configurable defaults are off
  }

  void neverAssigned(ServerConnector connector) {
    connector.setAcceptQueueSize(unassigned); // OK: configurable defaults are off
  }

  ServerBootstrap staticFinalInteger(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, BOXED_BACKLOG); // OK: configurable defaults are off
  }

  ServerBootstrap annotated(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, springBacklog); // OK: configurable defaults are off
  }

  ServerSocket systemProperty() throws IOException {
    return new ServerSocket(8080, Integer.getInteger("server.backlog", 50)); // OK: configurable defaults are off
  }

  ServerSocket parsedProperty() throws IOException {
    return new ServerSocket(8080, Integer.parseInt(System.getProperty("server.backlog", "50"))); // OK: configurable defaults are off
  }

  ServerSocket hadoop(Configuration conf) throws IOException {
    int backlogLength = conf.getInt("ipc.server.listen.queue.size", 128);
    return new ServerSocket(8020, backlogLength); // OK: configurable defaults are off
  }

  ServerSocketChannel xnio(OptionMap optionMap, InetSocketAddress address) throws IOException {
    return ServerSocketChannel.open().bind(address, optionMap.get(Options.BACKLOG, 128)); // OK: configurable defaults are off
  }

  ServerSocket knownValue() throws IOException {
    return new ServerSocket(8080, 100); // FLAG: 100
  }

  ServerSocket noBacklog() throws IOException {
    return new ServerSocket(8080); // FLAG: 50
  }
}
