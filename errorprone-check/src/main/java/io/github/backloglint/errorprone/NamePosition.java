package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;

/**
 * Where a finding goes: the method's name in a call (the {@code .option(} line of a fluent chain,
 * where javac also puts the invoke, not the chain's first line), {@code super}, or {@code new}.
 */
record NamePosition(JCTree tree, int start, int end) implements DiagnosticPosition {

  static DiagnosticPosition of(ExpressionTree sink, VisitorState state) {
    if (!(sink instanceof MethodInvocationTree invocation)) {
      return (JCTree) sink; // a new expression: javac's position is the keyword new
    }
    ExpressionTree select = invocation.getMethodSelect();
    if (select instanceof MemberSelectTree member) {
      int end = state.getEndPosition(member);
      if (end > 0) {
        return new NamePosition((JCTree) sink, end - member.getIdentifier().length(), end);
      }
    }
    return (JCTree) select; // an unqualified name or super
  }

  @Override
  public JCTree getTree() {
    return tree;
  }

  @Override
  public int getStartPosition() {
    return start;
  }

  @Override
  public int getPreferredPosition() {
    return start;
  }

  @Override
  public int getEndPosition(EndPosTable endPosTable) {
    return end;
  }
}
