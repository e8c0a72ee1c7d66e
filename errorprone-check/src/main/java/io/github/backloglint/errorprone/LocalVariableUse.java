package io.github.backloglint.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import io.github.backloglint.core.PortProbe;
import java.util.function.Supplier;
import javax.lang.model.element.ElementKind;

/**
 * Everything a method does with one local variable: where it is declared, whether anything but the
 * declaration assigns it, and whether it is used other than as the receiver of a port-probe call in
 * its own scope.
 */
final class LocalVariableUse extends TreeScanner<Void, Void> {

  private final Symbol variable;
  private VariableTree declaration;
  private boolean reassigned;
  /** Assignments after the declaration that store something other than {@code null}. */
  private int realReassignments;
  private boolean escapes;
  private int depth;
  private int declarationDepth;
  /** One-shot listeners: calls of accept() on the variable, and whether one is in a loop. */
  private int accepts;
  private boolean acceptInLoop;
  private boolean closed;
  private int loops;
  /** The expression of the statement being scanned: a call whose result is discarded. */
  private ExpressionTree statementExpression;

  private LocalVariableUse(Symbol variable) {
    this.variable = variable;
  }

  /**
   * Finds the declaration of the local {@code variable} among the code bodies that enclose {@code
   * path}, innermost first, and records its uses there; {@code null} when it is not declared there.
   */
  static LocalVariableUse of(Symbol variable, TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (isCodeBody(p)) {
        LocalVariableUse use = new LocalVariableUse(variable);
        use.scan(p.getLeaf(), null);
        if (use.declaration != null) {
          return use;
        }
      }
    }
    return null;
  }

  /** A method, a lambda, or an initializer: where a local variable lives. */
  static boolean isCodeBody(TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof MethodTree || leaf instanceof LambdaExpressionTree) {
      return true;
    }
    // A field initializer or an initializer block: the only other places a local can live.
    TreePath parent = path.getParentPath();
    return (leaf instanceof VariableTree || leaf instanceof BlockTree)
        && parent != null
        && parent.getLeaf() instanceof ClassTree;
  }

  VariableTree declaration() {
    return declaration;
  }

  /** The declaration's initializer when it is the variable's only assignment, else {@code null}. */
  ExpressionTree onlyAssignedValue() {
    return reassigned ? null : declaration.getInitializer();
  }

  /**
   * Whether the variable has exactly one real assignment (its declaration's initializer, or one
   * later assignment when it is declared {@code = null}; storing {@code null} hands the socket to
   * nobody) and is otherwise only used as the receiver of the calls a port probe may make or
   * compared with {@code null}, outside any lambda or class nested in its scope.
   */
  boolean isOnlyProbed() {
    ExpressionTree initializer = declaration.getInitializer();
    if (initializer == null || escapes) {
      return false;
    }
    boolean resource = ASTHelpers.getSymbol(declaration).getKind() == ElementKind.RESOURCE_VARIABLE;
    return realReassignments + (isNullLiteral(initializer) ? 0 : 1) == 1
        && (accepts == 0 || PortProbe.isOneShot(accepts, acceptInLoop, closed || resource));
  }

  /** Whether the declaration is {@code = null}: the socket arrives in a later assignment. */
  boolean isNullInitialized() {
    return declaration.getInitializer() != null && isNullLiteral(declaration.getInitializer());
  }

  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    if (node.getName().contentEquals(variable.name) && ASTHelpers.getSymbol(node) == variable) {
      declaration = node;
      declarationDepth = depth;
    }
    return super.visitVariable(node, unused);
  }

  @Override
  public Void visitAssignment(AssignmentTree node, Void unused) {
    if (isVariable(node.getVariable())) {
      reassigned = true;
      if (!isNullLiteral(node.getExpression())) {
        realReassignments++;
      }
      if (depth != declarationDepth) {
        escapes = true; // assigned inside a lambda or class: not the method's own socket
      }
      // The variable written is not a use of the socket; what is stored may be.
      return scan(node.getExpression(), null);
    }
    return super.visitAssignment(node, unused);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    if (isVariable(node.getVariable())) {
      reassigned = true;
      realReassignments++;
    }
    return super.visitCompoundAssignment(node, unused);
  }

  @Override
  public Void visitBinary(BinaryTree node, Void unused) {
    // socket != null, null == socket: the guard around a finally block's close.
    if ((node.getKind() == Tree.Kind.EQUAL_TO || node.getKind() == Tree.Kind.NOT_EQUAL_TO)
        && depth == declarationDepth) {
      if (isVariable(node.getLeftOperand()) && isNullLiteral(node.getRightOperand())
          || isNullLiteral(node.getLeftOperand()) && isVariable(node.getRightOperand())) {
        return null;
      }
    }
    return super.visitBinary(node, unused);
  }

  @Override
  public Void visitUnary(UnaryTree node, Void unused) {
    switch (node.getKind()) {
      case PREFIX_INCREMENT, POSTFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_DECREMENT ->
          reassigned |= isVariable(node.getExpression());
      default -> {}
    }
    return super.visitUnary(node, unused);
  }

  @Override
  public Void visitExpressionStatement(ExpressionStatementTree node, Void unused) {
    ExpressionTree enclosing = statementExpression;
    statementExpression = node.getExpression();
    try {
      return super.visitExpressionStatement(node, unused);
    } finally {
      statementExpression = enclosing;
    }
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    if (node.getMethodSelect() instanceof MemberSelectTree select
        && isVariable(select.getExpression())
        && depth == declarationDepth
        && isProbeOrOneShotCall(select.getIdentifier().toString(), node)) {
      // A probe's own call on the socket: look only at the arguments.
      scan(node.getTypeArguments(), null);
      scan(node.getArguments(), null);
      return null;
    }
    return super.visitMethodInvocation(node, unused);
  }

  /** A probe's call, or a one-shot listener's accept(), which is counted with where it is. */
  private boolean isProbeOrOneShotCall(String name, MethodInvocationTree call) {
    if (name.equals(PortProbe.ACCEPT) && call.getArguments().isEmpty()) {
      accepts++;
      acceptInLoop |= loops > 0;
      return true;
    }
    closed |= name.equals(PortProbe.CLOSE);
    // A channel's bind returns the channel: returned, stored or passed on, it escapes.
    return PortProbe.isProbeUse(name, call != statementExpression);
  }

  @Override
  public Void visitForLoop(ForLoopTree node, Void unused) {
    return inLoop(() -> super.visitForLoop(node, unused));
  }

  @Override
  public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
    return inLoop(() -> super.visitEnhancedForLoop(node, unused));
  }

  @Override
  public Void visitWhileLoop(WhileLoopTree node, Void unused) {
    return inLoop(() -> super.visitWhileLoop(node, unused));
  }

  @Override
  public Void visitDoWhileLoop(DoWhileLoopTree node, Void unused) {
    return inLoop(() -> super.visitDoWhileLoop(node, unused));
  }

  private Void inLoop(Supplier<Void> scan) {
    loops++;
    try {
      return scan.get();
    } finally {
      loops--;
    }
  }

  @Override
  public Void visitIdentifier(IdentifierTree node, Void unused) {
    // Any reference that visitMethodInvocation did not accept: returned, passed, stored, captured.
    escapes |= isVariable(node);
    return null;
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    depth++;
    try {
      return super.visitLambdaExpression(node, unused);
    } finally {
      depth--;
    }
  }

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    depth++;
    try {
      return super.visitClass(node, unused);
    } finally {
      depth--;
    }
  }

  private static boolean isNullLiteral(ExpressionTree tree) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(tree);
    while (stripped instanceof TypeCastTree cast) {
      stripped = ASTHelpers.stripParentheses(cast.getExpression());
    }
    return stripped.getKind() == Tree.Kind.NULL_LITERAL;
  }

  private boolean isVariable(Tree tree) {
    return tree instanceof IdentifierTree identifier
        && identifier.getName().contentEquals(variable.name)
        && ASTHelpers.getSymbol(identifier) == variable;
  }
}
