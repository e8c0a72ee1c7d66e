package io.github.backloglint.pmd;

import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Kind;
import java.util.List;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTArrayAllocation;
import net.sourceforge.pmd.lang.java.ast.ASTArrayInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
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
      if (built == null) {
        return false;
      }
      if (row.builtAtOnce()) {
        return (built != creation && startsIt(row, built)) || specListens(row, built);
      }
      // Given to the server in the same body: a use inside a lambda or a class silences, as for
      // the held objects below.
      return LocalUses.onlyPassedTo(
          built,
          call -> LocalUses.ownerOf(call) == LocalUses.ownerOf(built) && isServer(row, call));
    }
    ASTVariableId local = LocalUses.initializedBy(creation);
    if (local == null) {
      return row.usedDirectly() && listensDirectly(row, LocalUses.throughCasts(creation));
    }
    // A field: whoever reads it may set the knob.
    return local.isLocalVariable() && heldListens(row, local);
  }

  /**
   * Whether a local that holds the object is, in its method, only configured, given to its server,
   * started or returned where that makes it listen, and listens at least once.
   */
  private static boolean heldListens(FrameworkDefault row, ASTVariableId local) {
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

  /** Whether a step of a chain built at once makes the object listen ({@code start()}). */
  private static boolean startsIt(FrameworkDefault row, ASTMethodCall step) {
    return row.callOnObject(step.getMethodName(), null) == Use.LISTENS;
  }

  /**
   * Whether a spec built at once (its chain's end) reaches a server: given to one, returned where
   * that makes it listen, or held in a local that only configures it and makes it listen.
   */
  private static boolean specListens(FrameworkDefault row, ASTMethodCall end) {
    ASTVariableId local = LocalUses.initializedBy(end);
    if (local != null) {
      return local.isLocalVariable() && heldListens(row, local);
    }
    return listensDirectly(row, LocalUses.throughCasts(end));
  }

  /**
   * Whether a {@code new} expression that no local holds is started, given to a server or returned
   * (only for a row that allows it); anything else, an argument, a field, lets someone set the knob.
   */
  private static boolean listensDirectly(FrameworkDefault row, JavaNode created) {
    if (created.getParent() instanceof ASTReturnStatement) {
      return row.returned(annotationsOf(LocalUses.ownerOf(created))) == Use.LISTENS;
    }
    if (created.getParent() instanceof ASTMethodCall call && call.getQualifier() == created) {
      return row.callOnObject(call.getMethodName(), null) == Use.LISTENS;
    }
    return LocalUses.isArgumentOf(created, call -> isServer(row, call));
  }

  /**
   * The {@code build()} call that ends the builder chain {@code custom} starts (for a spec built at
   * once, the chain's last call), or {@code null} when there is none or the chain sets the knob
   * first.
   */
  private static ASTMethodCall builtBy(FrameworkDefault row, JavaNode custom) {
    JavaNode current = custom;
    while (current.getParent() instanceof ASTMethodCall next && next.getQualifier() == current) {
      if (row.isKnobMethod(next.getMethodName())) {
        return null;
      }
      if (FrameworkDefault.BUILD.equals(next.getMethodName()) && !row.builtAtOnce()) {
        return next;
      }
      if (row.builtAtOnce() && startsIt(row, next)) {
        return next; // SshServer.setUpDefaultServer().start()
      }
      current = next;
    }
    // A spec built at once: the chain's last call (the factory's, when nothing follows) is it.
    return row.builtAtOnce() && current instanceof ASTMethodCall end ? end : null;
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
    if (usage.getParent() instanceof ASTArgumentList arguments
        && arguments.getParent() instanceof ASTMethodCall call) {
      // A property setter that names another property configures it (SSHD's updateProperty).
      return ConfiguringCalls.use(row, call, usage.getIndexInParent());
    }
    if (usage.getParent() instanceof ASTReturnStatement) {
      // Returned from the method: Spring's @Bean hands it to a container that starts it.
      return row.returned(annotationsOf(LocalUses.ownerOf(usage)));
    }
    return LocalUses.isNullComparison(usage) ? Use.CONFIGURES : Use.SILENCES;
  }

  /** The annotations of a method, as binary names; none for a lambda. */
  private static List<String> annotationsOf(Node body) {
    if (!(body instanceof ASTMethodDeclaration method)) {
      return List.of();
    }
    return method.getDeclaredAnnotations()
        .toStream()
        .map(annotation -> annotation.getTypeMirror().getSymbol().getBinaryName())
        .toList();
  }

  /** What the constructor's port argument asks for: a known 0 is ephemeral. */
  static Endpoint port(FrameworkDefault row, InvocationNode creation) {
    return Endpoints.of(Sink.Endpoint.PORT, creation.getArguments().get(row.portIndex()));
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
