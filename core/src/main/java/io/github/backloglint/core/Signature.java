package io.github.backloglint.core;

import java.util.Arrays;
import java.util.List;

/**
 * A member as a sink row names it: {@code java.net.ServerSocket#<init>(int,int)}, {@code
 * io.netty.channel.ChannelOption#SO_BACKLOG} (a field), or {@code
 * org.eclipse.jetty.server.ServerConnector#<init>(..)} (any constructor). Types are binary names
 * ({@code io.undertow.Undertow$Builder}); arrays end in {@code []}.
 *
 * @param owner the declaring type
 * @param name the member, {@code <init>} for a constructor
 * @param parameters the erased parameter types; {@code null} for "any" ({@code (..)}) and for a field
 */
public record Signature(String owner, String name, List<String> parameters) {

  /** The name javac and bytecode give a constructor. */
  public static final String CONSTRUCTOR = "<init>";

  /** Parses {@code owner#name(type,type)}, {@code owner#name(..)} or {@code owner#FIELD}. */
  public static Signature parse(String text) {
    int hash = text.indexOf('#');
    int open = text.indexOf('(');
    if (hash <= 0 || (open >= 0 && (open < hash || !text.endsWith(")")))) {
      throw new IllegalArgumentException("Not a member signature: " + text);
    }
    String owner = text.substring(0, hash);
    if (open < 0) {
      return new Signature(owner, text.substring(hash + 1), null);
    }
    String name = text.substring(hash + 1, open);
    String inside = text.substring(open + 1, text.length() - 1).trim();
    List<String> parameters =
        inside.equals("..") ? null
            : inside.isEmpty() ? List.of()
            : Arrays.stream(inside.split(",")).map(String::trim).toList();
    return new Signature(owner, name, parameters);
  }

  /** Whether this names a constructor. */
  public boolean isConstructor() {
    return name.equals(CONSTRUCTOR);
  }

  /** Whether {@code erased} (binary names) are this member's parameters; "any" takes all. */
  public boolean hasParameters(List<String> erased) {
    return parameters == null || parameters.equals(erased);
  }

  /** The owner's simple name, as {@code new} and {@code extends} write it. */
  public String simpleOwner() {
    return simpleName(owner);
  }

  /**
   * Whether {@code binaryName} is {@code type} or a relocation of it by a shading build: a name that
   * ends in {@code "." + type} ({@code org.apache.flink.shaded.netty4.io.netty.channel.ChannelOption}).
   * Every row of the sink and configuration tables matches its owner this way; no allocation, as it
   * runs for the supertypes of each call whose name matched a row.
   */
  public static boolean isNameOrRelocation(String binaryName, String type) {
    int prefix = binaryName.length() - type.length();
    return prefix == 0 ? binaryName.equals(type)
        : prefix > 0 && binaryName.charAt(prefix - 1) == '.' && binaryName.endsWith(type);
  }

  /** The simple name of a binary name: {@code Builder} for {@code io.undertow.Undertow$Builder}. */
  public static String simpleName(String binaryName) {
    return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
  }

  @Override
  public String toString() {
    String arguments = parameters == null ? "(..)" : "(" + String.join(",", parameters) + ")";
    return owner + "#" + name + arguments;
  }
}
