package io.github.backloglint.core;

import java.util.List;

/**
 * One API through which a backlog reaches {@code listen()}: a row of {@link Sinks#ALL}. A row is a
 * call ({@link CallSink}), an option passed to any call ({@link OptionSink}) or a generic property
 * setter ({@link PropertySink}); each is declared in one line of the table from a member signature
 * and named properties. Each checker matches rows in its own idiom; what a row means, and whether a
 * call of it is reported ({@link Decision}), is the same for all of them.
 *
 * <p>Type names are binary names with dots ({@code io.undertow.Undertow$Builder} for a nested
 * class): {@link #sourceName} and {@link #internalName} give the other two spellings.
 */
public sealed interface Sink extends Row permits CallSink, OptionSink, PropertySink {

  /** No such argument. */
  int NONE = -1;

  /** How a call is matched against a row. */
  enum Kind {
    /** A constructor declared by {@code owner} itself; in a subclass, its {@code super(...)} call. */
    CONSTRUCTOR,
    /** An instance method declared by {@code owner}, called on {@code owner} or any subtype. */
    INSTANCE,
    /** A static method of {@code owner} exactly. */
    STATIC,
    /**
     * A call with exactly two arguments whose first is the static field {@code owner.name} (read
     * through {@code owner} or a subclass of it); the backlog is argument 1, boxed or not.
     */
    OPTION,
    /**
     * An instance method {@code name(String key, String value)} of {@code owner} or a subtype
     * whose key is the known string {@code propertyKey}; the backlog is the known string value,
     * parsed as a decimal {@code int} (anything else is unknown).
     */
    PROPERTY
  }

  /** What the argument at {@link #endpointIndex} tells about an ephemeral port. */
  enum Endpoint {
    /** An {@code int} port: 0 is ephemeral. */
    PORT,
    /** A {@code SocketAddress}: {@code null} or {@code new InetSocketAddress(0)} is ephemeral. */
    ADDRESS,
    /** An address where {@code null} binds nothing at all ({@code HttpServer.create}). */
    ADDRESS_OR_UNBOUND,
    /** Not tied to an address. */
    NONE
  }

  /** What a framework makes of a backlog below 1. */
  enum Values {
    /** Passed down to the JDK, which uses 50 for anything below 1. */
    JDK,
    /** Ignored: the framework keeps its previous value (Tomcat's {@code acceptCount}). */
    IGNORED_BELOW_ONE,
    /**
     * {@code -1} leaves Netty's own limit (fine); {@code 0} reaches the JDK as 50; any other
     * negative value is rejected by Netty when the server binds, a start-up failure rather than a
     * small queue (Vert.x's {@code acceptBacklog}).
     */
    NETTY_DEFAULT_AT_MINUS_ONE
  }

  /** The default replacement of a small backlog, when the user configured none. */
  enum Fix {
    /** {@code Integer.MAX_VALUE}: the kernel clamps it to its limit. */
    INTEGER_MAX_VALUE,
    /** {@code io.netty.util.NetUtil.SOMAXCONN}: what Netty uses when the option is not set. */
    NETTY_SOMAXCONN,
    /** {@code -1}: the framework then leaves the backlog to Netty's own limit (Vert.x). */
    MINUS_ONE
  }

  /**
   * A call that a row's object must be passed to: an option's taker, a held default's server.
   *
   * @param owner the receiver's type (matched with its subtypes), a binary name
   * @param name the method name, {@code <init>} for a constructor
   */
  record Taker(String owner, String name) {

    /** Parses {@code owner#name}. */
    public static Taker parse(String text) {
      Signature member = Signature.parse(text);
      return new Taker(member.owner(), member.name());
    }
  }

  /**
   * What a row says beyond the call it matches: who owns it and what its backlog means.
   *
   * @param framework who owns the API, as messages name it ({@code JDK}, {@code Netty}, {@code Jetty})
   * @param values what the framework makes of a backlog below 1
   * @param knob the framework's name of the setting, for messages; {@code null} for the JDK's and
   *     Netty's own APIs, whose messages say "listen backlog" alone
   * @param fix the default replacement of the backlog, in the framework's form
   * @param clientTypes prefixes of binary type names: a configuration built by this call whose every
   *     use in the method is as an argument to a method or constructor declared in one of them only
   *     configures a client, and is not reported (empty: no such exemption)
   */
  record Traits(
      String framework,
      Values values,
      String knob,
      Fix fix,
      List<String> clientTypes) {

    static final Traits JDK = new Traits("JDK", Values.JDK, null, Fix.INTEGER_MAX_VALUE, List.of());

    Traits withFramework(String name) {
      return new Traits(name, values, knob, fix, clientTypes);
    }

    Traits withValues(Values newValues) {
      return new Traits(framework, newValues, knob, fix, clientTypes);
    }

    Traits withKnob(String name) {
      return new Traits(framework, values, name, fix, clientTypes);
    }

    Traits withFix(Fix newFix) {
      return new Traits(framework, values, knob, newFix, clientTypes);
    }

    Traits withClientTypes(List<String> types) {
      return new Traits(framework, values, knob, fix, List.copyOf(types));
    }
  }

