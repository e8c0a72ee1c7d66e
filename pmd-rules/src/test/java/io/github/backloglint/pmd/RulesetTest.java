package io.github.backloglint.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.test.RuleTst;
import org.junit.jupiter.api.Test;

/** The ruleset shipped in the jar describes the rule as users and PMD's tools expect. */
class RulesetTest {

  private final Rule rule = RuleTst.findRule(PmdRunner.RULESET, BacklogRule.NAME);

  @Test
  void ruleIsDescribed() {
    assertThat(rule.getName()).isEqualTo("SmallListenBacklog");
    assertThat(rule).isInstanceOf(SmallListenBacklogRule.class);
    assertThat(rule.getLanguage().getId()).isEqualTo("java");
    assertThat(rule.getPriority()).isEqualTo(RulePriority.MEDIUM);
    assertThat(rule.getExternalInfoUrl()).isEqualTo(BacklogRule.DOC_URL);
    assertThat(rule.getMessage()).isEqualTo("{0}");
    assertThat(rule.getDescription()).contains("backlog").contains("@SuppressWarnings(\"PMD.SmallListenBacklog\")");
    assertThat(rule.getExamples()).singleElement().asString().contains("new ServerSocket(port, 128)");
  }

  @Test
  void propertiesDefaultToCore() {
    assertThat(property("minimumBacklog")).isEqualTo(String.valueOf(BacklogOptions.DEFAULT_MINIMUM_BACKLOG));
    assertThat(property("ignoreEphemeralPorts")).isEqualTo("true");
    assertThat(property("ignorePortProbes")).isEqualTo("true");
    assertThat(property("reportFrameworkDefaults")).isEqualTo("true");
    assertThat(property("reportConfigurableDefaults")).isEqualTo("true");
    assertThat(property("replacement")).isEqualTo("");
    assertThat(rule.dysfunctionReason()).isNull();
  }

  private Object property(String name) {
    return rule.getProperty(rule.getPropertyDescriptor(name));
  }
}
