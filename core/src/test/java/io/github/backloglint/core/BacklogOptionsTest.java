package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BacklogOptionsTest {

  private static BacklogOptions read(Map<String, String> values) {
    return BacklogOptions.read(option -> values.get(option.name()), option -> "Rule:" + option.name());
  }

  @Test
  void nothingSetGivesTheDefaults() {
    assertThat(read(Map.of())).isEqualTo(BacklogOptions.DEFAULTS);
    assertThat(BacklogOptions.DEFAULTS.minimumBacklog()).isEqualTo(1024);
  }

  @Test
  void everyOptionIsRead() {
    BacklogOptions options =
        read(
            Map.of(
                "minimumBacklog", "2048",
                "ignoreEphemeralPorts", "false",
                "ignorePortProbes", "FALSE",
                "reportFrameworkDefaults", "false",
                "replacement", "com.acme.net.Backlogs.max()"));
    assertThat(options.minimumBacklog()).isEqualTo(2048);
    assertThat(options.ignoreEphemeralPorts()).isFalse();
    assertThat(options.ignorePortProbes()).isFalse();
    assertThat(options.reportFrameworkDefaults()).isFalse();
    assertThat(options.replacement())
        .isEqualTo(new Replacement("com.acme.net.Backlogs", "max", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-5", "0", "", "1.5", "99999999999"})
  void malformedMinimumNamesTheOptionAndTheValue(String value) {
    assertThatThrownBy(() -> read(Map.of("minimumBacklog", value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Rule:minimumBacklog")
        .hasMessageContaining("'" + value + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ignoreEphemeralPorts", "ignorePortProbes", "reportFrameworkDefaults"})
  void malformedBooleanNamesTheOptionAndTheValue(String option) {
    assertThatThrownBy(() -> read(Map.of(option, "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Rule:" + option)
        .hasMessageContaining("'yes'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAX_VALUE", "Integer.MAX_VALUE;", "a.b.c(1)", "Backlogs.max(", "1.2"})
  void malformedReplacementNamesTheOptionAndTheValue(String value) {
    assertThatThrownBy(() -> read(Map.of("replacement", value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Rule:replacement")
        .hasMessageContaining("'" + value + "'");
  }

  @Test
  void defaultReplacementDependsOnTheSink() {
    Sink jdk = Sinks.ofKind(Sink.Kind.CONSTRUCTOR).get(0);
    Sink netty = Sinks.ofKind(Sink.Kind.OPTION).get(0);
    assertThat(BacklogOptions.DEFAULTS.replacementFor(jdk).toString())
        .isEqualTo("Integer.MAX_VALUE");
    assertThat(BacklogOptions.DEFAULTS.replacementFor(netty).toString())
        .isEqualTo("NetUtil.SOMAXCONN");
    Replacement custom = Replacement.parse("r", "com.acme.net.Backlogs.LIMIT");
    BacklogOptions configured = new BacklogOptions(1024, true, true, true, true, custom);
    assertThat(configured.replacementFor(netty)).isSameAs(custom);
    assertThat(configured.replacementFor(jdk)).isSameAs(custom);
  }

  @Test
  void replacementKnowsItsImport() {
    Replacement custom = Replacement.parse("r", "com.acme.net.Backlogs.max()");
    assertThat(custom.isQualified()).isTrue();
    assertThat(custom.owner()).isEqualTo("com.acme.net.Backlogs");
    assertThat(custom.shortExpression()).isEqualTo("Backlogs.max()");
    assertThat(Replacement.INTEGER_MAX_VALUE.isQualified()).isFalse();
  }
}
