package io.github.backloglint.benchmarks;

import java.util.concurrent.atomic.LongAdder;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;

/**
 * The baseline for the PMD rule: the same shape as {@code SmallListenBacklogRule} (a rule-chain
 * rule over method calls, constructor calls and explicit constructor invocations) that reports
 * nothing. It only counts its visits, so that a run proves the rule chain really called it.
 */
public class NoOpRule extends AbstractJavaRulechainRule {

  static final LongAdder VISITS = new LongAdder();

  public NoOpRule() {
    super(ASTMethodCall.class, ASTConstructorCall.class, ASTExplicitConstructorInvocation.class);
  }

  @Override
  public Object visit(ASTMethodCall node, Object data) {
    VISITS.increment();
    return data;
  }

  @Override
  public Object visit(ASTConstructorCall node, Object data) {
    VISITS.increment();
    return data;
  }

  @Override
  public Object visit(ASTExplicitConstructorInvocation node, Object data) {
    VISITS.increment();
    return data;
  }
}
