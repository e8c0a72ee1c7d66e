package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Fix;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sink.Values;
import java.util.Arrays;
import java.util.List;

/**
 * The sink table: every API through which a backlog reaches {@code listen()}, the JDK's, Netty's and
 * the server frameworks', one declaration each; and the framework defaults, objects that listen with
 * a small default unless their knob is set. The checkers find rows through {@link SinkIndex} and
 * never name a sink themselves; adding a framework is rows here, fixtures and docs. What each
 * framework does with 0, -1 and a missing value was read in its own source at the versions {@code
 * docs/frameworks.md} names.
 */
public final class Sinks {

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

  private static final String JETTY_SERVERS =
      "org.eclipse.jetty.server.Server#addConnector,org.eclipse.jetty.server.Server#setConnectors";

  /**
   * Application frameworks and server libraries, one level above the frameworks below: Spring
   * Integration IP 6.5, Apache SSHD 2.14-2.17, Pekko 1.x and Akka 2.6 / 10.2 (the javadsl). Each
   * passes its value to the JDK's bind: below 1 is 50.
   */
  private static final List<Sink> SERVER_LIBRARIES =
      concat(
          List.of(
              // Spring Integration IP 6.5: the server factory's backlog (5 until set) reaches
              // createServerSocket(port, |n|, nic) or bind(address, |n|); setBacklog refuses n < 0.
              knob("Spring Integration", "org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory#setBacklog(int)", "backlog"),
              knob("Spring Integration", "org.springframework.integration.ip.dsl.TcpServerConnectionFactorySpec#backlog(int)", "backlog"),
              // Apache SSHD 2.14-2.17: the socket-backlog property, read by Nio2Acceptor into
              // bind(address, n); Property.set is a sink only on that property.
              call("org.apache.sshd.common.Property#set(org.apache.sshd.common.PropertyResolver,java.lang.Object)")
                  .on("org.apache.sshd.core.CoreModuleProperties#SOCKET_BACKLOG").backlogAt(1)
                  .framework("SSHD").knob("CoreModuleProperties.SOCKET_BACKLOG")),
          akkaFamily("Pekko", "org.apache.pekko"),
          akkaFamily("Akka", "akka"));

