package io.github.backloglint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import io.github.backloglint.core.BacklogOption;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.PortProbe;
import io.github.backloglint.core.Replacement;
import io.github.backloglint.core.Sink.Endpoint;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sink;
import java.util.List;
import javax.inject.Inject;
import javax.lang.model.element.Name;

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

  // The sinks are core's table (Sinks.ALL), read through SinkRows: this class names none of them.

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
    return BacklogOption.ALL.stream()
        .filter(declared -> declared.name().equals(option))
        .findFirst()
        .orElseThrow()
        .flagName();
  }

  /**
   * Reads and validates the options.
   *
   * @throws IllegalArgumentException naming the flag and the value when a value is malformed
   */
  static BacklogOptions readOptions(ErrorProneFlags flags) {
    return BacklogOptions.read(
        option -> flags.get(option.flagName()).orElse(null), BacklogOption::flagName);
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
    Name simpleName = SinkCall.simpleName(tree.getIdentifier());
    List<Sink> rows = SinkRows.constructedAs(simpleName, state);
    if (rows == null) {
      return options.reportFrameworkDefaults() ? heldDefault(tree, simpleName, state) : Description.NO_MATCH;
    }
    SinkCall call = SinkCall.ofNew(tree, rows, state);
    return call == null ? Description.NO_MATCH : judge(call, state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (options == null) {
      return Description.NO_MATCH;
    }
    SinkCall call = SinkCall.ofInvocation(tree, state);
    if (call == null) {
      return options.reportFrameworkDefaults() ? builtDefault(tree, state) : Description.NO_MATCH;
    }
    return judge(call, state);
  }

  /** A server object built without its knob, held in a local that only configures and starts it. */
  private Description heldDefault(NewClassTree tree, Name simpleName, VisitorState state) {
    FrameworkDefault row = HeldDefaults.constructed(tree, simpleName, state);
    if (row == null || !row.isReported(options.minimumBacklog())) {
      return Description.NO_MATCH;
    }
    VariableTree local = HeldDefaults.heldAndListening(row, state.getPath(), state);
    if (local == null) {
      return Description.NO_MATCH;
    }
    // The knob's call on the next line, indented like the declaration.
    String call = "\n" + indentation(local, state) + local.getName() + ".%s;";
    return defaultFinding(tree, row, local, call, state);
  }

  /** A configuration whose builder chain never sets the knob, given to a server. */
  private Description builtDefault(MethodInvocationTree tree, VisitorState state) {
    FrameworkDefault row = HeldDefaults.builder(tree, SinkCall.simpleName(tree.getMethodSelect()), state);
    if (row == null || !row.isReported(options.minimumBacklog())) {
      return Description.NO_MATCH;
    }
    MethodInvocationTree build = HeldDefaults.builtForAServer(row, state.getPath(), state);
    if (build == null) {
      return Description.NO_MATCH;
    }
    // The knob's setter, last in the chain before build().
    return defaultFinding(
        tree, row, ((MemberSelectTree) build.getMethodSelect()).getExpression(), ".%s", state);
  }

  /**
   * The finding of a server built without its knob, with a fix that writes {@code insertion} (its
   * {@code %s} the knob's call with the replacement) right after {@code after}.
   */
  private Description defaultFinding(
      ExpressionTree tree, FrameworkDefault row, Tree after, String insertion, VisitorState state) {
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String value = replacementExpression(options.replacementFor(row), null, fix, state);
    fix.postfixWith(after, insertion.formatted(row.knobCall().formatted(value)));
    return buildDescription(NamePosition.of(tree, state))
        .setMessage(row.message(options.minimumBacklog(), options.replacementFor(row).toString()))
        .addFix(fix.build())
        .build();
  }

  /** The whitespace before {@code tree} on its line. */
  private static String indentation(Tree tree, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(tree);
    int lineStart = start;
    while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    int end = lineStart;
    while (end < start && Character.isWhitespace(source.charAt(end))) {
      end++;
    }
    return source.subSequence(lineStart, end).toString();
  }

  private Description judge(SinkCall call, VisitorState state) {
    ExpressionTree tree = call.tree();
    List<? extends ExpressionTree> arguments = call.arguments();
    Sink row = call.row();
    KnownValues known = new KnownValues(state);
    if (row.endpoint() == Endpoint.ADDRESS_OR_UNBOUND
        && known.isNull(arguments.get(row.endpointIndex()))) {
      return Description.NO_MATCH; // binds nothing, the backlog is ignored
    }
    if (row.kind() == Kind.PROPERTY
        && !row.propertyKey().equals(known.stringValue(arguments.get(0)))) {
      return Description.NO_MATCH; // another property
    }
    boolean hasBacklog = row.hasBacklog();
    Integer value = hasBacklog ? backlogValue(row, arguments.get(row.backlog()), known) : null;
    BacklogRule.Reason reason = BacklogRule.judge(row, hasBacklog, value, options.minimumBacklog());
    if (reason == null
        || !options.reports(row)
        || (options.ignoreEphemeralPorts() && listensOnEphemeralPort(row, arguments, known))
        || (options.ignorePortProbes() && row.mayBeProbe() && isPortProbe(tree, row, known, state))
        || (!row.clientTypes().isEmpty() && ClientOnlyUse.onlyReachesClients(row, state))) {
      return Description.NO_MATCH;
    }
    int reported = hasBacklog ? value : BacklogRule.JDK_DEFAULT_BACKLOG;
    Replacement replacement = options.replacementFor(row);
    Description.Builder description =
        buildDescription(NamePosition.of(tree, state))
            .setMessage(
                BacklogRule.message(
                    row, reported, reason, options.minimumBacklog(), replacement.toString()));
    if (!row.isFrameworkDefault()) {
      // Jetty's Server(port) and Thrift's transports have no backlog argument to add: the knob
      // lives elsewhere, which the message names.
      description.addFix(fix(call, replacement, state));
    }
    return description.build();
  }

  /** The backlog an argument passes: an {@code int}, or a property's decimal string. */
  private static Integer backlogValue(Sink row, ExpressionTree argument, KnownValues known) {
    return row.kind() == Kind.PROPERTY
        ? Sink.propertyValue(known.stringValue(argument))
        : known.intValue(argument);
  }

  private static boolean listensOnEphemeralPort(
      Sink row, List<? extends ExpressionTree> arguments, KnownValues known) {
    return switch (row.endpoint()) {
      case PORT -> {
        Integer port = known.intValue(arguments.get(row.endpointIndex()));
        yield port != null && port == 0;
      }
      case ADDRESS, ADDRESS_OR_UNBOUND ->
          known.isEphemeralAddress(arguments.get(row.endpointIndex()));
      case NONE -> false;
    };
  }

  /**
   * The "is this port free?" idiom: the socket lives in a local of this method (the sink
   * initializes it, or a bind is called on it) that is only bound, asked, configured and closed.
   */
  private static boolean isPortProbe(
      ExpressionTree tree, Sink row, KnownValues known, VisitorState state) {
    Symbol socket = null;
    boolean assigned = false;
    ExpressionTree receiver =
        tree instanceof MethodInvocationTree call ? ASTHelpers.getReceiver(call) : null;
    if (row.endpoint() == Endpoint.PORT || isFreshChannel(receiver)) {
      // The socket is what the sink returns: a constructor's or factory's, or a fresh channel's
      // bind (ServerSocketChannel.open().bind(address) returns the channel it binds).
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
      socket = receiver instanceof IdentifierTree ? ASTHelpers.getSymbol(receiver) : null;
    }
    LocalVariableUse use = known.localUse(socket);
    return use != null && use.isOnlyProbed() && (!assigned || use.isNullInitialized());
  }

  private static SuggestedFix fix(SinkCall call, Replacement replacement, VisitorState state) {
    Sink row = call.row();
    List<? extends ExpressionTree> arguments = call.arguments();
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String expression = replacementExpression(replacement, call, fix, state);
    if (row.kind() == Kind.PROPERTY) {
      expression = "String.valueOf(" + expression + ")";
    }
    if (row.hasBacklog()) {
      fix.replace(arguments.get(row.backlog()), expression);
    } else {
      // Every backlog-less overload has exactly the port or address; the backlog comes next.
      fix.postfixWith(arguments.get(0), ", " + expression);
    }
    return fix.build();
  }

  /** The replacement as code, importing its class when it is written with a package. */
  private static String replacementExpression(
      Replacement replacement, SinkCall call, SuggestedFix.Builder fix, VisitorState state) {
    if (replacement.isLiteral()) {
      return replacement.shortExpression();
    }
    Replacement chosen = replacement;
    String owner = replacement.owner();
    if (replacement.equals(Replacement.NETTY_SOMAXCONN) && call != null) {
      owner = NettyNames.netUtil(call.relocation(), state);
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

  /** {@code ServerSocketChannel.open()} and the like: a channel that nothing else holds yet. */
  private static boolean isFreshChannel(ExpressionTree receiver) {
    if (!(receiver instanceof MethodInvocationTree call)
        || !call.getArguments().isEmpty() && call.getArguments().size() != 1) {
      return false;
    }
    MethodSymbol open = ASTHelpers.getSymbol(call);
    return open != null
        && open.isStatic()
        && open.name.contentEquals(PortProbe.OPEN)
        && PortProbe.FRESH_CHANNEL_OWNERS.contains(open.owner.getQualifiedName().toString());
  }
}
