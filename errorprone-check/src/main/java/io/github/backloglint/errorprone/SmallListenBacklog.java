package io.github.backloglint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static com.google.errorprone.matchers.Matchers.anyOf;
import static com.google.errorprone.matchers.method.MethodMatchers.constructor;
import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.staticMethod;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.suppliers.Supplier;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.core.Replacement;
import java.util.List;
import javax.lang.model.element.Name;
import javax.inject.Inject;
import javax.lang.model.type.TypeKind;

/**
 * Finds TCP listeners whose accept-queue backlog is left to the JDK default of 50, or set to a
 * known value below the minimum: the kernel lowers a large backlog to its limit but never raises a
 * small one.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = BacklogRule.NAME,
    summary =
        "Listening socket with a small or default accept-queue backlog; the kernel never raises it",
    severity = WARNING,
    linkType = CUSTOM,
    link = BacklogRule.DOC_URL)
public final class SmallListenBacklog extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher, NewClassTreeMatcher {

  private static final String SERVER_SOCKET = "java.net.ServerSocket";
  private static final String SSL_SERVER_SOCKET = "javax.net.ssl.SSLServerSocket";
  private static final String SOCKET_ADDRESS = "java.net.SocketAddress";
  private static final String INET_SOCKET_ADDRESS = "java.net.InetSocketAddress";
  private static final String HTTP_SERVER = "com.sun.net.httpserver.HttpServer";
  private static final String HTTPS_SERVER = "com.sun.net.httpserver.HttpsServer";
  private static final String SO_BACKLOG = "SO_BACKLOG";

  // The sink table. Every overload listed here binds; the backlog, when passed, is the argument
  // after the port or address (Netty's setBacklog has only the backlog).

  /** Constructors that bind: declared by ServerSocket or SSLServerSocket, reached by super(...). */
  private static final Matcher<ExpressionTree> BINDING_CONSTRUCTOR =
      anyOf(bindingConstructors(SERVER_SOCKET), bindingConstructors(SSL_SERVER_SOCKET));

  private static final Matcher<ExpressionTree> CREATE_SERVER_SOCKET =
      anyOf(
          instanceMethod()
              .onDescendantOf("javax.net.ServerSocketFactory")
              .named("createServerSocket")
              .withParameters("int"),
          instanceMethod()
              .onDescendantOf("javax.net.ServerSocketFactory")
              .named("createServerSocket")
              .withParameters("int", "int"),
          instanceMethod()
              .onDescendantOf("javax.net.ServerSocketFactory")
              .named("createServerSocket")
              .withParameters("int", "int", "java.net.InetAddress"));

  private static final ImmutableSet<String> SOCKET_TYPES =
      ImmutableSet.of(
          SERVER_SOCKET,
          "java.nio.channels.ServerSocketChannel",
          "java.nio.channels.AsynchronousServerSocketChannel");

  private static final Matcher<ExpressionTree> SOCKET_BIND =
      anyOf(
          instanceMethod()
              .onDescendantOfAny(SOCKET_TYPES)
              .named("bind")
              .withParameters(SOCKET_ADDRESS),
          instanceMethod()
              .onDescendantOfAny(SOCKET_TYPES)
              .named("bind")
              .withParameters(SOCKET_ADDRESS, "int"));

  /** Every create(address, backlog, ...) overload; create() binds nothing. */
  private static final Matcher<ExpressionTree> HTTP_SERVER_CREATE =
      staticMethod().onClassAny(HTTP_SERVER, HTTPS_SERVER).named("create");

  private static final Matcher<ExpressionTree> HTTP_SERVER_BIND =
      instanceMethod()
          .onDescendantOf(HTTP_SERVER)
          .named("bind")
          .withParameters(INET_SOCKET_ADDRESS, "int");

  private static final Matcher<ExpressionTree> NETTY_SET_BACKLOG =
      instanceMethod()
          .onClass(NettyNames.isOrExtends(NettyNames.SERVER_CONFIG))
          .named("setBacklog")
          .withParameters("int");

  // The names a sink can have, from the compilation's name table. Every call and constructor call
  // of the compilation is tested against them: by identity, not by turning each name into a String.
  private static final Supplier<Name> SUPER = name("super");
  private static final Supplier<Name> BIND = name("bind");
  private static final Supplier<Name> CREATE_SERVER_SOCKET_NAME = name("createServerSocket");
  private static final Supplier<Name> CREATE = name("create");
  private static final Supplier<Name> SET_BACKLOG = name("setBacklog");
  private static final Supplier<Name> SO_BACKLOG_NAME = name(SO_BACKLOG);
  private static final Supplier<Name> SERVER_SOCKET_NAME = name("ServerSocket");
  private static final Supplier<Name> SSL_SERVER_SOCKET_NAME = name("SSLServerSocket");

  private static Supplier<Name> name(String name) {
    return VisitorState.memoize(state -> state.getName(name));
  }

  /** The kinds of sink, with what decides their exemptions and where their backlog is. */
  private enum Family {
    /** A binding constructor; the port is argument 0. */
    CONSTRUCTOR(1, Listener.PORT, true),
    /** ServerSocketFactory.createServerSocket; the port is argument 0. */
    FACTORY(1, Listener.PORT, true),
    /** bind on a ServerSocket or a (asynchronous) ServerSocketChannel. */
    SOCKET_BIND(1, Listener.ADDRESS, true),
    /** HttpServer.create / HttpsServer.create with an address; never a port probe. */
    HTTP_CREATE(1, Listener.ADDRESS, false),
    /** HttpServer.bind(address, backlog). */
    HTTP_BIND(1, Listener.ADDRESS, false),
    /**
     * Any two-argument call whose first argument is ChannelOption.SO_BACKLOG: not tied to a port.
     */
    NETTY_OPTION(1, Listener.NONE, false),
    /** ServerSocketChannelConfig.setBacklog(int) and its subtypes. */
    NETTY_SET_BACKLOG(0, Listener.NONE, false);

    final int backlogIndex;
    final Listener listener;
    final boolean canBeProbe;

    Family(int backlogIndex, Listener listener, boolean canBeProbe) {
      this.backlogIndex = backlogIndex;
      this.listener = listener;
      this.canBeProbe = canBeProbe;
    }

    boolean isNetty() {
      return this == NETTY_OPTION || this == NETTY_SET_BACKLOG;
    }
  }

  /** What argument 0 of a sink says about the port it listens on. */
  private enum Listener {
    PORT,
    ADDRESS,
    NONE
  }

  /**
   * A matched sink.
   *
   * @param nettyPackagePrefix for Netty sinks, what a shading build put before {@code io.netty.}
   */
  private record Sink(Family family, String nettyPackagePrefix) {
    Sink(Family family) {
      this(family, "");
    }
  }

  private final BacklogOptions options;

  /** Why the flags are malformed, or {@code null}; reported as a javac error once. */
  private final String invalidOptions;

  private boolean invalidOptionsReported;

  /** The check with default options, as the ServiceLoader creates it. */
  public SmallListenBacklog() {
    this(ErrorProneFlags.empty());
  }

  /**
   * The check with the options of {@code -XepOpt:SmallListenBacklog:...}. A malformed value does
   * not throw: Error Prone creates checks lazily inside javac, where an exception becomes a
   * compiler crash report. The check reports it as a plain javac error instead (see {@link
   * #matchCompilationUnit}) and analyses nothing.
   */
  @Inject
  public SmallListenBacklog(ErrorProneFlags flags) {
    BacklogOptions read;
    String invalid;
    try {
      read = readOptions(flags);
      invalid = null;
    } catch (IllegalArgumentException e) {
      read = null;
      invalid = e.getMessage();
    }
    this.options = read;
    this.invalidOptions = invalid;
  }

  /** The flag a neutral option name stands for: {@code SmallListenBacklog:MinimumBacklog}. */
  static String flagName(String option) {
    return BacklogRule.NAME + ":" + Character.toUpperCase(option.charAt(0)) + option.substring(1);
  }

  /**
   * Reads and validates the options.
   *
   * @throws IllegalArgumentException naming the flag and the value when a value is malformed
   */
  static BacklogOptions readOptions(ErrorProneFlags flags) {
    return BacklogOptions.read(
        option -> flags.get(flagName(option)).orElse(null), SmallListenBacklog::flagName);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    if (invalidOptions != null && !invalidOptionsReported) {
      invalidOptionsReported = true;
      // Like a bad command-line option: one error line without a source position; the build fails.
      Log.instance(state.context)
          .error(new JCDiagnostic.Error("compiler", "proc.messager", invalidOptions));
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchNewClass(NewClassTree tree, VisitorState state) {
    if (options == null) {
      return Description.NO_MATCH;
    }
    int arguments = tree.getArguments().size();
    if (arguments < 1
        || arguments > 3
        || !(isNamed(tree.getIdentifier(), SERVER_SOCKET_NAME.get(state))
            || isNamed(tree.getIdentifier(), SSL_SERVER_SOCKET_NAME.get(state)))) {
      return Description.NO_MATCH;
    }
    // new ServerSocket(port) {} calls the ServerSocket constructor through the anonymous class.
    boolean binds =
        tree.getClassBody() == null
            ? BINDING_CONSTRUCTOR.matches(tree, state)
            : isBindingConstructorOfAnonymousClass(ASTHelpers.getSymbol((Tree) tree), state);
    return binds
        ? judge(tree, tree.getArguments(), new Sink(Family.CONSTRUCTOR), state)
        : Description.NO_MATCH;
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (options == null) {
      return Description.NO_MATCH;
    }
    Sink sink = sinkOf(tree, state);
    return sink == null ? Description.NO_MATCH : judge(tree, tree.getArguments(), sink, state);
  }

  /** The sink {@code tree} calls, or {@code null}; rejects by name before resolving anything. */
  private static Sink sinkOf(MethodInvocationTree tree, VisitorState state) {
    List<? extends ExpressionTree> arguments = tree.getArguments();
    if (arguments.size() == 2 && isNamed(arguments.get(0), SO_BACKLOG_NAME.get(state))) {
      String prefix = NettyNames.optionPrefix(arguments.get(0), state);
      if (prefix != null) {
        return new Sink(Family.NETTY_OPTION, prefix);
      }
    }
    Name name = methodName(tree);
    if (name == null) {
      return null;
    }
    if (name == SUPER.get(state)) {
      return BINDING_CONSTRUCTOR.matches(tree, state) && !inGeneratedConstructor(state)
          ? new Sink(Family.CONSTRUCTOR)
          : null;
    }
    if (name == BIND.get(state)) {
      if (SOCKET_BIND.matches(tree, state)) {
        return new Sink(Family.SOCKET_BIND);
      }
      return HTTP_SERVER_BIND.matches(tree, state) ? new Sink(Family.HTTP_BIND) : null;
    }
    if (name == CREATE_SERVER_SOCKET_NAME.get(state)) {
      return CREATE_SERVER_SOCKET.matches(tree, state) ? new Sink(Family.FACTORY) : null;
    }
    if (name == CREATE.get(state)) {
      return arguments.size() >= 2 && HTTP_SERVER_CREATE.matches(tree, state)
          ? new Sink(Family.HTTP_CREATE)
          : null;
    }
    if (name == SET_BACKLOG.get(state) && NETTY_SET_BACKLOG.matches(tree, state)) {
      String prefix =
          NettyNames.prefix(ASTHelpers.getReceiverType(tree), NettyNames.SERVER_CONFIG, state);
      return new Sink(Family.NETTY_SET_BACKLOG, prefix == null ? "" : prefix);
    }
    return null;
  }

  private Description judge(
      ExpressionTree tree,
      List<? extends ExpressionTree> arguments,
      Sink sink,
      VisitorState state) {
    Family family = sink.family();
    KnownValues known = new KnownValues(state);
    if (family == Family.HTTP_CREATE && known.isNull(arguments.get(0))) {
      return Description.NO_MATCH; // binds nothing, the backlog is ignored
    }
    boolean hasBacklog = arguments.size() > family.backlogIndex;
    Integer value = hasBacklog ? known.intValue(arguments.get(family.backlogIndex)) : null;
    BacklogRule.Reason reason = BacklogRule.judge(hasBacklog, value, options.minimumBacklog());
    if (reason == null
        || (options.ignoreEphemeralPorts() && listensOnEphemeralPort(family, arguments, known))
        || (options.ignorePortProbes()
            && family.canBeProbe
            && isPortProbe(tree, family, known, state))) {
      return Description.NO_MATCH;
    }
    int reported = hasBacklog ? value : BacklogRule.JDK_DEFAULT_BACKLOG;
    Replacement replacement = options.replacementFor(family.isNetty());
    return buildDescription(NamePosition.of(tree, state))
        .setMessage(
            BacklogRule.message(reported, reason, options.minimumBacklog(), replacement.toString()))
        .addFix(fix(arguments, sink, hasBacklog, replacement, state))
        .build();
  }

  private static boolean listensOnEphemeralPort(
      Family family, List<? extends ExpressionTree> arguments, KnownValues known) {
    return switch (family.listener) {
      case PORT -> {
        Integer port = known.intValue(arguments.get(0));
        yield port != null && port == 0;
      }
      case ADDRESS -> known.isEphemeralAddress(arguments.get(0));
      case NONE -> false;
    };
  }

  /**
   * The "is this port free?" idiom: the socket lives in a local of this method (the sink
   * initializes it, or a bind is called on it) that is only bound, asked, configured and closed.
   */
  private static boolean isPortProbe(
      ExpressionTree tree, Family family, KnownValues known, VisitorState state) {
    Symbol socket = null;
    boolean assigned = false;
    if (family.listener == Listener.PORT) {
      // Through casts and parentheses: (SSLServerSocket) factory.createServerSocket(port).
      Tree stored = tree;
      TreePath parent = state.getPath().getParentPath();
      while (parent != null
          && (parent.getLeaf() instanceof TypeCastTree || parent.getLeaf() instanceof ParenthesizedTree)) {
        stored = parent.getLeaf();
        parent = parent.getParentPath();
      }
      Tree leaf = parent == null ? null : parent.getLeaf();
      if (leaf instanceof VariableTree variable && variable.getInitializer() == stored) {
        socket = ASTHelpers.getSymbol(variable);
      } else if (leaf instanceof AssignmentTree assignment
          && assignment.getExpression() == stored
          && assignment.getVariable() instanceof IdentifierTree) {
        // ServerSocket s = null; ... s = new ServerSocket(port): the pre-Java-7 probe.
        socket = ASTHelpers.getSymbol(assignment.getVariable());
        assigned = true;
      }
    } else {
      ExpressionTree receiver = ASTHelpers.getReceiver(tree);
      socket = receiver instanceof IdentifierTree ? ASTHelpers.getSymbol(receiver) : null;
    }
    LocalVariableUse use = known.localUse(socket);
    return use != null && use.isOnlyProbed() && (!assigned || use.isNullInitialized());
  }

  private static SuggestedFix fix(
      List<? extends ExpressionTree> arguments,
      Sink sink,
      boolean hasBacklog,
      Replacement replacement,
      VisitorState state) {
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String expression = replacementExpression(replacement, sink, fix, state);
    if (hasBacklog) {
      fix.replace(arguments.get(sink.family().backlogIndex), expression);
    } else {
      // Every backlog-less overload has exactly the port or address; the backlog comes next.
      fix.postfixWith(arguments.get(0), ", " + expression);
    }
    return fix.build();
  }

  /** The replacement as code, importing its class when it is written with a package. */
  private static String replacementExpression(
      Replacement replacement, Sink sink, SuggestedFix.Builder fix, VisitorState state) {
    Replacement chosen = replacement;
    String owner = replacement.owner();
    if (replacement.equals(Replacement.NETTY_SOMAXCONN)) {
      owner = NettyNames.netUtil(sink.nettyPackagePrefix(), state);
      if (owner == null) {
        // No NetUtil to import: the JDK's own replacement also works with Netty, and compiles.
        chosen = Replacement.INTEGER_MAX_VALUE;
      }
    }
    if (chosen.equals(Replacement.INTEGER_MAX_VALUE)) {
      owner = "java.lang.Integer"; // qualified only where the file declares its own Integer
    } else if (!chosen.isQualified()) {
      return chosen.shortExpression(); // a configured class without a package: as written
    }
    return SuggestedFixes.qualifyType(state, fix, owner)
        + "."
        + chosen.member()
        + (chosen.method() ? "()" : "");
  }

  // Cheap syntactic checks, made before any symbol is resolved.

  private static Name methodName(MethodInvocationTree tree) {
    ExpressionTree select = tree.getMethodSelect();
    if (select instanceof MemberSelectTree member) {
      return member.getIdentifier();
    }
    return select instanceof IdentifierTree identifier ? identifier.getName() : null;
  }

  /** Names come from the compilation's name table, so equal names are the same object. */
  private static boolean isNamed(ExpressionTree tree, Name name) {
    if (tree instanceof MemberSelectTree member) {
      return member.getIdentifier() == name;
    }
    return tree instanceof IdentifierTree identifier && identifier.getName() == name;
  }

  // Symbol and type checks.

  private static Matcher<ExpressionTree> bindingConstructors(String owner) {
    return anyOf(
        constructor().forClass(owner).withParameters("int"),
        constructor().forClass(owner).withParameters("int", "int"),
        constructor().forClass(owner).withParameters("int", "int", "java.net.InetAddress"));
  }

  /** The anonymous class's constructor passes its parameters to the same one of its superclass. */
  private static boolean isBindingConstructorOfAnonymousClass(
      Symbol constructor, VisitorState state) {
    if (constructor == null) {
      return false;
    }
    Type superclass = state.getTypes().supertype(constructor.owner.type);
    if (superclass == null || superclass.tsym == null) {
      return false;
    }
    String owner = superclass.tsym.getQualifiedName().toString();
    if (!owner.equals(SERVER_SOCKET) && !owner.equals(SSL_SERVER_SOCKET)) {
      return false;
    }
    List<Type> parameters = constructor.type.getParameterTypes();
    return !parameters.isEmpty()
        && parameters.stream().limit(2).allMatch(p -> p.getKind() == TypeKind.INT)
        && (parameters.size() < 3
            || ASTHelpers.isSameType(
                parameters.get(2), state.getTypeFromString("java.net.InetAddress"), state));
  }

  /** A generated constructor's super(...) belongs to the new expression of an anonymous class. */
  private static boolean inGeneratedConstructor(VisitorState state) {
    MethodTree method = state.findEnclosing(MethodTree.class);
    return method != null && ASTHelpers.isGeneratedConstructor(method);
  }
}
