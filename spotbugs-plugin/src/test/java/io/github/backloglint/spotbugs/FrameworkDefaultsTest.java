package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers built without their knob, in bytecode shapes the corpus does not pin down: each reported
 * shape beside a silent one that differs in a single use.
 */
class FrameworkDefaultsTest {

  private static final String FILE = "sample/Defaults.java";
  private static final String SOURCE = """
      package sample;

      import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
      import org.apache.hc.core5.http.io.SocketConfig;
      import org.apache.thrift.transport.TServerSocket;
      import org.eclipse.jetty.server.Connector;
      import org.eclipse.jetty.server.Server;
      import org.eclipse.jetty.server.ServerConnector;

      class Defaults {
        void nullChecked(Server server) {
          ServerConnector connector = new ServerConnector(server);
          if (connector != null && null != connector) {
            server.addConnector(connector);
          }
        }

        void synchronizedOn(Server server) {
          ServerConnector connector = new ServerConnector(server);
          synchronized (connector) {
            server.addConnector(connector);
          }
        }

        void twoInOneArray(Server server) {
          ServerConnector plain = new ServerConnector(server);
          ServerConnector secure = new ServerConnector(server);
          server.setConnectors(new Connector[] {plain, secure});
        }

        void arrayKeptInALocal(Server server) {
          ServerConnector connector = new ServerConnector(server);
          Connector[] connectors = {connector};
          server.setConnectors(connectors);
        }

        void printed(Server server) {
          ServerConnector connector = new ServerConnector(server);
          server.addConnector(connector);
          System.out.println("listening on " + connector);
        }

        void closedThriftTransport() throws Exception {
          TServerSocket transport = new TServerSocket(9090);
          transport.close();
        }

        ServerBootstrap configGivenTwice() {
          SocketConfig config = SocketConfig.custom().setTcpNoDelay(true).build();
          ServerBootstrap.bootstrap().setSocketConfig(config);
          return ServerBootstrap.bootstrap().setSocketConfig(config);
        }

        ServerBootstrap configNullChecked() {
          SocketConfig config = SocketConfig.custom().build();
          return config == null ? null : ServerBootstrap.bootstrap().setSocketConfig(config);
        }

        ServerBootstrap builderInALocal() {
          SocketConfig.Builder builder = SocketConfig.custom();
          return ServerBootstrap.bootstrap().setSocketConfig(builder.build());
        }

        void tomcat(org.apache.catalina.startup.Tomcat tomcat) {
          org.apache.catalina.connector.Connector connector = new org.apache.catalina.connector.Connector();
          tomcat.setConnector(connector);
        }
      }
      """;

  private static Path classes;

  @BeforeAll
  static void compile(@TempDir Path dir) {
    classes = SpotBugsRun.compileInline(dir, Map.of(FILE, SOURCE), SpotBugsRun.libraries());
  }

  private static Finding at(int line, int value) {
    return new Finding(FILE, line, value);
  }

  @Test
  void onlyObjectsWhoseEveryUseIsAllowedAndThatListenAreReported() {
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).containsExactly(
        at(12, 50), // a null check is no use
        // 19: synchronized on it (a copy to a hidden local): silent
        at(26, 50), // both elements of the array given to the server
        at(27, 50),
        // 32: the array is held in a local first: silent
        // 38: printed, a string concatenation: silent
        at(44, 50), // a framework's server is never a port probe
        at(49, 50), // one finding however often it is given to a server
        // 55: a configuration's null check is not a use given to a server: silent
        // 60: the builder itself held in a local: silent
        at(65, 100));
    assertThat(result.bugs().stream().map(SpotBugsRun::message))
        .contains("listen backlog 100 (the Tomcat default: acceptCount is not set, so Tomcat uses"
            + " 100) is below 1024: the kernel lowers a larger backlog to its limit"
            + " (net.core.somaxconn) but never raises a small one; set acceptCount to"
            + " Integer.MAX_VALUE or a resolved limit");
  }

  @Test
  void aDefaultAboveTheMinimumIsNotReportedButTheJdksFiftyAlwaysIs() {
    SpotBugsRun.Result result =
        SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of("backloglint.minimumBacklog", "64"));
    assertThat(result.findings()).contains(at(12, 50)).doesNotContain(at(65, 100));
  }

  @Test
  void reportFrameworkDefaultsOffSilencesThemAll() {
    SpotBugsRun.Result result = SpotBugsRun.analyse(
        classes, SpotBugsRun.libraries(), Map.of("backloglint.reportFrameworkDefaults", "false"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).isEqualTo(List.of());
  }
}
