package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.predicates.TypePredicate;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import java.util.List;
import javax.lang.model.element.ElementKind;

/**
 * Netty's classes by name, including copies relocated by a shading build ({@code
 * org.apache.flink.shaded.netty4.io.netty.channel.ChannelOption}).
 */
final class NettyNames {

  static final String CHANNEL_OPTION = "io.netty.channel.ChannelOption";
  static final String SERVER_CONFIG = "io.netty.channel.socket.ServerSocketChannelConfig";
  static final String NET_UTIL = "io.netty.util.NetUtil";

  private NettyNames() {}

  /**
   * For a static field {@code SO_BACKLOG} of ChannelOption (or a subclass, or a relocated copy),
   * the package prefix a shading build added ({@code ""} for Netty itself); else {@code null}.
   */
  static String optionPrefix(ExpressionTree argument, VisitorState state) {
    Symbol field = ASTHelpers.getSymbol(argument);
    if (!(field instanceof VarSymbol)
        || field.getKind() != ElementKind.FIELD
        || !ASTHelpers.isStatic(field)) {
      return null;
    }
    return prefix(field.owner.type, CHANNEL_OPTION, state);
  }

  /** Matches a type that is, extends or implements {@code nettyClass}, relocated or not. */
  static TypePredicate isOrExtends(String nettyClass) {
    return (type, state) -> prefix(type, nettyClass, state) != null;
  }

  /**
   * The prefix before {@code nettyClass} among the supertypes of {@code type} ({@code ""} for the
   * class itself, {@code org.apache.flink.shaded.netty4.} for a relocated one), or {@code null}.
   */
  static String prefix(Type type, String nettyClass, VisitorState state) {
    if (type == null) {
      return null;
    }
    List<Type> supertypes;
    try {
      supertypes = state.getTypes().closure(type);
    } catch (CompletionFailure e) {
      return null; // a supertype is missing from the classpath: cannot tell, stay silent
    }
    for (Type supertype : supertypes) {
      if (supertype.tsym == null) {
        continue;
      }
      String name = supertype.tsym.getQualifiedName().toString();
      if (name.equals(nettyClass)) {
        return "";
      }
      if (name.endsWith("." + nettyClass)) {
        return name.substring(0, name.length() - nettyClass.length());
      }
    }
    return null;
  }

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
