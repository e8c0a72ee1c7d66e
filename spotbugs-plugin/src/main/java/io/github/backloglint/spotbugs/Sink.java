package io.github.backloglint.spotbugs;

import java.util.List;
import java.util.Set;

/**
 * A JDK or Netty method that makes the kernel listen, as it appears in bytecode: the declaring type
 * (matched with its subtypes, since the invoke names the static receiver type), the method name and
 * the parameter part of its descriptor.
 *
 * @param owner the declaring type, dotted; a name that starts with {@code .} matches by suffix, so
 *     that Netty relocated by a shading build counts too
 * @param name the method name
 * @param parameters the descriptor up to and including {@code )}
 * @param isStatic whether the call is an {@code invokestatic}
 * @param backlogArgument the index of the backlog argument, or -1 when the call passes none
 * @param endpoint what the first argument says about the port, for the ephemeral-port exemption
 * @param probe whether the socket may be a port probe (sockets and channels, not HttpServer)
 * @param netty whether Netty's replacement applies
 */
record Sink(
    String owner,
    String name,
    String parameters,
    boolean isStatic,
    int backlogArgument,
    Endpoint endpoint,
    boolean probe,
    boolean netty) {

  /** What the first argument of a sink tells about an ephemeral port. */
  enum Endpoint {
    /** An {@code int} port: 0 is ephemeral. */
    PORT,
    /** A {@code SocketAddress}: {@code null} or {@code new InetSocketAddress(0)} is ephemeral. */
    ADDRESS,
    /** An address where {@code null} binds nothing ({@code HttpServer.create}). */
    ADDRESS_OR_UNBOUND,
    /** Not tied to an address (Netty). */
    NONE
  }

  static final String SERVER_SOCKET = "java.net.ServerSocket";
  static final String SSL_SERVER_SOCKET = "javax.net.ssl.SSLServerSocket";
  static final String NETTY_CHANNEL_OPTION = ".io.netty.channel.ChannelOption";
  static final String NETTY_SERVER_CHANNEL_CONFIG = ".io.netty.channel.socket.ServerSocketChannelConfig";

  /** The constructors that bind, declared by these classes only; a subclass calls them as super. */
  static final Set<String> BINDING_CONSTRUCTOR_OWNERS =
      Set.of("java/net/ServerSocket", "javax/net/ssl/SSLServerSocket");

  /** The descriptors of the binding constructors: (port), (port, backlog), (port, backlog, address). */
  static final Set<String> BINDING_CONSTRUCTORS = Set.of("(I)V", "(II)V", "(IILjava/net/InetAddress;)V");

  /** The sink methods; constructors and Netty's {@code SO_BACKLOG} option are matched apart. */
  static final List<Sink> METHODS =
      List.of(
          socketBind(SERVER_SOCKET),
          socketBind(SERVER_SOCKET).withBacklog(),
          socketBind("java.nio.channels.ServerSocketChannel"),
          socketBind("java.nio.channels.ServerSocketChannel").withBacklog(),
          socketBind("java.nio.channels.AsynchronousServerSocketChannel"),
          socketBind("java.nio.channels.AsynchronousServerSocketChannel").withBacklog(),
          factory("(I)", -1),
          factory("(II)", 1),
          factory("(IILjava/net/InetAddress;)", 1),
          new Sink("com.sun.net.httpserver.HttpServer", "create", "(Ljava/net/InetSocketAddress;I)",
              true, 1, Endpoint.ADDRESS_OR_UNBOUND, false, false),
          new Sink("com.sun.net.httpserver.HttpServer", "create",
              "(Ljava/net/InetSocketAddress;ILjava/lang/String;Lcom/sun/net/httpserver/HttpHandler;"
                  + "[Lcom/sun/net/httpserver/Filter;)",
              true, 1, Endpoint.ADDRESS_OR_UNBOUND, false, false),
          new Sink("com.sun.net.httpserver.HttpServer", "bind", "(Ljava/net/InetSocketAddress;I)",
              false, 1, Endpoint.ADDRESS, false, false),
          new Sink(NETTY_SERVER_CHANNEL_CONFIG, "setBacklog", "(I)", false, 0, Endpoint.NONE, false, true));

  /** Method names of {@link #METHODS}: the cheap test before any descriptor or type is looked at. */
  static final Set<String> METHOD_NAMES = Set.of("bind", "createServerSocket", "create", "setBacklog");

  private static Sink socketBind(String owner) {
    return new Sink(owner, "bind", "(Ljava/net/SocketAddress;)", false, -1, Endpoint.ADDRESS, true, false);
  }

  private static Sink factory(String parameters, int backlogArgument) {
    return new Sink("javax.net.ServerSocketFactory", "createServerSocket", parameters, false,
        backlogArgument, Endpoint.PORT, true, false);
  }

  private Sink withBacklog() {
    return new Sink(owner, name, parameters.replace(")", "I)"), isStatic, 1, endpoint, probe, netty);
  }

  /** Whether an invoke of {@code methodName} with {@code signature} has this sink's shape. */
  boolean hasShape(String methodName, String signature, boolean staticCall) {
    return name.equals(methodName) && isStatic == staticCall && signature.startsWith(parameters);
  }

  /** Whether a dotted class name is this sink's owner itself (a suffix for shaded Netty). */
  boolean isOwnerName(String dottedName) {
    return isNamed(owner, dottedName);
  }

  /** {@code dottedName} is {@code type}, or ends with it when {@code type} starts with a dot. */
  static boolean isNamed(String type, String dottedName) {
    return type.startsWith(".")
        ? dottedName.endsWith(type) || dottedName.equals(type.substring(1))
        : dottedName.equals(type);
  }
}
