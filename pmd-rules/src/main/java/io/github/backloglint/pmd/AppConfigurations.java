package io.github.backloglint.pmd;

import io.github.backloglint.core.AppServer;
import io.github.backloglint.core.FrameworkDefault.Use;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;

/**
 * The configuration an app's factory takes ({@code Javalin.create(config -> ...)}): kept when it
 * is a lambda written at the call whose parameter is only used for members that core does not list
 * as reaching the listener ({@link AppServer#onConfiguration}).
 */
final class AppConfigurations {

  private AppConfigurations() {}

  /** Whether the configuration of {@code factory} keeps the app's default. */
  static boolean keep(AppServer row, ASTMethodCall factory) {
    if (!row.takesConfiguration()) {
      return true;
    }
    if (!(factory.getArguments().get(0) instanceof ASTLambdaExpression lambda)
        || lambda.getParameters().size() != 1) {
      return false; // a method reference or a variable: its code is elsewhere
    }
    ASTVariableId parameter = lambda.getParameters().get(0).getVarId();
    for (ASTNamedReferenceExpr usage : parameter.getLocalUsages()) {
      if (use(row, lambda, usage) == Use.SILENCES) {
        return false;
      }
    }
    return true;
  }

  /** A member of the configuration, by core's list; anything else, or a nested use, silences. */
  private static Use use(AppServer row, ASTLambdaExpression lambda, ASTNamedReferenceExpr usage) {
    if (LocalUses.ownerOf(usage) != lambda) {
      return Use.SILENCES; // captured by a nested lambda or class
    }
    if (usage.getParent() instanceof ASTFieldAccess field && field.getQualifier() == usage) {
      return row.onConfiguration(field.getName());
    }
    if (usage.getParent() instanceof ASTMethodCall call && call.getQualifier() == usage) {
      return row.onConfiguration(call.getMethodName());
    }
    return Use.SILENCES; // passed on, stored, returned
  }
}
