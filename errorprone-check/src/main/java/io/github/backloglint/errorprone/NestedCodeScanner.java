package io.github.backloglint.errorprone;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;

/**
 * A scan of one code body (a method, a lambda, an initializer) that knows when it is inside a
 * lambda or a class nested in that body: code that runs at another time, or for another object.
 */
abstract class NestedCodeScanner extends TreePathScanner<Void, Void> {

  private int nesting;

  /** Scans the code body at {@code body}; a lambda's own body is not nested in itself. */
  final void scanBody(TreePath body) {
    nesting = body.getLeaf() instanceof LambdaExpressionTree ? -1 : 0;
    scan(body, null);
  }

  /** Whether the tree being visited is inside a lambda or class nested in the body. */
  final boolean isNested() {
    return nesting > 0;
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    nesting++;
    try {
      return super.visitLambdaExpression(node, unused);
    } finally {
      nesting--;
    }
  }

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    nesting++;
    try {
      return super.visitClass(node, unused);
    } finally {
      nesting--;
    }
  }
}
