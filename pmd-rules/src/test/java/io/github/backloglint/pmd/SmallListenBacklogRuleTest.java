package io.github.backloglint.pmd;

import java.util.List;

import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.test.PmdRuleTst;

/**
 * PMD's own rule tests: the cases in {@code xml/SmallListenBacklog.xml} beside this class, run
 * against the rule as the shipped ruleset defines it.
 */
class SmallListenBacklogRuleTest extends PmdRuleTst {

  @Override
  protected List<Rule> getRules() {
    return List.of(findRule(PmdRunner.RULESET, "SmallListenBacklog"));
  }
}
