package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.fixtures.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each option, read from its system property when the detector is created, and bad values. */
class OptionsTest {

  private static final String FILE = "sample/Listeners.java";
  private static final String SOURCE = """
      package sample;

      import java.io.IOException;
      import java.net.ServerSocket;

      class Listeners {
        ServerSocket medium() throws IOException {
          return new ServerSocket(8080, 1500);
        }

        ServerSocket ephemeral() throws IOException {
          return new ServerSocket(0);
        }

        int probe(int port) throws IOException {
          try (ServerSocket s = new ServerSocket(port, 1)) {
            return s.getLocalPort();
          }
        }

        ServerSocket small() throws IOException {
          return new ServerSocket(8080, 100);
        }
      }

      class MoreListeners {
        ServerSocket none() throws IOException {
          return new ServerSocket(9090);
        }
      }
      """;

  private static Path classes;

  @BeforeAll
  static void compile(@TempDir Path dir) {
    classes = SpotBugsRun.compileInline(dir, Map.of(FILE, SOURCE), List.of());
  }

  private static SpotBugsRun.Result analyse(Map<String, String> properties) {
    return SpotBugsRun.analyse(classes, List.of(), properties);
  }

  private static Finding at(int line, int value) {
    return new Finding(FILE, line, value);
  }

  @Test
  void defaultsReportSmallAndMissingBacklogsOnly() {
    SpotBugsRun.Result result = analyse(Map.of());
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).containsExactly(at(22, 100), at(28, 50));
  }

  @Test
  void minimumBacklogRaisesTheBar() {
    SpotBugsRun.Result result = analyse(Map.of("backloglint.minimumBacklog", "2048"));
    assertThat(result.findings()).containsExactly(at(8, 1500), at(22, 100), at(28, 50));
    assertThat(SpotBugsRun.message(result.bugs().get(0))).contains("is below 2048");
  }

  @Test
  void ephemeralPortsCanBeReported() {
    SpotBugsRun.Result result = analyse(Map.of("backloglint.ignoreEphemeralPorts", "false"));
    assertThat(result.findings()).containsExactly(at(12, 50), at(22, 100), at(28, 50));
  }

  @Test
  void portProbesCanBeReported() {
    SpotBugsRun.Result result = analyse(Map.of("backloglint.ignorePortProbes", "false"));
    assertThat(result.findings()).containsExactly(at(16, 1), at(22, 100), at(28, 50));
  }

  @Test
  void replacementIsNamedInTheMessage() {
    SpotBugsRun.Result result = analyse(Map.of("backloglint.replacement", "com.acme.net.Backlogs.max()"));
    assertThat(result.bugs()).hasSize(2);
    assertThat(result.bugs()).allSatisfy(bug -> assertThat(SpotBugsRun.message(bug))
        .contains("pass Backlogs.max() or a resolved limit"));
  }

  @Test
  void theMessageIsCoreMessageAndTheUserSeesIt() {
    SpotBugsRun.Result result = analyse(Map.of());
    String expected = BacklogRule.message(100, BacklogRule.Reason.BELOW_MINIMUM, 1024, "Integer.MAX_VALUE");
    assertThat(SpotBugsRun.message(result.bugs().get(0))).isEqualTo(expected);
    assertThat(result.bugs().get(0).getMessageWithoutPrefix()).contains(expected);
    assertThat(result.bugs().get(1).getMessageWithoutPrefix())
        .startsWith("listen backlog 50 (the JDK default when none is passed) is below 1024");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "backloglint.minimumBacklog       | abc    | expected a whole number >= 1",
      "backloglint.minimumBacklog       | -5     | expected a whole number >= 1",
      "backloglint.ignoreEphemeralPorts | yes    | expected true or false",
      "backloglint.ignorePortProbes     | 0      | expected true or false",
      "backloglint.reportFrameworkDefaults | off  | expected true or false",
      "backloglint.reportConfigurableDefaults | no | expected true or false",
      "backloglint.replacement          | 42     | expected a static field or no-argument static method",
  })
  void aMalformedOptionIsOneClearErrorAndNoSilentDefault(String property, String value, String hint) {
    SpotBugsRun.Result result = analyse(Map.of(property, value));
    assertThat(result.errors()).singleElement().asString()
        .startsWith("SMALL_LISTEN_BACKLOG: Invalid value for option " + property + ": '" + value + "'")
        .contains(hint)
        .contains("the detector is disabled")
        .doesNotContain("Exception");
    assertThat(result.findings()).isEmpty();
  }
}
