package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import io.github.backloglint.core.Sink;
import javax.lang.model.element.ElementKind;

/**
 * HttpCore's client rule: a configuration whose builder chain ends where only clients take it (an
 * argument of a client's method, or a local that only such arguments read) never reaches a
 * listener.
 */
final class ClientOnlyUse {

  private ClientOnlyUse() {}

  /** Whether the configuration the sink at {@code state.getPath()} builds only reaches clients. */
  static boolean onlyReachesClients(Sink row, VisitorState state) {
    TreePath chain = outermostCall(state.getPath());
    TreePath parent = chain.getParentPath();
    if (parent == null) {
      return false;
    }
    Tree leaf = parent.getLeaf();
    if (isClientArgument(row, leaf, chain.getLeaf())) {
      return true;
    }
    if (!(leaf instanceof VariableTree variable) || variable.getInitializer() != chain.getLeaf()) {
      return false;
    }
    Symbol local = ASTHelpers.getSymbol(variable);
    MethodTree method = state.findEnclosing(MethodTree.class);
    if (local == null || local.getKind() != ElementKind.LOCAL_VARIABLE || method == null) {
      return false;
    }
    Reads reads = new Reads(row, local);
    reads.scan(TreePath.getPath(state.getPath().getCompilationUnit(), method), null);
    return reads.count > 0 && !reads.otherUse;
  }

  /** The call at the end of the builder chain that {@code path}'s call starts. */
  private static TreePath outermostCall(TreePath path) {
    TreePath current = path;
    while (ReceiverCalls.callSelectedAt(current.getParentPath()) != null) {
      current = current.getParentPath().getParentPath();
    }
    return current;
  }

  private static boolean isClientArgument(Sink row, Tree call, Tree argument) {
    if (call instanceof MethodInvocationTree invocation && invocation.getArguments().contains(argument)) {
      return SinkRows.isClientCall(row, ASTHelpers.getSymbol(invocation));
    }
    if (call instanceof NewClassTree creation && creation.getArguments().contains(argument)) {
      return SinkRows.isClientCall(row, ASTHelpers.getSymbol(creation));
    }
    return false;
  }

  /** Counts the reads of a local that are client arguments, and notes any other use. */
  private static final class Reads extends TreePathScanner<Void, Void> {
    private final Sink row;
    private final Symbol local;
    int count;
    boolean otherUse;

    Reads(Sink row, Symbol local) {
      this.row = row;
      this.local = local;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      if (node.getName().contentEquals(local.name) && ASTHelpers.getSymbol(node) == local) {
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        if (isClientArgument(row, parent, node)) {
          count++;
        } else {
          otherUse = true;
        }
      }
      return null;
    }
  }
}