  /** What the row says beyond its call. */
  Traits traits();


  /** The index of the backlog argument, or {@link #NONE} when the call passes none. */
  int backlog();

  /** What argument {@link #endpointIndex} says about the port. */
  default Endpoint endpoint() {
    return Endpoint.NONE;
  }

  /** The argument that holds the port or address, or {@link #NONE}. */
  default int endpointIndex() {
    return NONE;
  }

  /** Whether the listener may be a port probe (the JDK's sockets and channels only). */
  default boolean mayBeProbe() {
    return false;
  }

  /** For {@link Kind#OPTION}: the calls the option must be passed to (empty: any call). */
  default List<Taker> takers() {
    return List.of();
  }

  /**
   * The backlog a call that passes none listens with: the JDK's 50, unless the library hard-codes
   * another (Pekko's {@code Tcp.bind(host, port)}: 100).
   */
  default int unsetBacklog() {
    return BacklogRule.JDK_DEFAULT_BACKLOG;
  }

  /**
   * For a row without a backlog argument: what Error Prone's fix appends after the last argument
   * to pass one ({@code %s}: the replacement), or {@code null} (see {@link CallSink.Unset}).
   */
  default String unsetFixArguments() {
    return null;
  }

  /**
   * For an instance method: the static field that must be the call's receiver, or {@code null}
   * when any receiver of the owner's type counts.
   */
  default Signature receiverField() {
    return null;
  }

  /** For {@link Kind#PROPERTY}: the key argument 0 must be, as a known string. */
  default String propertyKey() {
    return null;
  }

  default String framework() {
    return traits().framework();
  }

  default Values values() {
    return traits().values();
  }

  default String knob() {
    return traits().knob();
  }

  default Fix fix() {
    return traits().fix();
  }

  /**
   * Whether a shading build may have moved the owner under another package: true of every row, as
   * relocation counts for the whole sink table, frameworks included ({@link #names}).
   */
  default boolean isRelocatable() {
    return true;
  }

  default List<String> clientTypes() {
    return traits().clientTypes();
  }

  /** Whether the call passes a backlog at all. */
  default boolean hasBacklog() {
    return backlog() != NONE;
  }

  /** The backlog is reported by its framework's knob ({@code Jetty acceptQueueSize}). */
  default boolean hasKnob() {
    return knob() != null;
  }

  /**
   * A framework's constructor that listens with the framework's default, having no way to pass the
   * knob ({@code new Server(8080)} in Jetty): governed by the {@code reportFrameworkDefaults} option.
   */
  default boolean isFrameworkDefault() {
    return hasKnob() && !hasBacklog();
  }

  /**
   * Whether {@code binaryName} names {@code type}: the same name, or a relocation of it by a shading
   * build, a name that ends in {@code "." + type} (Netty under {@code
   * org.apache.flink.shaded.netty4.}, Jetty under {@code org.apache.hbase.thirdparty.}).
   */
  default boolean names(String type, String binaryName) {
    return Signature.isNameOrRelocation(binaryName, type);
  }

  /** Whether a client configuration's use in a call declared by {@code binaryName} is harmless. */
  default boolean isClientType(String binaryName) {
    for (String prefix : clientTypes()) {
      if (binaryName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The descriptor of the parameters, up to and including {@code )}: {@code (ILjava/net/InetAddress;)}. */
  default String parameterDescriptor() {
    StringBuilder descriptor = new StringBuilder("(");
    for (String parameter : parameters()) {
      descriptor.append(descriptor(parameter));
    }
    return descriptor.append(')').toString();
  }

  /**
   * The backlog a {@link Kind#PROPERTY} row's known string value sets, read as the framework reads
   * it ({@code Integer.parseInt}, no trimming), or {@code null} when the framework could not read it
   * either.
   */
  static Integer propertyValue(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code owner} as source code writes it: {@code io.undertow.Undertow.Builder}. */
  static String sourceName(String binaryName) {
    return binaryName.replace('$', '.');
  }

  /** A binary name as bytecode writes it: {@code io/undertow/Undertow$Builder}. */
  static String internalName(String binaryName) {
    return binaryName.replace('.', '/');
  }

  /** The descriptor of one type written as a row writes it ({@code int}, {@code a.B[]}). */
  static String descriptor(String type) {
    if (type.endsWith("[]")) {
      return "[" + descriptor(type.substring(0, type.length() - 2));
    }
    return switch (type) {
      case "int" -> "I";
      case "long" -> "J";
      case "boolean" -> "Z";
      case "short" -> "S";
      case "byte" -> "B";
      case "char" -> "C";
      case "float" -> "F";
      case "double" -> "D";
      default -> "L" + internalName(type) + ";";
    };
  }
}
