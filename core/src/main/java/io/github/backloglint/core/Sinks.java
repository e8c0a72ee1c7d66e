package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Endpoint;
import io.github.backloglint.core.Sink.Fix;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sink.Taker;
import io.github.backloglint.core.Sink.Values;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sink table: every API through which a backlog reaches {@code listen()}, the JDK's, Netty's and
 * the server frameworks'. The three checkers read it and build their own matchers from it; adding a
 * framework is a new row here, fixtures and docs. What each framework does with 0, -1 and a missing
 * value was read in its own source at the versions {@code docs/frameworks.md} names.
 */
public final class Sinks {

  private static final String INT = "int";
  private static final String STRING = "java.lang.String";
  private static final String SOCKET_ADDRESS = "java.net.SocketAddress";
  private static final String INET_SOCKET_ADDRESS = "java.net.InetSocketAddress";
  private static final String INET_ADDRESS = "java.net.InetAddress";
  private static final String PORT_RANGE = "org.glassfish.grizzly.PortRange";
  private static final String HTTP_SERVER = "com.sun.net.httpserver.HttpServer";
  private static final String HTTPS_SERVER = "com.sun.net.httpserver.HttpsServer";

  /** Where a client's use of an HttpCore configuration is declared: client-side code only. */
  private static final List<String> HTTP_CLIENTS =
      List.of(
          "org.apache.hc.client5.",
          "org.apache.http.impl.client.",
          "org.apache.http.impl.conn.",
          "org.apache.http.impl.nio.client.",
          "org.apache.http.impl.nio.conn.",
          "org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor",
          "org.apache.hc.core5.reactor.DefaultConnectingIOReactor",
          "org.apache.hc.core5.http.impl.bootstrap.RequesterBootstrap",
          "org.apache.hc.core5.http.impl.bootstrap.AsyncRequesterBootstrap",
          "org.apache.hc.core5.http.impl.bootstrap.HttpRequester",
          "org.apache.hc.core5.http.impl.bootstrap.HttpAsyncRequester",
          "org.apache.hc.core5.http2.impl.nio.bootstrap.H2RequesterBootstrap");

