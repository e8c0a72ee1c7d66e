package io.github.backloglint.pmd;

import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.Sink;
import java.net.InetSocketAddress;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;

/**
 * What a sink's port or address argument asks for, as far as the method shows it: a known port 0,
 * {@code new InetSocketAddress([host,] 0)}, or a {@code null} address. Core decides what each means
 * for the row (ephemeral, or nothing bound at all).
 */
final class Endpoints {

  private Endpoints() {}

  /** What {@code argument}, the row's port or address of kind {@code kind}, is. */
  static Endpoint of(Sink.Endpoint kind, ASTExpression argument) {
    return switch (kind) {
      case PORT -> isZero(argument) ? Endpoint.EPHEMERAL : Endpoint.OTHER;
      case ADDRESS, ADDRESS_OR_UNBOUND ->
          isNullAddress(argument) ? Endpoint.NULL
              : isEphemeralAddress(argument) ? Endpoint.EPHEMERAL
              : Endpoint.OTHER;
      case NONE -> Endpoint.OTHER;
    };
  }

  /** A port argument known to be 0: the JDK picks a free port. */
  private static boolean isZero(ASTExpression port) {
    Integer value = KnownValues.intValue(port);
    return value != null && value == 0;
  }

  /**
   * {@code new InetSocketAddress([host,] 0)}, inline or through a single-assignment local: an
   * address that asks for an ephemeral port.
   */
  private static boolean isEphemeralAddress(ASTExpression address) {
    ASTExpression created = KnownValues.throughLocal(address);
    if (!(created instanceof ASTConstructorCall call)
        || !TypeTestUtil.isExactlyA(InetSocketAddress.class, call.getTypeNode())) {
      return false;
    }
    int arity = call.getArguments().size();
    // (int port) and (host, int port): the port is the last argument.
    return (arity == 1 || arity == 2) && isZero(call.getArguments().get(arity - 1));
  }

  /**
   * Whether an address argument is {@code null}: the literal, possibly cast, or a local whose only
   * assignment is such a {@code null} (bytecode sees all of them alike).
   */
  private static boolean isNullAddress(ASTExpression address) {
    ASTExpression value = LocalUses.stripCasts(address);
    if (value instanceof ASTNullLiteral) {
      return true;
    }
    ASTExpression initializer = KnownValues.throughLocal(value);
    return initializer != value && LocalUses.isNullLiteral(initializer);
  }
}
