package io.github.backloglint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.errorprone.ErrorProneFlags;
import io.github.backloglint.drivers.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed flag fails the compilation with one javac error naming the flag and the value, not a
 * compiler crash report, and the check reports nothing with a default in its place.
 */
class InvalidFlagsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "minimumBacklog       | abc   | expected a whole number >= 1",
        "minimumBacklog       | 0     | expected a whole number >= 1",
        "minimumBacklog       | -5    | expected a whole number >= 1",
        "ignoreEphemeralPorts | yes   | expected true or false",
        "ignorePortProbes     | 1     | expected true or false",
        "reportFrameworkDefaults | on | expected true or false",
        "reportConfigurableDefaults | abc | expected true or false",
        "replacement          | max   | expected a static field or no-argument static method",
        "replacement          | a.b(1) | expected a static field or no-argument static method",
      })
  void failsTheBuildNamingTheFlagAndTheValue(String option, String value, String expected)
      throws IOException {
    Path source = dir.resolve("Server.java");
    Files.writeString(
        source,
        "class Server { java.net.ServerSocket s() throws Exception {"
            + " return new java.net.ServerSocket(8080); } }\n");
    Path otherSource = dir.resolve("Other.java");
    Files.writeString(otherSource, "class Other {}\n");

    Compilation result =
        PluginCompilation.compile(
            Files.createDirectories(dir.resolve("classes")),
            List.of(source, otherSource),
            Map.of(option, value));

    String flag = SmallListenBacklog.flagName(option);
    assertThat(result.success()).isFalse();
    assertThat(result.ofKind(Diagnostic.Kind.ERROR))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getMessage(Locale.ROOT))
                  .startsWith("Invalid value for option " + flag + ": '" + value + "'")
                  .contains(expected);
              // Like a bad command-line option: no source line to point at.
              assertThat(error.getLineNumber()).isEqualTo(Diagnostic.NOPOS);
            });
    assertThat(result.ofKind(Diagnostic.Kind.WARNING)).isEmpty();
    assertThat(result.output()).doesNotContainIgnoringCase("exception");
  }

  @ParameterizedTest
  @CsvSource({
    "MinimumBacklog, many",
    "IgnoreEphemeralPorts, no",
    "IgnorePortProbes, off",
    "ReportConfigurableDefaults, abc",
    "Replacement, Integer.MAX_VALUE;"
  })
  void readingTheFlagsThrowsNamingThem(String flag, String value) {
    ErrorProneFlags flags =
        ErrorProneFlags.builder().putFlag("SmallListenBacklog:" + flag, value).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SmallListenBacklog.readOptions(flags))
        .withMessageContaining("SmallListenBacklog:" + flag)
        .withMessageContaining("'" + value + "'");
  }
}