  /** Every sink, JDK first. */
  public static final List<Sink> ALL =
      concat(
      List.of(
          // JDK: constructors that bind (a subclass reaches them through super(...)).
          call("java.net.ServerSocket#<init>(int)").portAt(0).probe(),
          call("java.net.ServerSocket#<init>(int,int)").portAt(0).backlogAt(1).probe(),
          call("java.net.ServerSocket#<init>(int,int,java.net.InetAddress)").portAt(0).backlogAt(1).probe(),
          call("javax.net.ssl.SSLServerSocket#<init>(int)").portAt(0).probe(),
          call("javax.net.ssl.SSLServerSocket#<init>(int,int)").portAt(0).backlogAt(1).probe(),
          call("javax.net.ssl.SSLServerSocket#<init>(int,int,java.net.InetAddress)").portAt(0).backlogAt(1).probe(),
          // JDK: factories (SSLServerSocketFactory too).
          call("javax.net.ServerSocketFactory#createServerSocket(int)").portAt(0).probe(),
          call("javax.net.ServerSocketFactory#createServerSocket(int,int)").portAt(0).backlogAt(1).probe(),
          call("javax.net.ServerSocketFactory#createServerSocket(int,int,java.net.InetAddress)").portAt(0).backlogAt(1).probe(),
          // JDK: bind of a server socket or channel.
          call("java.net.ServerSocket#bind(java.net.SocketAddress)").addressAt(0).probe(),
          call("java.net.ServerSocket#bind(java.net.SocketAddress,int)").addressAt(0).backlogAt(1).probe(),
          call("java.nio.channels.ServerSocketChannel#bind(java.net.SocketAddress)").addressAt(0).probe(),
          call("java.nio.channels.ServerSocketChannel#bind(java.net.SocketAddress,int)").addressAt(0).backlogAt(1).probe(),
          call("java.nio.channels.AsynchronousServerSocketChannel#bind(java.net.SocketAddress)").addressAt(0).probe(),
          call("java.nio.channels.AsynchronousServerSocketChannel#bind(java.net.SocketAddress,int)").addressAt(0).backlogAt(1).probe(),
          // JDK: the built-in HTTP server (create() without an address binds nothing).
          staticCall("com.sun.net.httpserver.HttpServer#create(java.net.InetSocketAddress,int)").addressOrUnboundAt(0).backlogAt(1),
          staticCall("com.sun.net.httpserver.HttpServer#create(java.net.InetSocketAddress,int,java.lang.String,com.sun.net.httpserver.HttpHandler,com.sun.net.httpserver.Filter[])").addressOrUnboundAt(0).backlogAt(1),
          staticCall("com.sun.net.httpserver.HttpsServer#create(java.net.InetSocketAddress,int)").addressOrUnboundAt(0).backlogAt(1),
          staticCall("com.sun.net.httpserver.HttpsServer#create(java.net.InetSocketAddress,int,java.lang.String,com.sun.net.httpserver.HttpHandler,com.sun.net.httpserver.Filter[])").addressOrUnboundAt(0).backlogAt(1),
          call("com.sun.net.httpserver.HttpServer#bind(java.net.InetSocketAddress,int)").addressAt(0).backlogAt(1),
          // Netty: the option, whatever takes it, and the server channel's config.
          option("io.netty.channel.ChannelOption#SO_BACKLOG").framework("Netty").fix(Fix.NETTY_SOMAXCONN),
          call("io.netty.channel.socket.ServerSocketChannelConfig#setBacklog(int)").backlogAt(0).framework("Netty").fix(Fix.NETTY_SOMAXCONN),
          // Jetty 9.4-12.1: passed to bind(address, n).
          knob("Jetty", "org.eclipse.jetty.server.ServerConnector#setAcceptQueueSize(int)", "acceptQueueSize"),
          knob("Jetty", "org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector#setAcceptQueueSize(int)", "acceptQueueSize"),
          // Tomcat 9-11: a value <= 0 is ignored (the previous value, 100 by default, stays).
          knob("Tomcat", "org.apache.coyote.AbstractProtocol#setAcceptCount(int)", "acceptCount").values(Values.IGNORED_BELOW_ONE),
          knob("Tomcat", "org.apache.tomcat.util.net.AbstractEndpoint#setAcceptCount(int)", "acceptCount").values(Values.IGNORED_BELOW_ONE),
          property("org.apache.catalina.connector.Connector#setProperty(java.lang.String,java.lang.String)", "acceptCount").framework("Tomcat").values(Values.IGNORED_BELOW_ONE),
          // Undertow 2 / XNIO 3: the socket option (setServerOption never reaches bind).
          option("org.xnio.Options#BACKLOG").framework("Undertow").knob("Options.BACKLOG")
              .takenBy("io.undertow.Undertow$Builder#setSocketOption", "org.xnio.OptionMap$Builder#set", "org.xnio.OptionMap#create"),
          // Vert.x 3.9-5: -1 (the default) leaves Netty's limit; 0 is the JDK's 50.
          knob("Vert.x", "io.vertx.core.net.NetServerOptions#setAcceptBacklog(int)", "acceptBacklog").values(Values.NETTY_DEFAULT_AT_MINUS_ONE).fix(Fix.MINUS_ONE),
          knob("Vert.x", "io.vertx.core.eventbus.EventBusOptions#setAcceptBacklog(int)", "acceptBacklog").values(Values.NETTY_DEFAULT_AT_MINUS_ONE).fix(Fix.MINUS_ONE),
          // Jetty: a server built on a port has its own ServerConnector, acceptQueueSize 0 (50).
          frameworkDefault("Jetty", "org.eclipse.jetty.server.Server#<init>(int)", "acceptQueueSize"),
          frameworkDefault("Jetty", "org.eclipse.jetty.server.Server#<init>(java.net.InetSocketAddress)", "acceptQueueSize"),
          // Apache MINA 2: passed to bind(address, n).
          knob("MINA", "org.apache.mina.transport.socket.SocketAcceptor#setBacklog(int)", "backlog"),
          // Apache Thrift: the server transports' fluent arguments.
          knob("Thrift", "org.apache.thrift.transport.TServerTransport$AbstractServerTransportArgs#backlog(int)", "backlog"),
          // Thrift: a server transport built on a port or an address has no backlog (50).
          frameworkDefault("Thrift", "org.apache.thrift.transport.TServerSocket#<init>(int)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TServerSocket#<init>(int,int)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TServerSocket#<init>(java.net.InetSocketAddress)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TServerSocket#<init>(java.net.InetSocketAddress,int)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TNonblockingServerSocket#<init>(int)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TNonblockingServerSocket#<init>(int,int)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TNonblockingServerSocket#<init>(int,int,int)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TNonblockingServerSocket#<init>(java.net.InetSocketAddress)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TNonblockingServerSocket#<init>(java.net.InetSocketAddress,int)", "backlog"),
          frameworkDefault("Thrift", "org.apache.thrift.transport.TNonblockingServerSocket#<init>(java.net.InetSocketAddress,int,int)", "backlog"),
          // Grizzly 2-4: the transport's backlog and its explicit bind.
          knob("Grizzly", "org.glassfish.grizzly.nio.transport.TCPNIOTransport#setServerConnectionBackLog(int)", "serverConnectionBackLog"),
          knob("Grizzly", "org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder#setServerConnectionBackLog(int)", "serverConnectionBackLog"),
          call("org.glassfish.grizzly.nio.transport.TCPNIOTransport#bind(java.lang.String,int,int)").portAt(1).backlogAt(2).framework("Grizzly").knob("bind backlog"),
          call("org.glassfish.grizzly.nio.transport.TCPNIOTransport#bind(java.net.SocketAddress,int)").addressAt(0).backlogAt(1).framework("Grizzly").knob("bind backlog"),
          // A port picked from a range: the backlog still reaches bind(host, port, backlog).
          call("org.glassfish.grizzly.nio.transport.TCPNIOTransport#bind(java.lang.String,org.glassfish.grizzly.PortRange,int)").backlogAt(2).framework("Grizzly").knob("bind backlog"),
          call("org.glassfish.grizzly.nio.transport.TCPNIOTransport#bind(java.lang.String,org.glassfish.grizzly.PortRange,boolean,int)").backlogAt(3).framework("Grizzly").knob("bind backlog"),
          // Apache HttpCore 4.4 / 5: passed to bind(address, n); not for a client's config.
          knob("HttpCore", "org.apache.http.config.SocketConfig$Builder#setBacklogSize(int)", "backlogSize").clientTypes(HTTP_CLIENTS),
          knob("HttpCore", "org.apache.hc.core5.http.io.SocketConfig$Builder#setBacklogSize(int)", "backlogSize").clientTypes(HTTP_CLIENTS),
          knob("HttpCore", "org.apache.http.impl.nio.reactor.IOReactorConfig$Builder#setBacklogSize(int)", "backlogSize").clientTypes(HTTP_CLIENTS),
          knob("HttpCore", "org.apache.hc.core5.reactor.IOReactorConfig$Builder#setBacklogSize(int)", "backlogSize").clientTypes(HTTP_CLIENTS)),
      SERVER_LIBRARIES);

