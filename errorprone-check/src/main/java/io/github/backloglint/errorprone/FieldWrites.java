package io.github.backloglint.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The writes to the fields of one class in one code body (a constructor, an initializer, a method, a
 * lambda), and the calls it makes of that class's own methods, which may write them too.
 */
final class FieldWrites extends NestedCodeScanner {

  /**
   * One write to a field.
   *
   * @param field the field
   * @param path the assignment, {@code +=} or {@code ++}
   * @param value what a plain {@code =} stores; {@code null} for any other write, or for a write
   *     through another object than {@code this}
   * @param nested whether it is inside a lambda or a class nested in the body: run at another time
   */
  record Write(VarSymbol field, TreePath path, ExpressionTree value, boolean nested) {

    /**
     * The statement of a plain write that the body runs whenever it reaches past it: an expression
     * statement directly in {@code block}'s statements; else {@code null}.
     */
    ExpressionStatementTree statementIn(Tree block) {
      TreePath statement = path.getParentPath();
      return value != null
              && !nested
              && statement.getLeaf() instanceof ExpressionStatementTree expression
              && statement.getParentPath().getLeaf() == block
          ? expression
          : null;
    }
  }

  private final Symbol owner;
  private final List<Write> writes = new ArrayList<>();
  private final Set<MethodSymbol> calls = new LinkedHashSet<>();

  private FieldWrites(Symbol owner) {
    this.owner = owner;
  }

  /** The writes to fields of {@code owner} in the code body at {@code body}. */
  static FieldWrites in(TreePath body, Symbol owner) {
    FieldWrites writes = new FieldWrites(owner);
    writes.scanBody(body);
    return writes;
  }

  List<Write> writes() {
    return writes;
  }

  /** The methods of the class that the body calls (on any receiver). */
  Set<MethodSymbol> calls() {
    return calls;
  }

  @Override
  public Void visitAssignment(AssignmentTree node, Void unused) {
    record(node.getVariable(), node.getExpression());
    return super.visitAssignment(node, unused);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    record(node.getVariable(), null);
    return super.visitCompoundAssignment(node, unused);
  }

  @Override
  public Void visitUnary(UnaryTree node, Void unused) {
    switch (node.getKind()) {
      case PREFIX_INCREMENT, POSTFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_DECREMENT ->
          record(node.getExpression(), null);
      default -> {}
    }
    return super.visitUnary(node, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    MethodSymbol method = ASTHelpers.getSymbol(node);
    if (method != null && method.owner == owner) {
      calls.add(method);
    }
    return super.visitMethodInvocation(node, unused);
  }

  private void record(ExpressionTree target, ExpressionTree value) {
    ExpressionTree variable = ASTHelpers.stripParentheses(target);
    if (ASTHelpers.getSymbol(variable) instanceof VarSymbol field
        && field.getKind() == ElementKind.FIELD
        && field.owner == owner) {
      boolean own = variable instanceof IdentifierTree || isThis(variable);
      writes.add(new Write(field, getCurrentPath(), own ? value : null, isNested()));
    }
  }

  /** {@code this.field}, {@code Outer.this.field}, or {@code Owner.field} for a static one. */
  static boolean isThis(ExpressionTree variable) {
    if (!(variable instanceof MemberSelectTree select)) {
      return false;
    }
    ExpressionTree receiver = ASTHelpers.stripParentheses(select.getExpression());
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    return SinkCall.simpleName(receiver) != null
        && (SinkCall.simpleName(receiver).contentEquals("this")
            || symbol instanceof Symbol.ClassSymbol);
  }
}