  /** Every row, JDK first. */
  public static final List<Sink> ALL =
      List.of(
          // JDK: constructors that bind (a subclass reaches them through super(...)).
          jdkConstructor("java.net.ServerSocket", INT),
          jdkConstructor("java.net.ServerSocket", INT, INT),
          jdkConstructor("java.net.ServerSocket", INT, INT, INET_ADDRESS),
          jdkConstructor("javax.net.ssl.SSLServerSocket", INT),
          jdkConstructor("javax.net.ssl.SSLServerSocket", INT, INT),
          jdkConstructor("javax.net.ssl.SSLServerSocket", INT, INT, INET_ADDRESS),
          // JDK: factories (SSLServerSocketFactory too).
          jdk(Kind.INSTANCE, "javax.net.ServerSocketFactory", "createServerSocket",
              Endpoint.PORT, true, INT),
          jdk(Kind.INSTANCE, "javax.net.ServerSocketFactory", "createServerSocket",
              Endpoint.PORT, true, INT, INT),
          jdk(Kind.INSTANCE, "javax.net.ServerSocketFactory", "createServerSocket",
              Endpoint.PORT, true, INT, INT, INET_ADDRESS),
          // JDK: bind of a server socket or channel.
          jdk(Kind.INSTANCE, "java.net.ServerSocket", "bind", Endpoint.ADDRESS, true, SOCKET_ADDRESS),
          jdk(Kind.INSTANCE, "java.net.ServerSocket", "bind", Endpoint.ADDRESS, true,
              SOCKET_ADDRESS, INT),
          jdk(Kind.INSTANCE, "java.nio.channels.ServerSocketChannel", "bind",
              Endpoint.ADDRESS, true, SOCKET_ADDRESS),
          jdk(Kind.INSTANCE, "java.nio.channels.ServerSocketChannel", "bind",
              Endpoint.ADDRESS, true, SOCKET_ADDRESS, INT),
          jdk(Kind.INSTANCE, "java.nio.channels.AsynchronousServerSocketChannel", "bind",
              Endpoint.ADDRESS, true, SOCKET_ADDRESS),
          jdk(Kind.INSTANCE, "java.nio.channels.AsynchronousServerSocketChannel", "bind",
              Endpoint.ADDRESS, true, SOCKET_ADDRESS, INT),
          // JDK: the built-in HTTP server (create() without an address binds nothing).
          jdk(Kind.STATIC, HTTP_SERVER, "create", Endpoint.ADDRESS_OR_UNBOUND, false,
              INET_SOCKET_ADDRESS, INT),
          jdk(Kind.STATIC, HTTP_SERVER, "create", Endpoint.ADDRESS_OR_UNBOUND, false,
              INET_SOCKET_ADDRESS, INT, STRING, "com.sun.net.httpserver.HttpHandler",
              "com.sun.net.httpserver.Filter[]"),
          jdk(Kind.STATIC, HTTPS_SERVER, "create", Endpoint.ADDRESS_OR_UNBOUND, false,
              INET_SOCKET_ADDRESS, INT),
          jdk(Kind.STATIC, HTTPS_SERVER, "create", Endpoint.ADDRESS_OR_UNBOUND, false,
              INET_SOCKET_ADDRESS, INT, STRING, "com.sun.net.httpserver.HttpHandler",
              "com.sun.net.httpserver.Filter[]"),
          jdk(Kind.INSTANCE, HTTP_SERVER, "bind", Endpoint.ADDRESS, false, INET_SOCKET_ADDRESS, INT),
          // Netty: the option, whatever takes it, and the server channel's config.
          new Sink("Netty", Kind.OPTION, "io.netty.channel.ChannelOption", "SO_BACKLOG", List.of(),
              1, Endpoint.NONE, Sink.NONE, false, Values.JDK, null, Fix.NETTY_SOMAXCONN, true,
              List.of(), null, List.of()),
          new Sink("Netty", Kind.INSTANCE, "io.netty.channel.socket.ServerSocketChannelConfig",
              "setBacklog", List.of(INT), 0, Endpoint.NONE, Sink.NONE, false, Values.JDK, null,
              Fix.NETTY_SOMAXCONN, true, List.of(), null, List.of()),
          // Jetty 9.4-12.1: passed to bind(address, n).
          knob("Jetty", "org.eclipse.jetty.server.ServerConnector", "setAcceptQueueSize",
              "acceptQueueSize"),
          knob("Jetty", "org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector",
              "setAcceptQueueSize", "acceptQueueSize"),
          // Tomcat 9-11: a value <= 0 is ignored (the previous value, 100 by default, stays).
          knob("Tomcat", "org.apache.coyote.AbstractProtocol", "setAcceptCount", "acceptCount")
              .with(Values.IGNORED_BELOW_ONE, Fix.INTEGER_MAX_VALUE),
          knob("Tomcat", "org.apache.tomcat.util.net.AbstractEndpoint", "setAcceptCount",
                  "acceptCount")
              .with(Values.IGNORED_BELOW_ONE, Fix.INTEGER_MAX_VALUE),
          new Sink("Tomcat", Kind.PROPERTY, "org.apache.catalina.connector.Connector",
              "setProperty", List.of(STRING, STRING), 1, Endpoint.NONE, Sink.NONE, false,
              Values.IGNORED_BELOW_ONE, "acceptCount", Fix.INTEGER_MAX_VALUE, false, List.of(),
              "acceptCount", List.of()),
          // Undertow 2 / XNIO 3: the socket option (setServerOption never reaches bind).
          new Sink("Undertow", Kind.OPTION, "org.xnio.Options", "BACKLOG", List.of(), 1,
              Endpoint.NONE, Sink.NONE, false, Values.JDK, "Options.BACKLOG",
              Fix.INTEGER_MAX_VALUE, false,
              List.of(
                  new Taker("io.undertow.Undertow$Builder", "setSocketOption"),
                  new Taker("org.xnio.OptionMap$Builder", "set"),
                  new Taker("org.xnio.OptionMap", "create")),
              null, List.of()),
          // Vert.x 3.9-5: -1 (the default) leaves Netty's limit; 0 is the JDK's 50.
          knob("Vert.x", "io.vertx.core.net.NetServerOptions", "setAcceptBacklog", "acceptBacklog")
              .with(Values.NETTY_DEFAULT_AT_MINUS_ONE, Fix.MINUS_ONE),
          knob("Vert.x", "io.vertx.core.eventbus.EventBusOptions", "setAcceptBacklog",
                  "acceptBacklog")
              .with(Values.NETTY_DEFAULT_AT_MINUS_ONE, Fix.MINUS_ONE),
          // Jetty: a server built on a port has its own ServerConnector, acceptQueueSize 0 (50).
          jettyServer(INT),
          jettyServer(INET_SOCKET_ADDRESS),
          // Apache MINA 2: passed to bind(address, n).
          knob("MINA", "org.apache.mina.transport.socket.SocketAcceptor", "setBacklog", "backlog"),
          // Apache Thrift: the server transports' fluent arguments.
          knob("Thrift", "org.apache.thrift.transport.TServerTransport$AbstractServerTransportArgs",
              "backlog", "backlog"),
          // Thrift: a server transport built on a port or an address has no backlog (50).
          thriftDefault("org.apache.thrift.transport.TServerSocket", INT),
          thriftDefault("org.apache.thrift.transport.TServerSocket", INT, INT),
          thriftDefault("org.apache.thrift.transport.TServerSocket", INET_SOCKET_ADDRESS),
          thriftDefault("org.apache.thrift.transport.TServerSocket", INET_SOCKET_ADDRESS, INT),
          thriftDefault("org.apache.thrift.transport.TNonblockingServerSocket", INT),
          thriftDefault("org.apache.thrift.transport.TNonblockingServerSocket", INT, INT),
          thriftDefault("org.apache.thrift.transport.TNonblockingServerSocket", INT, INT, INT),
          thriftDefault("org.apache.thrift.transport.TNonblockingServerSocket",
              INET_SOCKET_ADDRESS),
          thriftDefault("org.apache.thrift.transport.TNonblockingServerSocket",
              INET_SOCKET_ADDRESS, INT),
          thriftDefault("org.apache.thrift.transport.TNonblockingServerSocket",
              INET_SOCKET_ADDRESS, INT, INT),
          // Grizzly 2-4: the transport's backlog and its explicit bind.
          knob("Grizzly", "org.glassfish.grizzly.nio.transport.TCPNIOTransport",
              "setServerConnectionBackLog", "serverConnectionBackLog"),
          knob("Grizzly", "org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder",
              "setServerConnectionBackLog", "serverConnectionBackLog"),
          new Sink("Grizzly", Kind.INSTANCE, "org.glassfish.grizzly.nio.transport.TCPNIOTransport",
              "bind", List.of(STRING, INT, INT), 2, Endpoint.PORT, 1, false, Values.JDK,
              "bind backlog", Fix.INTEGER_MAX_VALUE, false, List.of(), null, List.of()),
          new Sink("Grizzly", Kind.INSTANCE, "org.glassfish.grizzly.nio.transport.TCPNIOTransport",
              "bind", List.of(SOCKET_ADDRESS, INT), 1, Endpoint.ADDRESS, 0, false, Values.JDK,
              "bind backlog", Fix.INTEGER_MAX_VALUE, false, List.of(), null, List.of()),
          // A port picked from a range: the backlog still reaches bind(host, port, backlog).
          new Sink("Grizzly", Kind.INSTANCE, "org.glassfish.grizzly.nio.transport.TCPNIOTransport",
              "bind", List.of(STRING, PORT_RANGE, INT), 2, Endpoint.NONE, Sink.NONE, false,
              Values.JDK, "bind backlog", Fix.INTEGER_MAX_VALUE, false, List.of(), null, List.of()),
          new Sink("Grizzly", Kind.INSTANCE, "org.glassfish.grizzly.nio.transport.TCPNIOTransport",
              "bind", List.of(STRING, PORT_RANGE, "boolean", INT), 3, Endpoint.NONE, Sink.NONE,
              false, Values.JDK, "bind backlog", Fix.INTEGER_MAX_VALUE, false, List.of(), null,
              List.of()),
          // Apache HttpCore 4.4 / 5: passed to bind(address, n); not for a client's config.
          knob("HttpCore", "org.apache.http.config.SocketConfig$Builder", "setBacklogSize",
                  "backlogSize")
              .withClientTypes(HTTP_CLIENTS),
          knob("HttpCore", "org.apache.hc.core5.http.io.SocketConfig$Builder", "setBacklogSize",
                  "backlogSize")
              .withClientTypes(HTTP_CLIENTS),
          knob("HttpCore", "org.apache.http.impl.nio.reactor.IOReactorConfig$Builder",
                  "setBacklogSize", "backlogSize")
              .withClientTypes(HTTP_CLIENTS),
          knob("HttpCore", "org.apache.hc.core5.reactor.IOReactorConfig$Builder", "setBacklogSize",
                  "backlogSize")
              .withClientTypes(HTTP_CLIENTS));

