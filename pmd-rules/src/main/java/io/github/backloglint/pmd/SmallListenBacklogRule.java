package io.github.backloglint.pmd;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.core.BacklogRule.Reason;
import net.sourceforge.pmd.lang.ast.impl.javacc.JavaccToken;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.types.InvocationMatcher;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JPrimitiveType.PrimitiveTypeKind;
import net.sourceforge.pmd.lang.java.types.OverloadSelectionResult;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * Reports TCP listeners whose accept-queue backlog is left to the JDK default (50) or set to a
 * known value below a minimum: the kernel lowers a large backlog to its limit but never raises a
 * small one.
 *
 * <p>The sinks are the JDK calls that bind a server socket, Netty's {@code SO_BACKLOG} option and
 * {@code ServerSocketChannelConfig.setBacklog}. A call whose types cannot be resolved is never
 * reported.
 */
public class SmallListenBacklogRule extends AbstractJavaRulechainRule {

  // The options are strings validated by core's parsers: PMD's own boolean syntax would read a
  // typo such as "ture" as false without a word.
  private static final PropertyDescriptor<String> MINIMUM_BACKLOG =
      PropertyFactory.stringProperty("minimumBacklog")
          .desc("The smallest backlog that is not reported: a whole number of at least 1")
          .defaultValue(String.valueOf(BacklogOptions.DEFAULT_MINIMUM_BACKLOG))
          .build();

  private static final PropertyDescriptor<String> IGNORE_EPHEMERAL_PORTS =
      PropertyFactory.stringProperty("ignoreEphemeralPorts")
          .desc("true or false: whether listeners on port 0 or a null address are exempt")
          .defaultValue("true")
          .build();

  private static final PropertyDescriptor<String> IGNORE_PORT_PROBES =
      PropertyFactory.stringProperty("ignorePortProbes")
          .desc("true or false: whether sockets that a method only binds, asks about and closes"
              + " are exempt")
          .defaultValue("true")
          .build();

  private static final PropertyDescriptor<String> REPLACEMENT =
      PropertyFactory.stringProperty("replacement")
          .desc("The backlog the message recommends, a static field or no-argument static method"
              + " with its class (e.g. com.acme.net.Backlogs.max()); empty for Integer.MAX_VALUE,"
              + " or NetUtil.SOMAXCONN for Netty")
          .defaultValue("")
          .build();

  private static final Map<String, PropertyDescriptor<String>> OPTIONS =
      Map.of(
          "minimumBacklog", MINIMUM_BACKLOG,
          "ignoreEphemeralPorts", IGNORE_EPHEMERAL_PORTS,
          "ignorePortProbes", IGNORE_PORT_PROBES,
          "replacement", REPLACEMENT);

  /** How a sink names its listener: what the ephemeral and probe exemptions look at. */
  private enum Listener {
    /** Argument 0 is the port; the created socket may be a probe's local. */
    PORT,
    /** Argument 0 is the address of a socket's or channel's bind; the receiver may be a probe. */
    SOCKET_ADDRESS,
    /** Argument 0 is the address of an {@code HttpServer}: never a probe. */
    HTTP_ADDRESS,
    /** {@code HttpServer.create}: a {@code null} address binds nothing at all. */
    HTTP_CREATE
  }

  private record Sink(InvocationMatcher call, int backlogIndex, Listener listener) {

    boolean hasBacklog() {
      return backlogIndex >= 0;
    }
  }

  private static final int NO_BACKLOG = -1;

  // Constructor and static matchers compare the declaring type exactly (anonymous subclasses
  // included), so `new MyServerSocket(80)` is not a second sink beside its super(...) call.
  private static final List<Sink> JDK_SINKS =
      List.of(
          sink("java.net.ServerSocket#new(int)", NO_BACKLOG, Listener.PORT),
          sink("java.net.ServerSocket#new(int,int)", 1, Listener.PORT),
          sink("java.net.ServerSocket#new(int,int,java.net.InetAddress)", 1, Listener.PORT),
          sink("javax.net.ssl.SSLServerSocket#new(int)", NO_BACKLOG, Listener.PORT),
          sink("javax.net.ssl.SSLServerSocket#new(int,int)", 1, Listener.PORT),
          sink("javax.net.ssl.SSLServerSocket#new(int,int,java.net.InetAddress)", 1, Listener.PORT),
          sink("javax.net.ServerSocketFactory#createServerSocket(int)", NO_BACKLOG, Listener.PORT),
          sink("javax.net.ServerSocketFactory#createServerSocket(int,int)", 1, Listener.PORT),
          sink("javax.net.ServerSocketFactory#createServerSocket(int,int,java.net.InetAddress)",
              1, Listener.PORT),
          sink("java.net.ServerSocket#bind(java.net.SocketAddress)",
              NO_BACKLOG, Listener.SOCKET_ADDRESS),
          sink("java.net.ServerSocket#bind(java.net.SocketAddress,int)", 1, Listener.SOCKET_ADDRESS),
          sink("java.nio.channels.ServerSocketChannel#bind(java.net.SocketAddress)",
              NO_BACKLOG, Listener.SOCKET_ADDRESS),
          sink("java.nio.channels.ServerSocketChannel#bind(java.net.SocketAddress,int)",
              1, Listener.SOCKET_ADDRESS),
          sink("java.nio.channels.AsynchronousServerSocketChannel#bind(java.net.SocketAddress)",
              NO_BACKLOG, Listener.SOCKET_ADDRESS),
          sink("java.nio.channels.AsynchronousServerSocketChannel#bind(java.net.SocketAddress,int)",
              1, Listener.SOCKET_ADDRESS),
          sink("com.sun.net.httpserver.HttpServer#create(java.net.InetSocketAddress,int)",
              1, Listener.HTTP_CREATE),
          sink("com.sun.net.httpserver.HttpServer#create(java.net.InetSocketAddress,int,"
              + "java.lang.String,com.sun.net.httpserver.HttpHandler,com.sun.net.httpserver.Filter[])",
              1, Listener.HTTP_CREATE),
          sink("com.sun.net.httpserver.HttpsServer#create(java.net.InetSocketAddress,int)",
              1, Listener.HTTP_CREATE),
          sink("com.sun.net.httpserver.HttpsServer#create(java.net.InetSocketAddress,int,"
              + "java.lang.String,com.sun.net.httpserver.HttpHandler,com.sun.net.httpserver.Filter[])",
              1, Listener.HTTP_CREATE),
          sink("com.sun.net.httpserver.HttpServer#bind(java.net.InetSocketAddress,int)",
              1, Listener.HTTP_ADDRESS));

