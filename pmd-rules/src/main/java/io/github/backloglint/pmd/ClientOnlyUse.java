package io.github.backloglint.pmd;

import io.github.backloglint.core.Sink;
import java.util.List;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
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
    if (isClientArgument(row, chain)) {
      return true;
    }
    if (!(chain.getParent() instanceof ASTVariableDeclarator declarator)
        || declarator.getInitializer() != chain) {
      return false;
    }
    ASTVariableId local = declarator.getVarId();
    if (!local.isLocalVariable()) {
      return false;
    }
    List<ASTNamedReferenceExpr> reads = local.getLocalUsages();
    for (ASTNamedReferenceExpr read : reads) {
      if (read.getAccessType() == AccessType.WRITE || !isClientArgument(row, read)) {
        return false;
      }
    }
    return !reads.isEmpty();
  }

  private static boolean isClientArgument(Sink row, JavaNode value) {
    Node parent = value.getParent();
    return parent instanceof ASTArgumentList
        && parent.getParent() instanceof InvocationNode taker
        && SinkRows.isClientCall(row, taker);
  }
}