  /**
   * Servers built without their knob, where the framework's default is small (Jetty, MINA and
   * HttpCore: the JDK's 50; Tomcat: 100). Undertow (1000 in its builder), Vert.x (Netty's limit) and
   * Grizzly (4096) have large defaults and no row.
   */
  public static final List<FrameworkDefault> DEFAULTS =
      List.of(
          // Jetty: a connector's acceptQueueSize is 0, which bind(address, 0) turns into 50.
          held("Jetty", "org.eclipse.jetty.server.ServerConnector", null, 50, "acceptQueueSize",
              Set.of("setAcceptQueueSize"), null, Set.of(), Set.of("open", "start"),
              List.of(
                  new Taker("org.eclipse.jetty.server.Server", "addConnector"),
                  new Taker("org.eclipse.jetty.server.Server", "setConnectors")),
              "setAcceptQueueSize(%s)"),
          held("Jetty", "org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector", null, 50,
              "acceptQueueSize", Set.of("setAcceptQueueSize"), null, Set.of(),
              Set.of("open", "start"),
              List.of(
                  new Taker("org.eclipse.jetty.server.Server", "addConnector"),
                  new Taker("org.eclipse.jetty.server.Server", "setConnectors")),
              "setAcceptQueueSize(%s)"),
          // Tomcat: the protocol handler's acceptCount is 100; a connector built on a handler
          // (new Connector(handler)) is left alone, the handler may have been configured.
          tomcatConnector(),
          tomcatConnector(STRING),
          // MINA: the acceptor's backlog is 50 until set.
          held("MINA", "org.apache.mina.transport.socket.nio.NioSocketAcceptor", null, 50,
              "backlog", Set.of("setBacklog"), null, Set.of(), Set.of("bind"), List.of(),
              "setBacklog(%s)"),
          // HttpCore 4.4 / 5: a configuration's backlogSize is 0 until set, given to a server.
          httpCoreBuilder("org.apache.http.config.SocketConfig",
              new Taker("org.apache.http.impl.bootstrap.ServerBootstrap", "setSocketConfig")),
          httpCoreBuilder("org.apache.hc.core5.http.io.SocketConfig",
              new Taker("org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap",
                  "setSocketConfig")),
          httpCoreBuilder("org.apache.http.impl.nio.reactor.IOReactorConfig",
              new Taker("org.apache.http.impl.nio.bootstrap.ServerBootstrap", "setIOReactorConfig"),
              new Taker("org.apache.http.impl.nio.reactor.DefaultListeningIOReactor", "<init>")),
          httpCoreBuilder("org.apache.hc.core5.reactor.IOReactorConfig",
              new Taker("org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap",
                  "setIOReactorConfig"),
              new Taker("org.apache.hc.core5.http2.impl.nio.bootstrap.H2ServerBootstrap",
                  "setIOReactorConfig")));

