package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.backloglint.core.CallSite;
import io.github.backloglint.core.ClassDefault;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.PortProbe;
import io.github.backloglint.core.Sink;

/**
 * What javac's trees tell about one {@link SinkCall}, for core's {@link Decision}: each answer is
 * worked out only when the decision asks for it — the values from the method's constants and
 * single-assignment locals ({@link KnownValues}), the class's default for a backlog that is not
 * known ({@link ClassDefaults}), the listener's uses ({@link LocalVariableUse}), and where a client
 * configuration goes ({@link ClientOnlyUse}).
 */
final class JavacCallSite implements CallSite {

  private final SinkCall call;
  private final VisitorState state;
  private final KnownValues known;
  private final ClassDefaults classDefaults;

  JavacCallSite(SinkCall call, VisitorState state, ClassDefaults classDefaults) {
    this.call = call;
    this.state = state;
    this.known = new KnownValues(state);
    this.classDefaults = classDefaults;
  }

  @Override
  public String knownKey() {
    return known.stringValue(call.argument(0));
  }

  @Override
  public Endpoint endpoint() {
    Sink row = call.row();
    ExpressionTree argument = call.argument(row.endpointIndex());
    if (row.endpoint() == Sink.Endpoint.PORT) {
      Integer port = known.intValue(argument);
      return port != null && port == 0 ? Endpoint.EPHEMERAL : Endpoint.OTHER;
    }
    if (known.isNull(argument)) {
      return Endpoint.NULL;
    }
    return known.isEphemeralAddress(argument) ? Endpoint.EPHEMERAL : Endpoint.OTHER;
  }

  @Override
  public Object knownBacklog() {
    Sink row = call.row();
    ExpressionTree argument = call.argument(row.backlog());
    return row.kind() == Sink.Kind.PROPERTY
        ? known.stringValue(argument)
        : known.intValue(argument);
  }

  /**
   * The default the class gives the backlog ({@link ClassDefaults}). A property row's value is a
   * {@code String}: a field or read of one is not followed. A class missing from the classpath
   * leaves it unknown, as it leaves a sink unmatched.
   */
  @Override
  public ClassDefault classDefault() {
    Sink row = call.row();
    if (row.kind() == Sink.Kind.PROPERTY) {
      return null;
    }
    try {
      return classDefaults.at(call.argument(row.backlog()), known, state);
    } catch (CompletionFailure e) {
      return null;
    }
  }

  /**
   * A probe or a one-shot listener (not told apart here: both are exempt alike) when the socket
   * lives in a local of this method that is only bound, asked, configured and closed, or accepted
   * on once; else a server.
   */
  @Override
  public ListenerUse use() {
    Socket socket = socket();
    LocalVariableUse use = socket == null ? null : known.localUse(socket.local());
    return use != null && use.isOnlyProbed() && (!socket.assigned() || use.isNullInitialized())
        ? ListenerUse.PROBE
        : ListenerUse.SERVER;
  }

  @Override
  public Reach reach() {
    return ClientOnlyUse.onlyReachesClients(call.row(), state) ? Reach.CLIENTS_ONLY : Reach.OTHER;
  }

  /**
   * The local that holds the socket.
   *
   * @param local the variable
   * @param assigned whether the sink's result is assigned to it after its declaration (the
   *     pre-Java-7 {@code ServerSocket s = null; ... s = new ServerSocket(port)})
   */
  private record Socket(Symbol local, boolean assigned) {}

  /**
   * The local that holds the socket the call creates or binds: the sink's result (a constructor's
   * or factory's, or a fresh channel's {@code bind}) stored in a local, or the local a bind is
   * called on; {@code null} when there is none.
   */
  private Socket socket() {
    ExpressionTree receiver =
        call.tree() instanceof MethodInvocationTree invocation
            ? ASTHelpers.getReceiver(invocation)
            : null;
    if (call.row().endpoint() != Sink.Endpoint.PORT && !isFreshChannel(receiver)) {
      // bind(address) on a socket held in a local.
      return receiver instanceof IdentifierTree
          ? new Socket(ASTHelpers.getSymbol(receiver), false)
          : null;
    }
    // ServerSocketChannel.open().bind(address) returns the channel it binds. Through casts and
    // parentheses: (SSLServerSocket) factory.createServerSocket(port).
    Tree stored = call.tree();
    TreePath parent = state.getPath().getParentPath();
    while (parent != null
        && (parent.getLeaf() instanceof TypeCastTree
            || parent.getLeaf() instanceof ParenthesizedTree)) {
      stored = parent.getLeaf();
      parent = parent.getParentPath();
    }
    Tree leaf = parent == null ? null : parent.getLeaf();
    if (leaf instanceof VariableTree variable && variable.getInitializer() == stored) {
      return new Socket(ASTHelpers.getSymbol(variable), false);
    }
    if (leaf instanceof AssignmentTree assignment
        && assignment.getExpression() == stored
        && assignment.getVariable() instanceof IdentifierTree) {
      return new Socket(ASTHelpers.getSymbol(assignment.getVariable()), true);
    }
    return null;
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
