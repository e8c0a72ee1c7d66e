package io.github.backloglint.pmd;

import io.github.backloglint.core.CallSite.ListenerUse;
import io.github.backloglint.core.PortProbe;
import io.github.backloglint.core.Sink;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpressionStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLoopStatement;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTResource;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.types.JMethodSig;

/**
 * How a method uses the listener a sink call creates or binds, for core's probe exemption: an "is
 * this port free?" probe held in a local that is only bound, asked about, configured and closed; a
 * one-shot listener that also accepts once; anything else is a server.
 */
final class ListenerUses {

  private ListenerUses() {}

  /**
   * How the method uses the listener {@code call} of {@code row} makes: the socket a constructor or
   * factory creates, or the channel a {@code bind} binds.
   */
  static ListenerUse of(Sink row, InvocationNode call) {
    if (row.endpoint() == Sink.Endpoint.PORT) {
      return ofCreated(call);
    }
    if (!(call instanceof ASTMethodCall bind)) {
      return ListenerUse.SERVER;
    }
    // A bind on a fresh channel returns it: ServerSocketChannel.open().bind(address).
    return isFreshChannel(bind.getQualifier())
        ? ofCreated(bind)
        : ofBoundThrough(bind.getQualifier());
  }

  /**
   * How the method uses the socket {@code creation} (a constructor or factory call) creates: it
   * must initialize a local of the method, or be the one real assignment of a local declared
   * {@code = null}, for the local's uses to tell.
   */
  private static ListenerUse ofCreated(JavaNode creation) {
    ASTVariableId initialized = LocalUses.initializedBy(creation);
    if (initialized != null) {
      return useOf(initialized);
    }
    JavaNode stored = LocalUses.throughCasts(creation);
    if (stored.getParent() instanceof ASTAssignmentExpression assignment
        && assignment.getRightOperand() == stored
        && !assignment.getOperator().isCompound()) {
      ASTVariableId local = LocalUses.localOf(assignment.getLeftOperand());
      return local != null && isNullInitialized(local) ? useOf(local) : ListenerUse.SERVER;
    }
    return ListenerUse.SERVER;
  }

  /** How the method uses the local that the receiver of a {@code bind} call reads. */
  private static ListenerUse ofBoundThrough(ASTExpression receiver) {
    ASTVariableId local = LocalUses.localOf(receiver);
    return local == null ? ListenerUse.SERVER : useOf(local);
  }

  /**
   * A probe or one-shot listener is a local with exactly one real assignment: its initializer, or,
   * when it is declared {@code = null}, one later assignment. Assigning {@code null} hands the
   * socket to nobody.
   */
  private static ListenerUse useOf(ASTVariableId local) {
    if (!local.isLocalVariable() && !local.isResourceDeclaration()
        || local.getInitializer() == null || local.isForeachVariable()) {
      return ListenerUse.SERVER;
    }
    int realAssignments = LocalUses.isNullLiteral(local.getInitializer()) ? 0 : 1;
    int accepts = 0;
    boolean acceptInLoop = false;
    boolean closed = local.isResourceDeclaration();
    Node scope = LocalUses.ownerOf(local);
    for (ASTNamedReferenceExpr usage : local.getLocalUsages()) {
      if (LocalUses.ownerOf(usage) != scope) {
        return ListenerUse.SERVER; // captured by a lambda or a class
      }
      String called = calledOn(usage);
      if (usage.getAccessType() == AccessType.WRITE) {
        if (!isNullAssignment(usage)) {
          realAssignments++;
        }
      } else if (PortProbe.ACCEPT.equals(called)) {
        accepts++; // a one-shot listener's single accept
        acceptInLoop |= usage.ancestors().takeWhile(n -> n != scope).any(ListenerUses::isLoop);
      } else if (!isProbeCall(usage) && !LocalUses.isNullComparison(usage)) {
        return ListenerUse.SERVER; // used for something a probe never does
      }
      closed |= PortProbe.CLOSE.equals(called);
    }
    if (realAssignments != 1) {
      return ListenerUse.SERVER;
    }
    if (accepts == 0) {
      return ListenerUse.PROBE;
    }
    return PortProbe.isOneShot(accepts, acceptInLoop, closed)
        ? ListenerUse.ONE_SHOT
        : ListenerUse.SERVER;
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
  private static boolean isFreshChannel(ASTExpression receiver) {
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
    // A channel's bind returns the channel: returned, stored or passed on, it escapes.
    return usage.getParent() instanceof ASTMethodCall call
        && call.getQualifier() == usage
        && PortProbe.isProbeUse(
            call.getMethodName(), !(call.getParent() instanceof ASTExpressionStatement));
  }
}
