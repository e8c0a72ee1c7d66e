package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each option is declared once; every tool's spelling and default come from the declaration. */
class BacklogOptionTest {

  @Test
  void eachToolSpellsTheSameOption() {
    assertThat(BacklogOption.MINIMUM_BACKLOG.flagName()).isEqualTo("SmallListenBacklog:MinimumBacklog");
    assertThat(BacklogOption.IGNORE_PORT_PROBES.systemProperty()).isEqualTo("backloglint.ignorePortProbes");
    assertThat(BacklogOption.ALL)
        .extracting(BacklogOption::name)
        .containsExactly("minimumBacklog", "ignoreEphemeralPorts", "ignorePortProbes",
            "reportFrameworkDefaults", "reportConfigurableDefaults", "replacement");
  }

  @Test
  void theDeclaredDefaultsAreTheDefaultOptions() {
    Map<String, String> defaults = new HashMap<>();
    for (BacklogOption<?> option : BacklogOption.ALL) {
      if (!option.defaultText().isEmpty()) { // the replacement's default is each sink's own
        defaults.put(option.name(), option.defaultText());
      }
    }
    assertThat(BacklogOptions.read(option -> defaults.get(option.name()), BacklogOption::name))
        .isEqualTo(BacklogOptions.DEFAULTS);
  }

  @Test
  void everyOptionIsDescribed() {
    assertThat(BacklogOption.ALL).allSatisfy(option -> assertThat(option.description()).isNotBlank());
  }
}
