package io.github.backloglint.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import net.sourceforge.pmd.renderers.XMLRenderer;
import net.sourceforge.pmd.reporting.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed property is PMD's configuration error: the rule is removed with a warning
 * ("Removed misconfigured rule: SmallListenBacklog cause: ...") and the report carries the error,
 * naming the property and the value; it never falls back to a default silently.
 */
class BadPropertyTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "minimumBacklog       | abc   | a whole number >= 1",
        "minimumBacklog       | -5    | a whole number >= 1",
        "minimumBacklog       | 0     | a whole number >= 1",
        "minimumBacklog       | 1.5   | a whole number >= 1",
        "ignoreEphemeralPorts | yes   | true or false",
        "ignorePortProbes     | ture  | true or false",
        "reportFrameworkDefaults | no  | true or false",
        "reportFrameworkDefaults | ''  | true or false",
        "reportConfigurableDefaults | on | true or false",
        "reportConfigurableDefaults | 0  | true or false",
        "replacement          | MAX_VALUE | a static field or no-argument static method",
        "replacement          | Backlogs.max(1) | a static field or no-argument static method",
      })
  void badValueIsAConfigurationErrorNamingPropertyAndValue(
      String property, String value, String expectation) throws Exception {
    StringWriter xml = new StringWriter();
    XMLRenderer renderer = new XMLRenderer();
    renderer.setWriter(xml);

    Report report = PmdRunner.analyse(
        List.of(smallServer()), Map.of(property, value), PmdRunner.testClasspath(), 1, tmp, renderer);

    String expected = "Invalid value for option " + property + ": '" + value + "' (expected " + expectation;
    assertThat(report.getConfigurationErrors())
        .singleElement()
        .satisfies(e -> {
          assertThat(e.rule().getName()).isEqualTo("SmallListenBacklog");
          assertThat(e.issue()).startsWith(expected);
        });
    assertThat(report.getViolations()).as("a misconfigured rule does not run").isEmpty();
    assertThat(report.getProcessingErrors()).isEmpty();
    assertThat(xml.toString())
        .contains("<configerror rule=\"SmallListenBacklog\"")
        .contains("option " + property + ": '" + value + "'");
  }

  @Test
  void goodValuesConfigureTheRule() throws Exception {
    Path source = tmp.resolve("Servers.java");
    Files.writeString(source, String.join("\n",
        "class Servers {",
        "  Object open() throws Exception { return new java.net.ServerSocket(80); }",
        "  Object free() throws Exception { return new java.net.ServerSocket(0, 1); }",
        "  Object jetty() { return new org.eclipse.jetty.server.Server(80); }",
        "}"));
    Report report = PmdRunner.analyse(List.of(source),
        Map.of("minimumBacklog", " 32 ", "ignoreEphemeralPorts", "FALSE", "ignorePortProbes", "true",
            "reportFrameworkDefaults", " False ", "reportConfigurableDefaults", "TRUE",
            "replacement", "com.acme.net.Backlogs.max()"),
        PmdRunner.testClasspath(), 1, tmp);
    assertThat(report.getConfigurationErrors()).isEmpty();
    assertThat(report.getViolations())
        .extracting(v -> v.getDescription())
        .containsExactly(
            "listen backlog 50 (the JDK default when none is passed) leaves the accept queue to the"
                + " JDK default: the kernel lowers a larger backlog to its limit (net.core.somaxconn)"
                + " but never raises a small one; pass Backlogs.max() or a resolved limit",
            "listen backlog 1 is below 32: the kernel lowers a larger backlog to its limit"
                + " (net.core.somaxconn) but never raises a small one; pass Backlogs.max() or a"
                + " resolved limit");
  }

  private Path smallServer() throws Exception {
    Path source = tmp.resolve("Server.java");
    Files.writeString(source,
        "class Server { Object open() throws Exception { return new java.net.ServerSocket(80); } }\n");
    return source;
  }
}
