package io.github.backloglint.core;

import java.util.Set;

/**
 * The "is this port free?" idiom: a socket held in a method's own local that the method only binds,
 * asks about, configures or closes. Any other use makes the socket a server.
 */
public final class PortProbe {

  /** The only methods a probe may call on its socket or channel. */
  public static final Set<String> ALLOWED_METHODS =
      Set.of(
          "bind",
          "getLocalPort",
          "getLocalSocketAddress",
          "getLocalAddress",
          "getInetAddress",
          "isBound",
          "isClosed",
          "setReuseAddress",
          "setSoTimeout",
          "setOption",
          "close");

  private PortProbe() {}

  /** Whether calling {@code methodName} on the socket keeps it a probe. */
  public static boolean isProbeUse(String methodName) {
    return ALLOWED_METHODS.contains(methodName);
  }
}
