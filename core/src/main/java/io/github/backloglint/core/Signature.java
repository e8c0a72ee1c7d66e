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

  /**
   * Whether {@code erased} (binary names) are this member's parameters, each the same type or a
   * relocation of it; "any" takes all.
   */
  public boolean hasParameters(List<String> erased) {
    return parameters == null || areParameters(parameters, erased);
  }

  /**
   * Whether {@code erased} (binary names; {@code null} when not known) are {@code expected}, each
   * the same type or a relocation of it.
   */
  public static boolean areParameters(List<String> expected, List<String> erased) {
    if (erased == null || erased.size() != expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!isNameOrRelocation(erased.get(i), expected.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the parameters of a method descriptor ({@code (ILjava/net/InetAddress;)V}) are this
   * member's, each the same type or a relocation of it; "any" takes all. Walks the descriptor in
   * place: it runs for every call whose name matched a row.
   */
  public boolean hasDescriptor(String descriptor) {
    if (parameters == null) {
      return true;
    }
    int at = 1;
    for (String parameter : parameters) {
      int end = endOfType(descriptor, at);
      if (end < 0 || !isDescriptorOf(descriptor, at, end, parameter)) {
        return false;
      }
      at = end;
    }
    return at < descriptor.length() && descriptor.charAt(at) == ')';
  }

  /** The index after the type that starts at {@code at} in a descriptor, or -1 at its end. */
  private static int endOfType(String descriptor, int at) {
    while (at < descriptor.length() && descriptor.charAt(at) == '[') {
      at++;
    }
    if (at >= descriptor.length() || descriptor.charAt(at) == ')') {
      return -1;
    }
    if (descriptor.charAt(at) != 'L') {
      return at + 1;
    }
    int semicolon = descriptor.indexOf(';', at);
    return semicolon < 0 ? -1 : semicolon + 1;
  }

  /** Whether {@code descriptor[start, end)} is {@code type} as a row writes it, or relocated. */
  private static boolean isDescriptorOf(String descriptor, int start, int end, String type) {
    int dimensions = 0;
    String element = type;
    while (element.endsWith("[]")) {
      dimensions++;
      element = element.substring(0, element.length() - 2);
    }
    for (int i = 0; i < dimensions; i++) {
      if (start + i >= end || descriptor.charAt(start + i) != '[') {
        return false;
      }
    }
    int at = start + dimensions;
    if (descriptor.charAt(at) != 'L') {
      String primitive = Sink.descriptor(element);
      return primitive.length() == 1 && end - at == 1 && descriptor.charAt(at) == primitive.charAt(0);
    }
    // Lpackage/Name; against package.Name: the same name, or one that ends in "/" + the name.
    int nameStart = at + 1;
    int nameEnd = end - 1;
    int prefix = nameEnd - nameStart - element.length();
    if (prefix < 0 || (prefix > 0 && descriptor.charAt(nameStart + prefix - 1) != '/')) {
      return false;
    }
    for (int i = 0; i < element.length(); i++) {
      char c = element.charAt(i);
      if (descriptor.charAt(nameStart + prefix + i) != (c == '.' ? '/' : c)) {
        return false;
      }
    }
    return true;
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
    return isNameOrRelocation(binaryName, type, '.');
  }

  /**
   * {@link #isNameOrRelocation(String, String)} for names whose packages end in {@code separator}:
   * {@code '/'} for bytecode's internal names, both names spelled alike.
   */
  public static boolean isNameOrRelocation(String name, String type, char separator) {
    int prefix = name.length() - type.length();
    return prefix == 0 ? name.equals(type)
        : prefix > 0 && name.charAt(prefix - 1) == separator && name.endsWith(type);
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
