package io.github.backloglint.pmd;

import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.Sink.Kind;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTArrayAllocation;
import net.sourceforge.pmd.lang.java.ast.ASTArrayInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;

/**
 * Servers built without their framework's knob (core's {@code Sinks.DEFAULTS}): a connector or
 * acceptor held in a local of the method, or an HttpCore configuration built there, that the
 * method only configures, gives to its server or starts. An allow-list like the port probe's: any
 * other use (passed on, returned, stored, cast, captured) lets someone else set the knob, and the
 * object is left alone.
 */
final class HeldDefaults {

  private HeldDefaults() {}

  /** Whether the object {@code creation} builds (a row's constructor or factory) listens unset. */
  static boolean listensWithDefault(FrameworkDefault row, InvocationNode creation) {
    if (row.kind() == Kind.STATIC) {
      ASTMethodCall built = builtBy(row, creation);
      // Given to the server in the same body: a use inside a lambda or a class silences, as for
      // the held objects below.
      return built != null
          && LocalUses.onlyPassedTo(
              built,
              call -> LocalUses.ownerOf(call) == LocalUses.ownerOf(built) && isServer(row, call));
    }
    ASTVariableId local = LocalUses.initializedBy(creation);
    if (local == null || !local.isLocalVariable()) {
      return false; // a field, an argument, returned: whoever gets it may set the knob
    }
    Node scope = LocalUses.ownerOf(local);
    boolean listens = false;
    for (ASTNamedReferenceExpr usage : local.getLocalUsages()) {
      Use use =
          usage.getAccessType() == AccessType.WRITE || LocalUses.ownerOf(usage) != scope
              ? Use.SILENCES // reassigned, or captured by a lambda or a class
              : useOf(row, usage);
      if (use == Use.SILENCES) {
        return false;
      }
      listens |= use == Use.LISTENS;
    }
    return listens;
  }

  /**
   * The {@code build()} call that ends the builder chain {@code custom} starts, or {@code null}
   * when there is none or the chain sets the knob first.
   */
  private static ASTMethodCall builtBy(FrameworkDefault row, JavaNode custom) {
    JavaNode current = custom;
    while (current.getParent() instanceof ASTMethodCall next && next.getQualifier() == current) {
      if (row.isKnobMethod(next.getMethodName())) {
        return null;
      }
      if (FrameworkDefault.BUILD.equals(next.getMethodName())) {
        return next;
      }
      current = next;
    }
    return null;
  }

  /** What one use of the held object does, by core's allow-list. */
  private static Use useOf(FrameworkDefault row, ASTNamedReferenceExpr usage) {
    if (usage.getParent() instanceof ASTMethodCall call && call.getQualifier() == usage) {
      ASTArgumentList args = call.getArguments();
      // A property setter's key: setProperty("acceptCount", ...) sets Tomcat's knob.
      String key = args.size() == 0 ? null : KnownValues.stringValue(args.get(0));
      return row.callOnObject(call.getMethodName(), key);
    }
    if (LocalUses.isArgumentOf(usage, call -> isServer(row, call))
        || isInServerArray(row, usage)) {
      return Use.LISTENS;
    }
    return LocalUses.isNullComparison(usage) ? Use.CONFIGURES : Use.SILENCES;
  }

  /** {@code server.setConnectors(new Connector[] {connector})}. */
  private static boolean isInServerArray(FrameworkDefault row, ASTNamedReferenceExpr usage) {
    return usage.getParent() instanceof ASTArrayInitializer elements
        && elements.getParent() instanceof ASTArrayAllocation array
        && LocalUses.isArgumentOf(array, call -> isServer(row, call));
  }

  /** A call of the row's servers, rejected by its name before its overload is resolved. */
  private static boolean isServer(FrameworkDefault row, InvocationNode call) {
    String name = call instanceof ASTMethodCall method ? method.getMethodName() : "<init>";
    return row.mayBeServer(name) && SinkRows.isServer(row, call);
  }
}
