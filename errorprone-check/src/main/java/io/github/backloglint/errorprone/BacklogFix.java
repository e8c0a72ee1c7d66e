package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import io.github.backloglint.core.DefaultValue;
import io.github.backloglint.core.Finding;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.Finding.Edit;
import io.github.backloglint.core.Replacement;

/**
 * The suggested fix of a finding: core's {@link Finding#edit()} applied to javac's trees, its
 * {@code %s} filled with the replacement as code — its class imported, or qualified where the file
 * declares a class of the same name, and Netty's {@code NetUtil} taken from the sink's own Netty
 * when a shading build relocated it.
 */
final class BacklogFix {

  private BacklogFix() {}

  /**
   * The fix at a sink call: the backlog argument replaced, or added after the port or address;
   * {@code null} when no single edit can fix it (the message names the knob to set).
   */
  static SuggestedFix atCall(Finding finding, SinkCall call, VisitorState state) {
    Edit edit = finding.edit();
    SuggestedFix.Builder fix = SuggestedFix.builder();
    if (edit instanceof Edit.ReplaceArgument replace) {
      String code = code(replace.template(), finding.replacement(), call.relocation(), fix, state);
      fix.replace(call.argument(replace.index()), code);
    } else if (edit instanceof Edit.AddArgument add) {
      String code = code(add.template(), finding.replacement(), call.relocation(), fix, state);
      fix.postfixWith(call.argument(add.after()), ", " + code);
    } else if (edit instanceof Edit.ChangeDefault change) {
      String code = code(change.template(), finding.replacement(), call.relocation(), fix, state);
      if (!changeDefault(change.target(), code, fix)) {
        return null;
      }
    } else if (edit instanceof Edit.None) {
      return null;
    } else {
      throw new IllegalArgumentException("A sink call has no object to set a knob on: " + edit);
    }
    return fix.build();
  }

  /**
   * The default changed where the class writes it: the initializer, the constant a constructor
   * assigns or the configuration read's fallback replaced; a field without any assignment given an
   * initializer after its name. {@code false} when the value has no tree to edit.
   */
  private static boolean changeDefault(DefaultValue target, String code, SuggestedFix.Builder fix) {
    if (target instanceof DefaultValue.Unassigned && target.source() instanceof JCVariableDecl field) {
      int afterName = field.pos + field.getName().length(); // javac's position of a field: its name
      fix.replace(afterName, afterName, " = " + code);
      return true;
    }
    if (target.source() instanceof Tree written) {
      fix.replace(written, code);
      return true;
    }
    return false; // nothing this check wrote down: no fix rather than a wrong one
  }

  /**
   * The knob's call on the line after the held object's declaration, indented like it: a call on
   * the local, or a statement that takes it ({@link FrameworkDefault#OBJECT} in the template).
   */
  static SuggestedFix afterDeclaration(Finding finding, VariableTree local, VisitorState state) {
    return afterDeclaration(finding, local, "", state);
  }

  /**
   * {@link #afterDeclaration(Finding, VariableTree, VisitorState)} for an object of a framework
   * that a shading build put under {@code relocation} ({@code "shaded."}): a statement that takes
   * the object names the framework's class first, and that class is relocated with it.
   */
  static SuggestedFix afterDeclaration(
      Finding finding, VariableTree local, String relocation, VisitorState state) {
    String name = local.getName().toString();
    String indentation = "\n" + indentation(local, state);
    return takesObject(finding)
        ? knobCall(finding, local, indentation + relocation, ";", name, state)
        : knobCall(finding, local, indentation + name + ".", ";", name, state);
  }

  /**
   * The knob's call on the listener an app's {@code call} hands out, on the line after {@code
   * statement}: on the local the statement declares with it ({@code Connector c =
   * tomcat.getConnector();}), else on the same call again ({@code tomcat.getConnector()}, which
   * returns the same listener).
   */
  static SuggestedFix afterStatement(Finding finding, StatementTree statement, String receiver,
      MethodInvocationTree call, VisitorState state) {
    if (statement instanceof VariableTree local && local.getInitializer() == call) {
      return afterDeclaration(finding, local, state);
    }
    String listener = receiver + "." + SinkCall.simpleName(call.getMethodSelect()) + "()";
    return knobCall(
        finding, statement, "\n" + indentation(statement, state) + listener + ".", ";", null, state);
  }

  /** The knob's setter, last in the builder chain before its {@code build()}. */
  static SuggestedFix beforeBuild(Finding finding, MethodInvocationTree build, VisitorState state) {
    Tree chain = ((MemberSelectTree) build.getMethodSelect()).getExpression();
    return knobCall(finding, chain, ".", "", null, state);
  }

  /** The knob's setter appended to a spec's chain (the spec's own steps return it again). */
  static SuggestedFix afterChain(Finding finding, MethodInvocationTree end, VisitorState state) {
    return knobCall(finding, end, ".", "", null, state);
  }

  /** Whether the knob's call is a statement that takes the object, not a method of it. */
  static boolean takesObject(Finding finding) {
    return finding.edit() instanceof Edit.AddKnobCall knob
        && knob.template().contains(FrameworkDefault.OBJECT);
  }

  private static SuggestedFix knobCall(
      Finding finding, Tree after, String before, String end, String object, VisitorState state) {
    if (!(finding.edit() instanceof Edit.AddKnobCall knob)) {
      throw new IllegalArgumentException("Not a knob call: " + finding.edit());
    }
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String template =
        object == null ? knob.template() : knob.template().replace(FrameworkDefault.OBJECT, object);
    String code = code(template, finding.replacement(), "", fix, state);
    fix.postfixWith(after, before + code + end);
    return fix.build();
  }

  /** The edit's template with the replacement's code in place of its {@code %s}. */
  private static String code(
      String template,
      Replacement replacement,
      String relocation,
      SuggestedFix.Builder fix,
      VisitorState state) {
    return template.formatted(expression(replacement, relocation, fix, state));
  }

  /**
   * The replacement as code, importing its class when it is written with a package. {@code
   * relocation} is what a shading build put before the sink's Netty ({@code ""}: none).
   */
  private static String expression(
      Replacement replacement, String relocation, SuggestedFix.Builder fix, VisitorState state) {
    if (replacement.isLiteral()) {
      return replacement.shortExpression();
    }
    Replacement chosen = replacement;
    String owner = replacement.owner();
    if (replacement.equals(Replacement.NETTY_SOMAXCONN)) {
      owner = NettyNames.netUtil(relocation, state);
      if (owner == null) {
        // No NetUtil to import: the JDK's own replacement also works with Netty, and compiles.
        chosen = Replacement.INTEGER_MAX_VALUE;
      }
    }
    if (chosen.equals(Replacement.INTEGER_MAX_VALUE)) {
      owner = "java.lang.Integer"; // qualified only where the file declares its own Integer
    } else if (!chosen.isQualified()) {
      return chosen.shortExpression(); // a configured class without a package: as written
    }
    return SuggestedFixes.qualifyType(state, fix, owner)
        + "."
        + chosen.member()
        + (chosen.method() ? "()" : "");
  }

  /** The whitespace before {@code tree} on its line. */
  private static String indentation(Tree tree, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(tree);
    int lineStart = start;
    while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    int end = lineStart;
    while (end < start && Character.isWhitespace(source.charAt(end))) {
      end++;
    }
    return source.subSequence(lineStart, end).toString();
  }
}
