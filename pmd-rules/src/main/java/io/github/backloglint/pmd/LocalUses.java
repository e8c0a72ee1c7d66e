package io.github.backloglint.pmd;

import java.util.List;
import java.util.function.Predicate;

import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCastExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTInfixExpression;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.BinaryOp;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JLocalVariableSymbol;

/**
 * An object held in a local of one method, and what that method does with it: the allow-lists of
 * the port-probe exemption, the HttpCore client rule and the held framework defaults walk the
 * local's uses with these.
 */
final class LocalUses {

  private LocalUses() {}

  /**
   * The variable whose initializer is {@code creation}, through casts ({@code (SSLServerSocket)
   * factory.createServerSocket(port)}), or {@code null}; any kind of variable, the caller checks.
   */
  static ASTVariableId initializedBy(JavaNode creation) {
    JavaNode stored = throughCasts(creation);
    return stored.getParent() instanceof ASTVariableDeclarator declarator
            && declarator.getInitializer() == stored
        ? declarator.getVarId()
        : null;
  }

  /** The outermost cast around {@code creation}, or {@code creation}: what holds its value. */
  static JavaNode throughCasts(JavaNode creation) {
    JavaNode stored = creation;
    while (stored.getParent() instanceof ASTCastExpression cast) {
      stored = cast;
    }
    return stored;
  }

  /** The local variable {@code expr} reads, or {@code null}. */
  static ASTVariableId localOf(ASTExpression expr) {
    if (expr instanceof ASTVariableAccess access
        && access.getReferencedSym() instanceof JLocalVariableSymbol local) {
      return local.tryGetNode();
    }
    return null;
  }

  /**
   * Whether {@code value} only reaches calls {@code taker} accepts: it is an argument of one, or
   * initializes a local of the method, never assigned again, whose every use (at least one) is.
   */
  static boolean onlyPassedTo(JavaNode value, Predicate<InvocationNode> taker) {
    if (isArgumentOf(value, taker)) {
      return true;
    }
    if (!(value.getParent() instanceof ASTVariableDeclarator declarator)
        || declarator.getInitializer() != value
        || !declarator.getVarId().isLocalVariable()) {
      return false;
    }
    List<ASTNamedReferenceExpr> reads = declarator.getVarId().getLocalUsages();
    for (ASTNamedReferenceExpr read : reads) {
      if (read.getAccessType() == AccessType.WRITE || !isArgumentOf(read, taker)) {
        return false;
      }
    }
    return !reads.isEmpty();
  }

  /** Whether {@code value} is directly an argument of a call {@code taker} accepts. */
  static boolean isArgumentOf(JavaNode value, Predicate<InvocationNode> taker) {
    Node parent = value.getParent();
    return parent instanceof ASTArgumentList
        && parent.getParent() instanceof InvocationNode call
        && taker.test(call);
  }

  /** {@code local == null} or {@code null != local}: the guard of a finally block's close. */
  static boolean isNullComparison(ASTNamedReferenceExpr usage) {
    if (!(usage.getParent() instanceof ASTInfixExpression infix)
        || infix.getOperator() != BinaryOp.EQ && infix.getOperator() != BinaryOp.NE) {
      return false;
    }
    ASTExpression other =
        infix.getLeftOperand() == usage ? infix.getRightOperand() : infix.getLeftOperand();
    return isNullLiteral(other);
  }

  static boolean isNullLiteral(ASTExpression expr) {
    return stripCasts(expr) instanceof ASTNullLiteral;
  }

  static ASTExpression stripCasts(ASTExpression expr) {
    ASTExpression current = expr;
    while (current instanceof ASTCastExpression cast) {
      current = cast.getOperand();
    }
    return current;
  }

  /**
   * The lambda or member (method, constructor, initializer, field) whose code holds the node: a
   * use of a local under another owner than its declaration is a capture.
   */
  static Node ownerOf(Node node) {
    return node.ancestors()
        .filter(n -> n instanceof ASTLambdaExpression || n instanceof ASTBodyDeclaration)
        .first();
  }
}
