package io.github.backloglint.pmd;

import io.github.backloglint.core.Sink;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;

/**
 * HttpCore's client rule: a configuration whose builder chain ends where only clients take it (an
 * argument of a client's method, or a local that only such arguments read) never reaches a
 * listener.
 */
final class ClientOnlyUse {

  private ClientOnlyUse() {}

  /** Whether the configuration that the sink {@code call} builds only reaches clients. */
  static boolean onlyReachesClients(Sink row, InvocationNode call) {
    JavaNode chain = call;
    while (chain.getParent() instanceof ASTMethodCall next && next.getQualifier() == chain) {
      chain = next;
    }
    return LocalUses.onlyPassedTo(chain, taker -> SinkRows.isClientCall(row, taker));
  }
}
