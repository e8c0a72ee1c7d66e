package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.Finding;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @SuppressFBWarnings("SMALL_LISTEN_BACKLOG")} silences the detector, and only it. */
class SuppressionTest {

  private static final String FILE = "sample/Suppressed.java";

  @Test
  void suppressFbWarningsOnMethodAndClass(@TempDir Path dir) {
    String source = """
        package sample;

        import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
        import java.io.IOException;
        import java.net.ServerSocket;

        class Suppressed {
          @SuppressFBWarnings("SMALL_LISTEN_BACKLOG")
          ServerSocket suppressed() throws IOException {
            return new ServerSocket(8080, 128);
          }

          @SuppressFBWarnings("SOME_OTHER_PATTERN")
          ServerSocket otherPattern() throws IOException {
            return new ServerSocket(8080, 128);
          }

          ServerSocket reported() throws IOException {
            return new ServerSocket(8080);
          }
        }

        @SuppressFBWarnings("SMALL_LISTEN_BACKLOG")
        class WholeClass {
          ServerSocket suppressed() throws IOException {
            return new ServerSocket(8080, 64);
          }
        }
        """;
    Path classes = SpotBugsRun.compileInline(dir, Map.of(FILE, source), SpotBugsRun.libraries());
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).containsExactly(new Finding(FILE, 15, 128), new Finding(FILE, 19, 50));
  }
}