  /** Where a Spring Integration server connection factory listens: its inbound endpoints. */
  private static final String[] SPRING_INBOUND = {
      "org.springframework.integration.ip.dsl.Tcp#inboundAdapter",
      "org.springframework.integration.ip.dsl.Tcp#inboundGateway",
      "org.springframework.integration.ip.tcp.TcpReceivingChannelAdapter#setConnectionFactory",
      "org.springframework.integration.ip.tcp.TcpInboundGateway#setConnectionFactory"};

  /**
   * Server libraries' objects built without their knob: Spring Integration's server connection
   * factories and DSL specs (DEFAULT_BACKLOG 5), started, given to an inbound endpoint or returned
   * from a {@code @Bean} method, whose container starts it; SSHD's default server, started.
   */
  private static final List<FrameworkDefault> SERVER_LIBRARY_DEFAULTS =
      List.of(
          springServerFactory("org.springframework.integration.ip.tcp.connection.TcpNetServerConnectionFactory#<init>(int)"),
          springServerFactory("org.springframework.integration.ip.tcp.connection.TcpNioServerConnectionFactory#<init>(int)"),
          springServerSpec("org.springframework.integration.ip.dsl.Tcp#netServer(int)"),
          springServerSpec("org.springframework.integration.ip.dsl.Tcp#nioServer(int)"),
          // Apache SSHD: the default server's socket-backlog is 0 (the JDK's 50) until the
          // property is set on it; its property setters that name another property configure it.
          builderChain("org.apache.sshd.server.SshServer#setUpDefaultServer()").serverStartedBy("start")
              .framework("SSHD", 50)
              .knob("CoreModuleProperties.SOCKET_BACKLOG",
                  "org.apache.sshd.core.CoreModuleProperties.SOCKET_BACKLOG.set({}, %s)", "getProperties")
              .configuredBy(sshdPropertySetters()));

