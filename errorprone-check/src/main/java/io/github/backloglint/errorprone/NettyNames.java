package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;

/** Netty's resolver of the kernel's limit, for the fix of a Netty sink, relocated or not. */
final class NettyNames {

  static final String NET_UTIL = "io.netty.util.NetUtil";

  private NettyNames() {}

  /**
   * The NetUtil that goes with a sink's Netty: Netty's own (netty-transport, which declares the
   * sinks, depends on netty-common), or the one relocated with a shaded Netty if the classpath has
   * it; {@code null} when there is none.
   */
  static String netUtil(String prefix, VisitorState state) {
    if (prefix.isEmpty()) {
      return NET_UTIL;
    }
    String relocated = prefix + NET_UTIL;
    return state.getElements().getTypeElement(relocated) != null ? relocated : null;
  }
}
