package io.github.backloglint.pmd;

import java.util.List;

import io.github.backloglint.core.ConstantFolding;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTCastExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConditionalExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTInfixExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTPrimitiveType;
import net.sourceforge.pmd.lang.java.ast.ASTUnaryExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableAccess;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JLocalVariableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;
import net.sourceforge.pmd.lang.java.types.InvocationMatcher;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.Substitution;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;

/**
 * The values a backlog can be known to have within one method: compile-time constants, and
 * locals whose initializer is their only assignment, folded with the operators of constant
 * expressions (core's {@link ConstantFolding}). Everything else is unknown ({@code null}).
 */
final class KnownValues {

  private static final InvocationMatcher INTEGER_VALUE_OF =
      InvocationMatcher.parse("java.lang.Integer#valueOf(int)");

  /** Explicit unboxing: the same bytecode as the implicit kind, so as known as its receiver. */
  private static final InvocationMatcher INTEGER_INT_VALUE =
      InvocationMatcher.parse("java.lang.Integer#intValue()");

  /**
   * How many expressions one evaluation may visit: plenty for real code, and a stop for
   * pathological chains such as {@code int a2 = a1 + a1; int a3 = a2 + a2; ...}.
   */
  private static final int BUDGET = 512;

  private int budget = BUDGET;

  private KnownValues() {}

  /**
   * The known value of {@code expr} as folded (a boxed primitive or a {@code String}), or {@code
   * null}.
   */
  static Object valueOf(ASTExpression expr) {
    return new KnownValues().value(expr);
  }

  /** The value of {@code expr} as an {@code int} argument receives it, or {@code null}. */
  static Integer intValue(ASTExpression expr) {
    return ConstantFolding.asInt(valueOf(expr));
  }

  /** The known {@code String} that {@code expr} passes, or {@code null}. */
  static String stringValue(ASTExpression expr) {
    return valueOf(expr) instanceof String text ? text : null;
  }

  /**
   * The local variable that {@code expr} reads, when the local's initializer is its only
   * assignment; otherwise {@code null}. Parameters, loop variables and blank locals do not count.
   */
  static ASTVariableId singleAssignmentLocal(ASTExpression expr) {
    if (!(expr instanceof ASTVariableAccess access)) {
      return null;
    }
    JVariableSymbol sym = access.getReferencedSym();
    if (!(sym instanceof JLocalVariableSymbol)) {
      return null;
    }
    ASTVariableId id = sym.tryGetNode();
    if (id == null || id.getInitializer() == null || id.isForeachVariable()) {
      return null;
    }
    return neverReassigned(id.getLocalUsages()) ? id : null;
  }

  /** What a single-assignment local holds, or the expression itself. */
  static ASTExpression throughLocal(ASTExpression expr) {
    ASTVariableId local = singleAssignmentLocal(expr);
    return local == null ? expr : local.getInitializer();
  }

  private static boolean neverReassigned(List<ASTNamedReferenceExpr> usages) {
    for (ASTNamedReferenceExpr usage : usages) {
      if (usage.getAccessType() == AccessType.WRITE) {
        return false;
      }
    }
    return true;
  }

  private Object value(ASTExpression expr) {
    if (expr == null || --budget < 0) {
      return null;
    }
    Object constant = trustedConstant(expr);
    if (constant != null) {
      return constant;
    }
    if (expr instanceof ASTNamedReferenceExpr name) {
      ASTVariableId local = singleAssignmentLocal(expr);
      return local != null
          ? value(local.getInitializer())
          : constantField(name.getReferencedSym()); // also this.backlog, which javac folds
    }
    if (expr instanceof ASTInfixExpression infix) {
      return ConstantFolding.binary(
          infix.getOperator().getToken(),
          value(infix.getLeftOperand()),
          value(infix.getRightOperand()));
    }
    if (expr instanceof ASTUnaryExpression unary) {
      return unary.getOperator().isPure()
          ? ConstantFolding.unary(unary.getOperator().getToken(), value(unary.getOperand()))
          : null;
    }
    if (expr instanceof ASTCastExpression cast) {
      return cast.getCastType() instanceof ASTPrimitiveType primitive
          ? ConstantFolding.cast(primitive.getKind().getSimpleName(), value(cast.getOperand()))
          : unboxingCast(cast);
    }
    if (expr instanceof ASTConditionalExpression conditional) {
      Object condition = value(conditional.getCondition());
      if (condition instanceof Boolean chosen) {
        return value(chosen ? conditional.getThenBranch() : conditional.getElseBranch());
      }
      return null;
    }
    if (expr instanceof ASTMethodCall call && "valueOf".equals(call.getMethodName())
        && INTEGER_VALUE_OF.matchesCall(call)) {
      return value(call.getArguments().get(0));
    }
    if (expr instanceof ASTMethodCall call && "intValue".equals(call.getMethodName())
        && INTEGER_INT_VALUE.matchesCall(call)) {
      return value(call.getQualifier());
    }
    return null;
  }

  /**
   * PMD's folding of a JLS constant expression. PMD also folds through a final {@code Integer}
   * field, which is no constant variable: it is trusted only where every name is one.
   */
  private static Object trustedConstant(ASTExpression expr) {
    boolean onlyConstantNames =
        expr.descendantsOrSelf()
            .filterIs(ASTNamedReferenceExpr.class)
            .all(name -> isConstantVariable(name.getReferencedSym()));
    return onlyConstantNames ? pmdConstant(expr) : null;
  }

  /** Final, of primitive or String type (JLS 4.12.4); the initializer is PMD's to check. */
  private static boolean isConstantVariable(JVariableSymbol sym) {
    return sym != null && sym.isFinal() && hasConstantType(sym.getTypeMirror(Substitution.EMPTY));
  }

  private static boolean hasConstantType(JTypeMirror type) {
    return type.isPrimitive() || TypeTestUtil.isExactlyA(String.class, type);
  }

  /** PMD's folding of a constant expression; PMD throws on a division by zero such as 10 / 0. */
  private static Object pmdConstant(ASTExpression expr) {
    try {
      return expr.getConstValue();
    } catch (ArithmeticException e) {
      return null; // not a constant expression: unknown
    }
  }

  private static Object pmdConstant(JFieldSymbol field) {
    try {
      return field.getConstValue();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * A final field of primitive or String type whose initializer is a constant expression, also
   * an instance field (JLS 4.12.4); PMD folds only static ones of source classes.
   */
  private static Object constantField(JVariableSymbol sym) {
    if (!(sym instanceof JFieldSymbol field) || !isConstantVariable(field)) {
      return null;
    }
    Object value = pmdConstant(field);
    if (value != null) {
      return value;
    }
    ASTVariableId node = field.tryGetNode();
    return node == null || node.getInitializer() == null ? null : pmdConstant(node.getInitializer());
  }

  /** {@code (Integer) 100}: a boxing cast keeps the value. */
  private Object unboxingCast(ASTCastExpression cast) {
    return cast.getCastType().getTypeMirror().isBoxedPrimitive()
        ? value(cast.getOperand())
        : null;
  }
}