  /**
   * SSHD 2.17's setters of a resolver's property: {@code Property.set(resolver, value)} on a
   * static field (the knob's is {@code SOCKET_BACKLOG}) and {@code
   * PropertyResolverUtils.updateProperty(resolver, name, value)} (the knob's name is {@code
   * "socket-backlog"}).
   */
  private static Configurer[] sshdPropertySetters() {
    String resolver = "org.apache.sshd.common.PropertyResolver";
    return new Configurer[] {
      Configurer.onField("org.apache.sshd.common.Property#set(" + resolver + ",java.lang.Object)", 0,
          "org.apache.sshd.core.CoreModuleProperties#SOCKET_BACKLOG"),
      sshdUpdateProperty(resolver, "int"),
      sshdUpdateProperty(resolver, "long"),
      sshdUpdateProperty(resolver, "boolean"),
      sshdUpdateProperty(resolver, "java.lang.Object"),
    };
  }

  private static Configurer sshdUpdateProperty(String resolver, String value) {
    return Configurer.byName("org.apache.sshd.common.PropertyResolverUtils#updateProperty("
        + resolver + ",java.lang.String," + value + ")", 0, 1, "socket-backlog");
  }

  /**
   * Servers built without their knob, where the framework's default is small (Jetty, MINA and
   * HttpCore: the JDK's 50; Tomcat: 100). Undertow (1000 in its builder), Vert.x (Netty's limit) and
   * Grizzly (4096) have large defaults and no row.
   */
  public static final List<FrameworkDefault> DEFAULTS =
      concat(
      List.of(
          // Jetty: a connector's acceptQueueSize is 0, which bind(address, 0) turns into 50.
          heldObject("org.eclipse.jetty.server.ServerConnector#<init>(..)").framework("Jetty", 50)
              .knob("acceptQueueSize", "setAcceptQueueSize(%s)", "setAcceptQueueSize")
              .startedBy("open", "start").givenTo(JETTY_SERVERS.split(",")),
          heldObject("org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector#<init>(..)").framework("Jetty", 50)
              .knob("acceptQueueSize", "setAcceptQueueSize(%s)", "setAcceptQueueSize")
              .startedBy("open", "start").givenTo(JETTY_SERVERS.split(",")),
          // Tomcat: the protocol handler's acceptCount is 100; a connector built on a handler
          // (new Connector(handler)) is left alone, the handler may have been configured.
          tomcatConnector("org.apache.catalina.connector.Connector#<init>()"),
          tomcatConnector("org.apache.catalina.connector.Connector#<init>(java.lang.String)"),
          // MINA: the acceptor's backlog is 50 until set.
          heldObject("org.apache.mina.transport.socket.nio.NioSocketAcceptor#<init>(..)").framework("MINA", 50)
              .knob("backlog", "setBacklog(%s)", "setBacklog").startedBy("bind"),
          // HttpCore 4.4 / 5: a configuration's backlogSize is 0 until set, given to a server.
          httpCoreBuilder("org.apache.http.config.SocketConfig#custom()",
              "org.apache.http.impl.bootstrap.ServerBootstrap#setSocketConfig"),
          httpCoreBuilder("org.apache.hc.core5.http.io.SocketConfig#custom()",
              "org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap#setSocketConfig"),
          httpCoreBuilder("org.apache.http.impl.nio.reactor.IOReactorConfig#custom()",
              "org.apache.http.impl.nio.bootstrap.ServerBootstrap#setIOReactorConfig",
              "org.apache.http.impl.nio.reactor.DefaultListeningIOReactor#<init>"),
          httpCoreBuilder("org.apache.hc.core5.reactor.IOReactorConfig#custom()",
              "org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap#setIOReactorConfig",
              "org.apache.hc.core5.http2.impl.nio.bootstrap.H2ServerBootstrap#setIOReactorConfig")),
      SERVER_LIBRARY_DEFAULTS);

  // ---- Application frameworks that build their listener themselves (issue 23: Tomcat, Javalin) ----

  /** The Jetty knob that a Javalin app can only reach by adding a connector of its own. */
  private static final String JAVALIN_KNOB =
      "acceptQueueSize of a Jetty connector added with config.jetty.addConnector";

