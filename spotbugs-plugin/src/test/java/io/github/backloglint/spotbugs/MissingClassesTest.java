package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code that uses a library missing from the aux classpath: the detector cannot tell whether a call
 * is a sink or a configuration read, so it stays silent there, logs no error, and still reports what
 * it can resolve.
 */
class MissingClassesTest {

  private static final String FILE = "sample/NettyServer.java";

  @Test
  void nettyMissingFromTheAuxClasspath(@TempDir Path dir) {
    String source = """
        package sample;

        import io.netty.bootstrap.ServerBootstrap;
        import io.netty.channel.ChannelOption;
        import io.netty.channel.epoll.EpollChannelOption;
        import io.netty.channel.socket.ServerSocketChannelConfig;
        import java.io.IOException;
        import java.net.ServerSocket;

        class NettyServer {
          void configure(ServerBootstrap bootstrap, ServerSocketChannelConfig config) {
            bootstrap.option(ChannelOption.SO_BACKLOG, 128)
                .childOption(EpollChannelOption.SO_BACKLOG, 64);
            config.setBacklog(100);
          }

          ServerSocket jdk() throws IOException {
            return new ServerSocket(8080, 128);
          }
        }
        """;
    Path classes = SpotBugsRun.compileInline(dir, Map.of(FILE, source), SpotBugsRun.libraries());

    SpotBugsRun.Result without = SpotBugsRun.analyse(classes, List.of(), Map.of());
    assertThat(without.errors()).isEmpty();
    assertThat(without.findings()).containsExactly(new Finding(FILE, 18, 128));

    // The same class with Netty resolvable: the Netty sinks are found, so the silence above is due
    // to the missing classes only.
    SpotBugsRun.Result with = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    assertThat(with.errors()).isEmpty();
    assertThat(with.findings()).containsExactly(
        new Finding(FILE, 12, 128), new Finding(FILE, 13, 64), new Finding(FILE, 14, 100),
        new Finding(FILE, 18, 128));
  }

  @Test
  void aConfigurationLibraryMissingFromTheAuxClasspath(@TempDir Path dir) {
    String file = "sample/HadoopServer.java";
    String source = """
        package sample;

        import java.io.IOException;
        import java.net.ServerSocket;
        import org.apache.hadoop.conf.Configuration;

        class HadoopServer {
          ServerSocket listen(Configuration conf) throws IOException {
            return new ServerSocket(8080, conf.getInt("ipc.server.listen.queue.size", 128));
          }

          ServerSocket jdk() throws IOException {
            return new ServerSocket(8080, Integer.getInteger("backlog", 64));
          }
        }
        """;
    Path classes = SpotBugsRun.compileInline(dir, Map.of(file, source), SpotBugsRun.libraries());

    // Without Hadoop, its Configuration is no configuration read: silent, as for a sink.
    SpotBugsRun.Result without = SpotBugsRun.analyse(classes, List.of(), Map.of());
    assertThat(without.errors()).isEmpty();
    assertThat(without.findings()).containsExactly(new Finding(file, 13, 64));

    SpotBugsRun.Result with = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    assertThat(with.errors()).isEmpty();
    assertThat(with.findings()).containsExactly(new Finding(file, 9, 128), new Finding(file, 13, 64));
  }
}
