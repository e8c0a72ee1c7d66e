package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Framework rows in bytecode shapes the corpus does not pin down: a configuration copied to a
 * second local, asked for a value, or passed through a local to a client and a server.
 */
class FrameworkKnobsTest {

  private static final String FILE = "sample/Configs.java";
  private static final String SOURCE = """
      package sample;

      import org.apache.hc.core5.http.impl.bootstrap.RequesterBootstrap;
      import org.apache.hc.core5.http.io.SocketConfig;
      import org.eclipse.jetty.server.ServerConnector;

      class Configs {
        void clientOnly() {
          SocketConfig config = SocketConfig.custom().setBacklogSize(10).build();
          RequesterBootstrap.bootstrap().setSocketConfig(config);
        }

        int askedForAValue() {
          SocketConfig config = SocketConfig.custom().setBacklogSize(20).build();
          RequesterBootstrap.bootstrap().setSocketConfig(config);
          return config.getBacklogSize();
        }

        void copied() {
          SocketConfig config = SocketConfig.custom().setBacklogSize(30).build();
          SocketConfig copy = config;
          RequesterBootstrap.bootstrap().setSocketConfig(copy);
        }

        void jetty(ServerConnector connector) {
          connector.setAcceptQueueSize(0);
        }
      }
      """;

  @Test
  void onlyAConfigurationThatOnlyClientsTakeIsExempt(@TempDir Path dir) {
    Path classes = SpotBugsRun.compileInline(dir, Map.of(FILE, SOURCE), SpotBugsRun.libraries());
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).containsExactly(
        new Finding(FILE, 14, 20), // the local is also asked for a value
        new Finding(FILE, 20, 30), // copied to another local: not followed
        new Finding(FILE, 26, 0));
    assertThat(result.bugs().stream().map(SpotBugsRun::message))
        .anyMatch(message -> message.startsWith(
            "listen backlog 0 (Jetty acceptQueueSize 0: the JDK uses 50) is below 1024"));
  }
}