  /**
   * Server applications that build their listener with the default of the framework inside
   * ({@link AppServer}): embedded Tomcat 11's {@code getConnector()} builds {@code new
   * Connector("HTTP/1.1")} (acceptCount 100) when the service has none; Javalin 6 starts Jetty 11
   * with a {@code ServerConnector} whose acceptQueueSize is 0 (the JDK's 50) when its configuration
   * added no connector.
   */
  public static final List<AppServer> APPS =
      List.of(
          app("org.apache.catalina.startup.Tomcat#<init>()").framework("Tomcat", 100)
              .knob("acceptCount", "setProperty(\"acceptCount\", String.valueOf(%s))",
                  "setConnector", "getService")
              .startedBy("start").reportedAt("getConnector")
              .listener(tomcatConnector("org.apache.catalina.connector.Connector#<init>(java.lang.String)")),
          javalin("io.javalin.Javalin#create()").startedBy("start").reportedAt("start"),
          javalin("io.javalin.Javalin#create(java.util.function.Consumer)").startedBy("start").reportedAt("start"),
          javalin("io.javalin.Javalin#createAndStart(java.util.function.Consumer)").startedBy("createAndStart")
              .reportedAt("createAndStart"));

  /** A server application built by this constructor or static factory. */
  public static AppServer app(String builder) {
    return AppServer.of(Signature.parse(builder));
  }

  /**
   * A Javalin app: its configuration reaches Jetty through {@code config.jetty}, a plugin or the
   * private {@code config.pvt}, and after {@code create} through {@code unsafeConfig()} or {@code
   * jettyServer()}; routes and handlers, also in a helper the app is passed to, do not.
   */
  private static AppServer javalin(String factory) {
    return app(factory).framework("Javalin", 50).knob(JAVALIN_KNOB, "", "unsafeConfig", "jettyServer")
        .configuredBy("jetty", "pvt", "registerPlugin").keepsDefaultWhenPassedOn();
  }

  private Sinks() {}

  /** The rows of one kind. */
  public static List<Sink> ofKind(Kind kind) {
    return ALL.stream().filter(sink -> sink.kind() == kind).toList();
  }

  /** A constructor ({@code owner#<init>(...)}) or an instance method, owned by the JDK until said otherwise. */
  public static CallSink call(String signature) {
    Signature member = Signature.parse(signature);
    return CallSink.of(member, member.isConstructor() ? Kind.CONSTRUCTOR : Kind.INSTANCE);
  }

  /** A static method of its owner exactly. */
  public static CallSink staticCall(String signature) {
    return CallSink.of(Signature.parse(signature), Kind.STATIC);
  }

  /** An option field ({@code owner#FIELD}) passed with its value to a call. */
  public static OptionSink option(String field) {
    return new OptionSink(Signature.parse(field), List.of(), Sink.Traits.JDK);
  }

  /** A generic property setter {@code (String key, String value)} called with {@code key}. */
  public static PropertySink property(String signature, String key) {
    return new PropertySink(Signature.parse(signature), key, Sink.Traits.JDK.withKnob(key));
  }

  /** An object built by {@code new} that listens with its framework's default. */
  public static HeldObject heldObject(String constructor) {
    return HeldObject.of(Signature.parse(constructor));
  }

  /** A configuration built by a chain from this static factory to {@code build()}. */
  public static BuilderChain builderChain(String factory) {
    return BuilderChain.of(Signature.parse(factory));
  }

