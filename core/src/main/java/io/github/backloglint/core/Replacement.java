package io.github.backloglint.core;

import java.util.regex.Pattern;

/**
 * What a fix puts in place of a small backlog: a static field ({@code Integer.MAX_VALUE}) or a
 * no-argument static method ({@code com.acme.net.Backlogs.max()}).
 *
 * @param owner the class that declares the member, as written (qualified or, for {@code
 *     java.lang}, simple); empty for a literal such as {@link #MINUS_ONE}
 * @param member the field or method name
 * @param method whether the member is a method (written with {@code ()})
 */
public record Replacement(String owner, String member, boolean method) {

  private static final Pattern FORM =
      Pattern.compile(
          "(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*\\.)+"
              + "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\(\\))?");

  /** The default replacement for JDK sinks. */
  public static final Replacement INTEGER_MAX_VALUE = new Replacement("Integer", "MAX_VALUE", false);

  /** The default replacement for Netty's {@code SO_BACKLOG} and {@code setBacklog}. */
  public static final Replacement NETTY_SOMAXCONN =
      new Replacement("io.netty.util.NetUtil", "SOMAXCONN", false);

  /** Vert.x's value for "leave it to Netty's own limit": a literal, not a member. */
  public static final Replacement MINUS_ONE = new Replacement("", "-1", false);

  /** The default replacement for a sink's {@link Sink.Fix}. */
  public static Replacement of(Sink.Fix fix) {
    return switch (fix) {
      case INTEGER_MAX_VALUE -> INTEGER_MAX_VALUE;
      case NETTY_SOMAXCONN -> NETTY_SOMAXCONN;
      case MINUS_ONE -> MINUS_ONE;
    };
  }

  /** Whether this is a literal value ({@code -1}) rather than a static member. */
  public boolean isLiteral() {
    return owner.isEmpty();
  }

  /**
   * Parses a replacement as a user writes it.
   *
   * @throws IllegalArgumentException naming {@code optionName} and the value when it is not a
   *     qualified static field or no-argument static method
   */
  public static Replacement parse(String optionName, String text) {
    String value = text == null ? "" : text.trim();
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Invalid value for option "
              + optionName
              + ": '"
              + text
              + "' (expected a static field or no-argument static method with its class,"
              + " e.g. Integer.MAX_VALUE or com.acme.net.Backlogs.max())");
    }
    boolean method = value.endsWith("()");
    String name = method ? value.substring(0, value.length() - 2) : value;
    int dot = name.lastIndexOf('.');
    return new Replacement(name.substring(0, dot), name.substring(dot + 1), method);
  }

  /** The class name without its package, as code refers to it after an import. */
  public String simpleOwner() {
    return owner.substring(owner.lastIndexOf('.') + 1);
  }

  /** Whether the owner is written with its package (and so needs an import in a fix). */
  public boolean isQualified() {
    return owner.indexOf('.') >= 0;
  }

  /** The expression a fix writes after importing the owner: {@code Backlogs.max()}. */
  public String shortExpression() {
    if (isLiteral()) {
      return member;
    }
    return simpleOwner() + "." + member + (method ? "()" : "");
  }

  /** The replacement as the message names it: the owner's simple name and the member. */
  @Override
  public String toString() {
    return isLiteral() ? member + " (Netty's own limit, NetUtil.SOMAXCONN)" : shortExpression();
  }
}
