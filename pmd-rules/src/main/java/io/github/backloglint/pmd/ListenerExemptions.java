package io.github.backloglint.pmd;

import io.github.backloglint.core.PortProbe;
import net.sourceforge.pmd.lang.java.ast.ASTLoopStatement;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTResource;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;

/** The two exemptions of the rule: ephemeral ports and "is this port free?" probes. */
final class ListenerExemptions {

  private ListenerExemptions() {}

  /** A port argument known to be 0: the JDK picks a free port. */
  static boolean isEphemeralPort(ASTExpression port) {
    Integer value = KnownValues.intValue(port);
    return value != null && value == 0;
  }

  /**
   * A {@code SocketAddress} argument that asks for an ephemeral port: the {@code null} literal, or
   * {@code new InetSocketAddress([host,] 0)} inline or through a single-assignment local.
   */
  static boolean isEphemeralAddress(ASTExpression address) {
    if (isNullAddress(address)) {
      return true;
    }
    ASTExpression created = KnownValues.throughLocal(address);
    if (!(created instanceof ASTConstructorCall call)
        || !TypeTestUtil.isExactlyA(java.net.InetSocketAddress.class, call.getTypeNode())) {
      return false;
    }
    int arity = call.getArguments().size();
    // (int port) and (host, int port): the port is the last argument.
    return (arity == 1 || arity == 2) && isEphemeralPort(call.getArguments().get(arity - 1));
  }

  /**
   * Whether an address argument is {@code null}: the literal, possibly cast, or a local whose only
   * assignment is such a {@code null} (bytecode sees all of them alike).
   */
  static boolean isNullAddress(ASTExpression address) {
    ASTExpression value = LocalUses.stripCasts(address);
    if (value instanceof ASTNullLiteral) {
      return true;
    }
    ASTExpression initializer = KnownValues.throughLocal(value);
    return initializer != value && LocalUses.isNullLiteral(initializer);
  }

  /**
   * Whether the socket created by {@code creation} (a constructor or factory call) is a port
   * probe: it initializes a local of the method, or is the one real assignment of a local declared
   * {@code = null}, and that local is only bound, asked about, configured or closed.
   */
  static boolean isProbeCreatedBy(JavaNode creation) {
    ASTVariableId initialized = LocalUses.initializedBy(creation);
    if (initialized != null) {
      return isProbeLocal(initialized);
    }
    JavaNode stored = LocalUses.throughCasts(creation);
    if (stored.getParent() instanceof ASTAssignmentExpression assignment
        && assignment.getRightOperand() == stored
        && !assignment.getOperator().isCompound()) {
      ASTVariableId local = LocalUses.localOf(assignment.getLeftOperand());
      return local != null && isNullInitialized(local) && isProbeLocal(local);
    }
    return false;
  }

  /** Whether the receiver of a {@code bind} call is a probe's local. */
  static boolean isProbeBoundThrough(ASTExpression receiver) {
    ASTVariableId local = LocalUses.localOf(receiver);
    return local != null && isProbeLocal(local);
  }

  /**
   * A local with exactly one real assignment: its initializer, or, when it is declared
   * {@code = null}, one later assignment. Assigning {@code null} hands the socket to nobody.
   */
  private static boolean isProbeLocal(ASTVariableId local) {
    if (!local.isLocalVariable() && !local.isResourceDeclaration()
        || local.getInitializer() == null || local.isForeachVariable()) {
      return false;
    }
    int realAssignments = LocalUses.isNullLiteral(local.getInitializer()) ? 0 : 1;
    int accepts = 0;
    boolean acceptInLoop = false;
    boolean closed = local.isResourceDeclaration();
    Node scope = LocalUses.ownerOf(local);
    for (ASTNamedReferenceExpr usage : local.getLocalUsages()) {
      if (LocalUses.ownerOf(usage) != scope) {
        return false; // captured by a lambda or a class
      }
      String called = calledOn(usage);
      if (usage.getAccessType() == AccessType.WRITE) {
        if (!isNullAssignment(usage)) {
          realAssignments++;
        }
      } else if (PortProbe.ACCEPT.equals(called)) {
        accepts++; // a one-shot listener's single accept
        acceptInLoop |= usage.ancestors().takeWhile(n -> n != scope).any(ListenerExemptions::isLoop);
      } else if (!isProbeCall(usage) && !LocalUses.isNullComparison(usage)) {
        return false; // used for something a probe never does
      }
      closed |= PortProbe.CLOSE.equals(called);
    }
    return realAssignments == 1
        && (accepts == 0 || PortProbe.isOneShot(accepts, acceptInLoop, closed));
  }

  /** The method called on {@code usage} without arguments, or {@code null}. */
  private static String calledOn(ASTNamedReferenceExpr usage) {
    return usage.getParent() instanceof ASTMethodCall call
            && call.getQualifier() == usage
            && call.getArguments().size() == 0
        ? call.getMethodName()
        : null;
  }

  private static boolean isLoop(Node node) {
    return node instanceof ASTLoopStatement;
  }

  /**
   * {@code ServerSocketChannel.open()} and the like: a fresh channel whose {@code bind} returns it,
   * so the local that the bind initializes holds the socket.
   */
  static boolean isFreshChannel(ASTExpression receiver) {
    if (!(receiver instanceof ASTMethodCall open)
        || !PortProbe.OPEN.equals(open.getMethodName())
        || open.getArguments().size() > 1) {
      return false;
    }
    JMethodSig method = open.getOverloadSelectionInfo().isFailed() ? null : open.getMethodType();
    return method != null
        && method.isStatic()
        && method.getDeclaringType().getSymbol() instanceof JClassSymbol owner
        && PortProbe.FRESH_CHANNEL_OWNERS.contains(owner.getBinaryName());
  }

  private static boolean isNullInitialized(ASTVariableId local) {
    return local.getInitializer() != null && LocalUses.isNullLiteral(local.getInitializer());
  }

  /** {@code local = null}: the only write that cannot give the socket away. */
  private static boolean isNullAssignment(ASTNamedReferenceExpr usage) {
    return usage.getParent() instanceof ASTAssignmentExpression assignment
        && assignment.getLeftOperand() == usage
        && !assignment.getOperator().isCompound()
        && LocalUses.isNullLiteral(assignment.getRightOperand());
  }

  private static boolean isProbeCall(ASTNamedReferenceExpr usage) {
    if (usage.getParent() instanceof ASTResource) {
      return true; // try (socket) { ... }: its implicit close()
    }
    return usage.getParent() instanceof ASTMethodCall call
        && call.getQualifier() == usage
        && PortProbe.isProbeUse(call.getMethodName());
  }
}