  /**
   * Pekko's rows, or Akka's under {@code root}: Streams' {@code Tcp} (the javadsl extension; the
   * forms without a backlog use the scaladsl's hard-coded {@code defaultBacklog} 100), the actor
   * I/O's {@code TcpMessage.bind} and HTTP's {@code ServerSettings.withBacklog}, all reaching
   * {@code ServerSocket.bind(address, n)} in {@code TcpListener}. HTTP's default comes from {@code
   * reference.conf}: not a row.
   */
  private static List<Sink> akkaFamily(String framework, String root) {
    String tcp = root + ".stream.javadsl.Tcp#";
    String options = "java.lang.Iterable,";
    String tls = "java.lang.String,int,javax.net.ssl.SSLContext," + root + ".stream.TLSProtocol$NegotiateNewSession";
    String engine = "java.lang.String,int,java.util.function.Supplier";
    // Streams' scaladsl defaults, spelled in the javadsl: no options, no half-close, no idle timeout.
    String addBacklog = "%s, java.util.Collections.emptyList(), false, java.util.Optional.empty()";
    return List.of(
        call(tcp + "bind(java.lang.String,int,int," + options + "boolean,java.util.Optional)").portAt(1).backlogAt(2).framework(framework).knob("backlog"),
        call(tcp + "bind(java.lang.String,int,int," + options + "boolean,scala.concurrent.duration.Duration)").portAt(1).backlogAt(2).framework(framework).knob("backlog"),
        call(tcp + "bind(java.lang.String,int)").portAt(1).framework(framework).knob("backlog").unsetBacklog(100, addBacklog),
        call(tcp + "bindTls(" + tls + ",int," + options + "boolean,scala.concurrent.duration.Duration)").portAt(1).backlogAt(4).framework(framework).knob("backlog"),
        call(tcp + "bindTls(" + tls + ")").portAt(1).framework(framework).knob("backlog").unsetBacklog(100, null),
        call(tcp + "bindWithTls(" + engine + ",int," + options + "java.util.Optional,java.util.function.Function," + root + ".stream.TLSClosing)").portAt(1).backlogAt(3).framework(framework).knob("backlog"),
        call(tcp + "bindWithTls(" + engine + ")").portAt(1).framework(framework).knob("backlog").unsetBacklog(100, null),
        staticCall(root + ".io.TcpMessage#bind(" + root + ".actor.ActorRef,java.net.InetSocketAddress,int)").addressAt(1).backlogAt(2).framework(framework).knob("backlog"),
        staticCall(root + ".io.TcpMessage#bind(" + root + ".actor.ActorRef,java.net.InetSocketAddress,int," + options + "boolean)").addressAt(1).backlogAt(2).framework(framework).knob("backlog"),
        knob(framework + " HTTP", root + ".http.javadsl.settings.ServerSettings#withBacklog(int)", "backlog"));
  }

  @SafeVarargs
  private static <T> List<T> concat(List<? extends T>... parts) {
    return Arrays.stream(parts).<T>flatMap(List::stream).toList();
  }

  /** A framework setter whose only argument is the backlog. */
  private static CallSink knob(String framework, String signature, String knob) {
    return call(signature).backlogAt(0).framework(framework).knob(knob);
  }

  /**
   * A framework constructor without a backlog: the server listens with the framework's default
   * (argument 0 is the port or address, for the ephemeral-port exemption).
   */
  private static CallSink frameworkDefault(String framework, String signature, String knob) {
    CallSink row = call(signature).framework(framework).knob(knob);
    return row.parameters().get(0).equals("int") ? row.portAt(0) : row.addressAt(0);
  }

  /** Tomcat's connector, given its knob by property or through its protocol handler. */
  private static HeldObject tomcatConnector(String constructor) {
    return heldObject(constructor).framework("Tomcat", 100)
        .knob("acceptCount", "setProperty(\"acceptCount\", String.valueOf(%s))")
        .property("acceptCount", "getProtocolHandler")
        .givenTo("org.apache.catalina.startup.Tomcat#setConnector",
            "org.apache.catalina.Service#addConnector");
  }

  /** A Spring Integration server connection factory built on a port, 5 until setBacklog. */
  private static HeldObject springServerFactory(String constructor) {
    return heldObject(constructor).portAt(0).framework("Spring Integration", 5)
        .knob("backlog", "setBacklog(%s)", "setBacklog").startedBy("start")
        .givenTo(SPRING_INBOUND)
        .listensWhenReturnedFrom("org.springframework.context.annotation.Bean").orUsedDirectly();
  }

  /** The DSL's spec of a server connection factory: the factory inside, 5 until backlog(n). */
  private static BuilderChain springServerSpec(String factory) {
    return builderChain(factory).specOnPort(0).framework("Spring Integration", 5)
        .knob("backlog", "backlog(%s)", "backlog")
        .givenTo("org.springframework.integration.ip.dsl.Tcp#inboundAdapter",
            "org.springframework.integration.ip.dsl.Tcp#inboundGateway")
        .listensWhenReturnedFrom("org.springframework.context.annotation.Bean");
  }

  /** HttpCore's {@code custom()} builder of a configuration that a server bootstrap takes. */
  private static BuilderChain httpCoreBuilder(String factory, String... servers) {
    return builderChain(factory).framework("HttpCore", 50)
        .knob("backlogSize", "setBacklogSize(%s)", "setBacklogSize").givenTo(servers);
  }
}