  /** The names of the JDK sink methods: anything else is rejected before type resolution. */
  private static final Set<String> JDK_SINK_METHODS = Set.of("bind", "createServerSocket", "create");

  /** The classes whose constructors bind, by simple name, for the same cheap first test. */
  private static final Set<String> JDK_SINK_CLASSES = Set.of("ServerSocket", "SSLServerSocket");

  private static final String NETTY_CHANNEL_OPTION = "io.netty.channel.ChannelOption";
  private static final String NETTY_SERVER_CONFIG = "io.netty.channel.socket.ServerSocketChannelConfig";
  private static final int MAX_HIERARCHY_DEPTH = 16;

  public SmallListenBacklogRule() {
    super(ASTMethodCall.class, ASTConstructorCall.class, ASTExplicitConstructorInvocation.class);
    OPTIONS.values().forEach(this::definePropertyDescriptor);
  }

  private static Sink sink(String signature, int backlogIndex, Listener listener) {
    return new Sink(InvocationMatcher.parse(signature), backlogIndex, listener);
  }

  /** A malformed option disables the rule with core's message, which names option and value. */
  @Override
  public String dysfunctionReason() {
    String reason = super.dysfunctionReason();
    if (reason != null) {
      return reason;
    }
    try {
      options();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private BacklogOptions options() {
    return BacklogOptions.read(
        name -> {
          String value = getProperty(OPTIONS.get(name));
          // An empty replacement means each sink's own default.
          return "replacement".equals(name) && value.isBlank() ? null : value;
        },
        name -> name);
  }

  @Override
  public Object visit(ASTConstructorCall node, Object data) {
    if (JDK_SINK_CLASSES.contains(node.getTypeNode().getSimpleName())) {
      checkJdkSink(node, "new", data);
    }
    return data;
  }

  @Override
  public Object visit(ASTExplicitConstructorInvocation node, Object data) {
    if (node.isSuper() && node.getArgumentCount() <= 3 && extendsJdkSinkClassByName(node)) {
      checkJdkSink(node, "super", data);
    }
    return data;
  }

  /**
   * Only a direct subclass of ServerSocket or SSLServerSocket calls a binding {@code super(...)}:
   * its extends clause is read before any overload is resolved (most classes call super).
   */
  private static boolean extendsJdkSinkClassByName(ASTExplicitConstructorInvocation call) {
    ASTTypeDeclaration type = call.getEnclosingType();
    ASTClassType superclass = type == null ? null : type.getSuperClassTypeNode();
    return superclass != null && JDK_SINK_CLASSES.contains(superclass.getSimpleName());
  }

  @Override
  public Object visit(ASTMethodCall node, Object data) {
    String name = node.getMethodName();
    ASTArgumentList args = node.getArguments();
    if (args.size() == 2 && isNettyBacklogOption(args.get(0))) {
      checkBacklog(node, name, true, args.get(1), true, data);
    } else if ("setBacklog".equals(name) && args.size() == 1 && isNettySetBacklog(node)) {
      checkBacklog(node, name, true, args.get(0), true, data);
    } else if (JDK_SINK_METHODS.contains(name) && (args.size() >= 2 || !"create".equals(name))) {
      // HttpServer.create() and create(x) bind nothing: only create(address, backlog, ...) does.
      checkJdkSink(node, name, data);
    }
    return data;
  }

  private void checkJdkSink(InvocationNode call, String anchor, Object data) {
    Sink sink = sinkFor(call);
    if (sink == null) {
      return;
    }
    ASTArgumentList args = call.getArguments();
    if (sink.listener() == Listener.HTTP_CREATE && ListenerExemptions.isNullAddress(args.get(0))) {
      return; // HttpServer.create(null, n) binds nothing; the backlog is ignored
    }
    BacklogOptions options = options();
    if (options.ignoreEphemeralPorts() && isEphemeral(sink, args.get(0))) {
      return;
    }
    if (options.ignorePortProbes() && isPortProbe(sink, call)) {
      return;
    }
    ASTExpression backlog = sink.hasBacklog() ? args.get(sink.backlogIndex()) : null;
    checkBacklog(call, anchor, sink.hasBacklog(), backlog, false, data);
  }

  private static Sink sinkFor(InvocationNode call) {
    for (Sink sink : JDK_SINKS) {
      if (sink.call().matchesCall(call)) {
        return sink;
      }
    }
    return null;
  }

  private static boolean isEphemeral(Sink sink, ASTExpression listenerArg) {
    return sink.listener() == Listener.PORT
        ? ListenerExemptions.isEphemeralPort(listenerArg)
        : ListenerExemptions.isEphemeralAddress(listenerArg);
  }

  private static boolean isPortProbe(Sink sink, InvocationNode call) {
    return switch (sink.listener()) {
      case PORT -> ListenerExemptions.isProbeCreatedBy(call);
      case SOCKET_ADDRESS -> call instanceof ASTMethodCall bind
          && ListenerExemptions.isProbeBoundThrough(bind.getQualifier());
      case HTTP_ADDRESS, HTTP_CREATE -> false; // an HttpServer serves
    };
  }

  /** Reports the sink unless its backlog is unknown or large enough; {@code anchor} is its name. */
  private void checkBacklog(InvocationNode call, String anchor, boolean hasBacklog,
      ASTExpression backlog, boolean netty, Object data) {
    BacklogOptions options = options();
    Integer known = hasBacklog ? KnownValues.intValue(backlog) : null;
    Reason reason = BacklogRule.judge(hasBacklog, known, options.minimumBacklog());
    if (reason == null) {
      return;
    }
    int value = hasBacklog ? known : BacklogRule.JDK_DEFAULT_BACKLOG;
    String message = BacklogRule.message(
        value, reason, options.minimumBacklog(), options.replacementFor(netty).toString());
    // A String argument: MessageFormat would group the digits of a number ("1,024").
    asCtx(data).addViolationWithPosition(call, reportToken(call, anchor), getMessage(), message);
  }

  /** {@code ChannelOption.SO_BACKLOG}, also statically imported, inherited or shaded. */
  private static boolean isNettyBacklogOption(ASTExpression arg) {
    return arg instanceof ASTNamedReferenceExpr ref
        && "SO_BACKLOG".equals(ref.getName())
        && ref.getReferencedSym() instanceof JFieldSymbol field
        && Modifier.isStatic(field.getModifiers())
        && isNettyType(field.getEnclosingClass(), NETTY_CHANNEL_OPTION);
  }

  /** {@code ServerSocketChannelConfig.setBacklog(int)} or an override in a subtype. */
  private static boolean isNettySetBacklog(ASTMethodCall call) {
    OverloadSelectionResult overload = call.getOverloadSelectionInfo();
    if (overload.isFailed()) {
      return false;
    }
    JMethodSig method = overload.getMethodType();
    return method.getArity() == 1
        && method.getFormalParameters().get(0).isPrimitive(PrimitiveTypeKind.INT)
        && method.getDeclaringType().getSymbol() instanceof JClassSymbol owner
        && isNettyType(owner, NETTY_SERVER_CONFIG);
  }

  /**
   * Whether {@code type} is the Netty type {@code nettyName} or a subtype, also when a shading
   * build relocated Netty under another package. Unresolved types never are.
   */
  private static boolean isNettyType(JClassSymbol type, String nettyName) {
    return isNettyType(type, nettyName, 0);
  }

  private static boolean isNettyType(JClassSymbol type, String nettyName, int depth) {
    // The depth guards against a cyclic hierarchy in code that does not compile.
    if (type == null || type.isUnresolved() || depth > MAX_HIERARCHY_DEPTH) {
      return false;
    }
    String name = type.getBinaryName();
    if (name.equals(nettyName) || name.endsWith("." + nettyName)) {
      return true;
    }
    if (isNettyType(type.getSuperclass(), nettyName, depth + 1)) {
      return true;
    }
    for (JClassSymbol supertype : type.getSuperInterfaces()) {
      if (isNettyType(supertype, nettyName, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token a finding belongs on: the method name of a call in a multi-line chain, not the
   * chain's first line; {@code new} or {@code super} for a constructor.
   */
  private static JavaccToken reportToken(InvocationNode call, String image) {
    JavaccToken end = call.getArguments().getFirstToken();
    JavaccToken found = null;
    for (JavaccToken t = call.getFirstToken(); t != null && t != end; t = t.getNext()) {
      if (image.equals(t.getImage())) {
        found = t;
      }
    }
    return found != null ? found : call.getFirstToken();
  }
}
