package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import io.github.backloglint.core.AppServer;
import io.github.backloglint.core.FrameworkDefault.Use;

/**
 * The configuration an app's factory takes ({@code Javalin.create(config -> ...)}): kept when it
 * is a lambda written at the call whose parameter is only used for members that core does not list
 * as reaching the listener ({@link AppServer#onConfiguration}).
 */
final class AppConfigurations {

  private AppConfigurations() {}

  /** Whether the factory's configuration is a lambda written there that does not reach the knob. */
  static boolean keep(AppServer row, MethodInvocationTree factory, VisitorState state) {
    if (!row.takesConfiguration()) {
      return true;
    }
    if (!(ASTHelpers.stripParentheses(factory.getArguments().get(0))
            instanceof LambdaExpressionTree lambda)
        || lambda.getParameters().size() != 1) {
      return false; // a method reference or a variable: its code is elsewhere
    }
    ConfigurationUses uses =
        new ConfigurationUses(row, ASTHelpers.getSymbol(lambda.getParameters().get(0)));
    TreePath lambdaPath = TreePath.getPath(state.getPath().getCompilationUnit(), lambda);
    if (lambdaPath == null) {
      return false;
    }
    uses.scan(new TreePath(lambdaPath, lambda.getBody()), null);
    return !uses.silenced;
  }

  /** The uses of the configuration lambda's parameter: members of it, by core's list. */
  private static final class ConfigurationUses extends NestedCodeScanner {
    private final AppServer row;
    private final Symbol parameter;
    boolean silenced;

    ConfigurationUses(AppServer row, Symbol parameter) {
      this.row = row;
      this.parameter = parameter;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      if (ASTHelpers.getSymbol(node) == parameter) {
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        Use use = !isNested() && parent instanceof MemberSelectTree select
                && select.getExpression() == node
            ? row.onConfiguration(select.getIdentifier().toString())
            : Use.SILENCES; // passed on, stored, or captured by a nested lambda or class
        silenced |= use == Use.SILENCES;
      }
      return null;
    }
  }
}
