package io.github.backloglint.core;

import java.util.Set;

/**
 * The "is this port free?" idiom: a socket held in a method's own local that the method only binds,
 * asks about, configures or closes; and the one-shot listener, which may also accept once, outside
 * any loop, when the method closes it. Any other use makes the socket a server.
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

  /** A one-shot listener's single call: {@code accept()} without arguments. */
  public static final String ACCEPT = "accept";

  /** The call that binds a socket; a channel's returns the channel itself. */
  public static final String BIND = "bind";

  /** The method a listener is closed with, by itself or by try-with-resources. */
  public static final String CLOSE = "close";

  /**
   * The factories of a fresh, unbound channel ({@code ServerSocketChannel.open()}): their result's
   * {@code bind} returns the same channel, so the local the bind initializes holds the socket.
   */
  public static final Set<String> FRESH_CHANNEL_OWNERS =
      Set.of("java.nio.channels.ServerSocketChannel", "java.nio.channels.AsynchronousServerSocketChannel");

  /** The static method of {@link #FRESH_CHANNEL_OWNERS} that makes a fresh channel. */
  public static final String OPEN = "open";

  private PortProbe() {}

  /**
   * Whether a socket whose other uses are all probe uses is a one-shot listener: accepted exactly
   * once, not in a loop, and closed.
   */
  public static boolean isOneShot(int accepts, boolean acceptInLoop, boolean closed) {
    return accepts == 1 && !acceptInLoop && closed;
  }

  /** Whether calling {@code methodName} on the socket keeps it a probe. */
  public static boolean isProbeUse(String methodName) {
    return ALLOWED_METHODS.contains(methodName);
  }

  /**
   * Whether calling {@code methodName} on the socket keeps it a probe, given whether the call's
   * result is used (returned, stored, passed on, called on) rather than discarded: a channel's
   * {@code bind} returns the channel, so a bind whose result is used lets the channel escape.
   */
  public static boolean isProbeUse(String methodName, boolean resultUsed) {
    return isProbeUse(methodName) && !(resultUsed && BIND.equals(methodName));
  }
}