  /**
   * The names a sink call can have ({@code <init>} for constructors, none for options): a checker
   * rejects every other call by name before it resolves anything.
   */
  public static final Set<String> METHOD_NAMES =
      ALL.stream()
          .filter(sink -> sink.kind() != Kind.OPTION)
          .map(Sink::name)
          .collect(Collectors.toUnmodifiableSet());

  /** The option fields ({@code SO_BACKLOG}, {@code BACKLOG}) that make a two-argument call a sink. */
  public static final Set<String> OPTION_FIELDS =
      ALL.stream()
          .filter(sink -> sink.kind() == Kind.OPTION)
          .map(Sink::name)
          .collect(Collectors.toUnmodifiableSet());

  private Sinks() {}

  /** The rows of one kind. */
  public static List<Sink> ofKind(Kind kind) {
    return ALL.stream().filter(sink -> sink.kind() == kind).toList();
  }

  private static FrameworkDefault held(
      String framework,
      String owner,
      List<String> parameters,
      int backlog,
      String knob,
      Set<String> knobMethods,
      String propertyKey,
      Set<String> reachers,
      Set<String> starts,
      List<Taker> servers,
      String knobCall) {
    return new FrameworkDefault(framework, Kind.CONSTRUCTOR, owner, "<init>", parameters, backlog,
        knob, knobMethods, propertyKey, reachers, starts, servers, Fix.INTEGER_MAX_VALUE, knobCall);
  }

