package io.github.backloglint.errorprone;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.util.TreePathScanner;

/**
 * A scanner that knows whether it is inside a lambda or a class nested in the code it scans: a
 * local used there is captured, which the allow-lists of the held objects treat as escaping.
 */
abstract class NestedCodeScanner extends TreePathScanner<Void, Void> {

  /** How deep in nested lambdas and classes the scan is; 0 in the scanned body itself. */
  private int nesting;

  /** Starts at {@code start}: -1 when the scan starts at a lambda that is itself the body. */
  void startNestingAt(int start) {
    nesting = start;
  }

  /** Whether the current node is in a lambda or a class nested in the scanned body. */
  boolean isNested() {
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