  /** Tomcat's connector, given its knob by property or through its protocol handler. */
  private static FrameworkDefault tomcatConnector(String... parameters) {
    return held("Tomcat", "org.apache.catalina.connector.Connector", List.of(parameters), 100,
        "acceptCount", Set.of(), "acceptCount", Set.of("getProtocolHandler"), Set.of(),
        List.of(
            new Taker("org.apache.catalina.startup.Tomcat", "setConnector"),
            new Taker("org.apache.catalina.Service", "addConnector")),
        "setProperty(\"acceptCount\", String.valueOf(%s))");
  }

  /** HttpCore's {@code custom()} builder of a configuration that a server bootstrap takes. */
  private static FrameworkDefault httpCoreBuilder(String owner, Taker... servers) {
    return new FrameworkDefault("HttpCore", Kind.STATIC, owner, "custom", List.of(), 50,
        "backlogSize", Set.of("setBacklogSize"), null, Set.of(), Set.of(), List.of(servers),
        Fix.INTEGER_MAX_VALUE, "setBacklogSize(%s)");
  }

  private static Sink jdkConstructor(String owner, String... parameters) {
    return jdk(Kind.CONSTRUCTOR, owner, "<init>", Endpoint.PORT, true, parameters);
  }

  /** A JDK row: the backlog, when passed, follows the port or address (argument 0). */
  private static Sink jdk(
      Kind kind, String owner, String name, Endpoint endpoint, boolean probe, String... parameters) {
    int backlog = parameters.length > 1 ? 1 : Sink.NONE;
    return new Sink("JDK", kind, owner, name, List.of(parameters), backlog, endpoint, 0, probe,
        Values.JDK, null, Fix.INTEGER_MAX_VALUE, false, List.of(), null, List.of());
  }

  /**
   * A framework constructor without a backlog: the server listens with the framework's default
   * (argument 0 is the port or address, for the ephemeral-port exemption).
   */
  private static Sink frameworkDefault(
      String framework, String owner, String knob, String... parameters) {
    Endpoint endpoint = parameters[0].equals(INT) ? Endpoint.PORT : Endpoint.ADDRESS;
    return new Sink(framework, Kind.CONSTRUCTOR, owner, "<init>", List.of(parameters), Sink.NONE,
        endpoint, 0, false, Values.JDK, knob, Fix.INTEGER_MAX_VALUE, false, List.of(), null,
        List.of());
  }

  /** Jetty's server built on a port or an address: its own ServerConnector, acceptQueueSize 0. */
  private static Sink jettyServer(String parameter) {
    return frameworkDefault("Jetty", "org.eclipse.jetty.server.Server", "acceptQueueSize", parameter);
  }

  /** Thrift's server transports built on a port or an address: the backlog of their args is 0. */
  private static Sink thriftDefault(String owner, String... parameters) {
    return frameworkDefault("Thrift", owner, "backlog", parameters);
  }

  /** A framework setter {@code name(int)} whose argument is the backlog. */
  private static Sink knob(String framework, String owner, String name, String knob) {
    return new Sink(framework, Kind.INSTANCE, owner, name, List.of(INT), 0, Endpoint.NONE,
        Sink.NONE, false, Values.JDK, knob, Fix.INTEGER_MAX_VALUE, false, List.of(), null,
        List.of());
  }
}
