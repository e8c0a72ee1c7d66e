package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.suppliers.Supplier;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.SinkIndex;
import io.github.backloglint.core.Sinks;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Name;

/**
 * Servers built without their framework's knob ({@link Sinks#DEFAULTS}): the object is held in a
 * local of the method that only configures it and hands it to its server, or, for a builder, the
 * configuration its chain builds without the knob goes straight (or through a local) to a server.
 */
final class HeldDefaults {

  /** Constructor rows by the simple name a {@code new} expression writes. */
  private static final Supplier<Map<Name, List<FrameworkDefault>>> CONSTRUCTED =
      SinkRows.byName(SinkIndex.HELD_BY_SIMPLE_NAME);

  /** Builder rows by the name of their factory method ({@code custom}). */
  private static final Supplier<Map<Name, List<FrameworkDefault>>> BUILDERS =
      SinkRows.byName(SinkIndex.BUILDERS_BY_FACTORY);

  private HeldDefaults() {}

  /** The row of a {@code new} expression written with this simple name, or {@code null}. */
  static FrameworkDefault constructed(NewClassTree tree, Name simpleName, VisitorState state) {
    List<FrameworkDefault> rows = simpleName == null ? null : CONSTRUCTED.get(state).get(simpleName);
    if (rows == null
        || tree.getClassBody() != null
        || !(ASTHelpers.getSymbol((Tree) tree) instanceof MethodSymbol constructor)) {
      return null;
    }
    String owner = ((Symbol.ClassSymbol) constructor.owner).flatName().toString();
    for (FrameworkDefault row : rows) {
      if (row.isOwner(owner)
          && (row.parameters() == null
              || SinkRows.hasParameters(constructor, row.parameters(), state))) {
        return row;
      }
    }
    return null;
  }

  /**
   * The row of a builder's factory call ({@code SocketConfig.custom()}, {@code Tcp.netServer(port)}),
   * or {@code null}.
   */
  static FrameworkDefault builder(MethodInvocationTree tree, Name simpleName, VisitorState state) {
    List<FrameworkDefault> rows = simpleName == null ? null : BUILDERS.get(state).get(simpleName);
    MethodSymbol method = rows == null ? null : ASTHelpers.getSymbol(tree);
    if (method == null || !method.isStatic()) {
      return null;
    }
    String owner = ((Symbol.ClassSymbol) method.owner).flatName().toString();
    for (FrameworkDefault row : rows) {
      if (row.isOwner(owner) && SinkRows.hasParameters(method, row.parameters(), state)) {
        return row;
      }
    }
    return null;
  }

  /**
   * What a shading build put before the row's class in the factory {@code call} calls ({@code
   * "shaded."}), or {@code ""}.
   */
  static String relocation(FrameworkDefault row, MethodInvocationTree call) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    String owner = method == null ? "" : ((Symbol.ClassSymbol) method.owner).flatName().toString();
    return row.isOwner(owner) ? owner.substring(0, owner.length() - row.owner().length()) : "";
  }

  /** What the factory's port argument asks for: a known 0 is ephemeral. */
  static Endpoint port(FrameworkDefault row, MethodInvocationTree tree, VisitorState state) {
    return port(row, tree.getArguments(), state);
  }

  /** What the constructor's port argument asks for: a known 0 is ephemeral. */
  static Endpoint port(FrameworkDefault row, NewClassTree tree, VisitorState state) {
    return port(row, tree.getArguments(), state);
  }

  private static Endpoint port(
      FrameworkDefault row, List<? extends ExpressionTree> arguments, VisitorState state) {
    Integer port = new KnownValues(state).intValue(arguments.get(row.portIndex()));
    return port != null && port == 0 ? Endpoint.EPHEMERAL : Endpoint.OTHER;
  }

  /**
   * Where a construction that listens without its knob is held: {@code local} is the local it
   * initializes, or {@code null} for a {@code new} expression used directly (its row allows it).
   */
  record Listening(VariableTree local) {}

  /**
   * How the construction at {@code path} listens without its knob: held in a local of the method
   * that only configures it and makes it listen, or (where the row allows it) started, given to a
   * server or returned by the {@code new} expression itself; {@code null} when it does not.
   */
  static Listening listening(FrameworkDefault row, TreePath path, VisitorState state) {
    TreePath parent = skipParenthesesAndCasts(path);
    if (parent.getLeaf() instanceof VariableTree variable && isLocal(variable)) {
      VarSymbol local = ASTHelpers.getSymbol(variable);
      Uses uses = new Uses(row, local, new KnownValues(state), state);
      uses.scanBody(codeBody(parent));
      return uses.listens && !uses.silenced ? new Listening(variable) : null;
    }
    return row.usedDirectly() && listensDirectly(row, parent, state) ? new Listening(null) : null;
  }

  /** Whether the {@code new} under {@code parent} is started, given to a server or returned. */
  private static boolean listensDirectly(FrameworkDefault row, TreePath parent, VisitorState state) {
    Tree leaf = parent.getLeaf();
    if (leaf instanceof ReturnTree) {
      return row.returned(annotationsOfEnclosingMethod(parent)) == Use.LISTENS;
    }
    MethodInvocationTree call = ReceiverCalls.callSelectedAt(parent);
    if (call != null) {
      return row.callOnObject(ReceiverCalls.methodName(call), null) == Use.LISTENS;
    }
    return isServerArgument(row, leaf, state);
  }

  /** The annotations of the method a {@code return} at {@code path} leaves; none for a lambda. */
  private static List<String> annotationsOfEnclosingMethod(TreePath path) {
    TreePath body = path;
    while (body != null
        && !(body.getLeaf() instanceof MethodTree)
        && !(body.getLeaf() instanceof LambdaExpressionTree)) {
      body = body.getParentPath();
    }
    if (body == null || !(body.getLeaf() instanceof MethodTree method)) {
      return List.of();
    }
    return ASTHelpers.getSymbol(method).getAnnotationMirrors().stream()
        .map(annotation -> ((Symbol.ClassSymbol) annotation.getAnnotationType().asElement())
            .flatName().toString())
        .toList();
  }

  /**
   * The {@code build()} call of the builder chain that the factory call at {@code path} starts, when
   * the chain never sets the knob and what it builds only goes to a server; else {@code null}. For
   * a chain {@linkplain FrameworkDefault#builtAtOnce built at once}, its last call instead (the
   * factory call itself when nothing follows it).
   */
  static MethodInvocationTree builtForAServer(FrameworkDefault row, TreePath path, VisitorState state) {
    TreePath current = path;
    MethodInvocationTree call;
    while ((call = ReceiverCalls.callSelectedAt(current.getParentPath())) != null) {
      String method = ReceiverCalls.methodName(call);
      current = current.getParentPath().getParentPath();
      if (row.isKnobMethod(method)) {
        return null;
      }
      if (method.equals(FrameworkDefault.BUILD) && !row.builtAtOnce()) {
        return reachesOnlyServers(row, current, state) ? call : null;
      }
      if (row.builtAtOnce() && row.callOnObject(method, null) == Use.LISTENS) {
        return call; // SshServer.setUpDefaultServer().start()
      }
    }
    return row.builtAtOnce() && reachesOnlyServers(row, current, state)
        ? (MethodInvocationTree) current.getLeaf()
        : null;
  }

  /**
   * Whether the built object at {@code built} goes to a server (or is returned from a method that
   * makes it listen), directly or through a local. A spec built at once may also be configured
   * through that local; a built configuration may only be handed on.
   */
  private static boolean reachesOnlyServers(FrameworkDefault row, TreePath built, VisitorState state) {
    TreePath parent = skipParenthesesAndCasts(built);
    if (isServerArgument(row, parent.getLeaf(), state)) {
      return true;
    }
    if (parent.getLeaf() instanceof ReturnTree) {
      return row.returned(annotationsOfEnclosingMethod(parent)) == Use.LISTENS;
    }
    if (!(parent.getLeaf() instanceof VariableTree variable) || !isLocal(variable)) {
      return false;
    }
    VarSymbol local = ASTHelpers.getSymbol(variable);
    Uses uses = new Uses(row, local, row.builtAtOnce() ? new KnownValues(state) : null, state);
    uses.scanBody(codeBody(parent));
    return uses.listens && !uses.silenced;
  }

  /** The local that the factory call at {@code path} initializes, or {@code null}. */
  static VariableTree declaredLocal(TreePath path) {
    TreePath parent = skipParenthesesAndCasts(path);
    return parent.getLeaf() instanceof VariableTree variable && isLocal(variable) ? variable : null;
  }

  private static boolean isLocal(VariableTree variable) {
    VarSymbol symbol = ASTHelpers.getSymbol(variable);
    return symbol != null && symbol.getKind() == ElementKind.LOCAL_VARIABLE;
  }

  /** The path of the first enclosing expression that is not parentheses or a cast. */
  private static TreePath skipParenthesesAndCasts(TreePath path) {
    TreePath parent = path.getParentPath();
    while (parent.getLeaf() instanceof ParenthesizedTree || parent.getLeaf() instanceof TypeCastTree) {
      parent = parent.getParentPath();
    }
    return parent;
  }

  /** The method, lambda or initializer that declares the local at {@code declaration}. */
  private static TreePath codeBody(TreePath declaration) {
    TreePath body = declaration;
    while (body.getParentPath() != null && !LocalVariableUse.isCodeBody(body)) {
      body = body.getParentPath();
    }
    return body;
  }

  /** Whether {@code call} is a server's call that takes the object (one of the row's servers). */
  private static boolean isServerArgument(FrameworkDefault row, Tree call, VisitorState state) {
    Symbol method;
    Type receiver = null;
    if (call instanceof MethodInvocationTree invocation
        && row.mayBeServer(calledName(invocation))) {
      method = ASTHelpers.getSymbol(invocation);
      receiver = ASTHelpers.getReceiverType(invocation);
    } else if (call instanceof NewClassTree creation && row.mayBeServer("<init>")) {
      method = ASTHelpers.getSymbol((Tree) creation);
    } else {
      return false;
    }
    if (!(method instanceof MethodSymbol resolved)) {
      return false;
    }
    for (Sink.Taker server : row.servers()) {
      if (resolved.name.contentEquals(server.name())
          && (SinkRows.isSubtype(resolved.owner.type, server.owner(), state)
              || SinkRows.isSubtype(receiver, server.owner(), state))) {
        return true;
      }
    }
    return false;
  }

  private static String calledName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree member) {
      return member.getIdentifier().toString();
    }
    return select instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
  }

  /**
   * Classifies every use of the held local: a call on it, a server taking it (also inside an array
   * given to the server), a null check; anything else, or any use from a lambda or a nested class,
   * or another assignment, silences. Without {@code known}, a call on the local silences too (a
   * built configuration is only handed on).
   */
  private static final class Uses extends NestedCodeScanner {
    private final FrameworkDefault row;
    private final Symbol local;
    private final KnownValues known;
    private final VisitorState state;
    boolean listens;
    boolean silenced;

    Uses(FrameworkDefault row, Symbol local, KnownValues known, VisitorState state) {
      this.row = row;
      this.local = local;
      this.known = known;
      this.state = state;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      if (node.getName().contentEquals(local.name) && ASTHelpers.getSymbol(node) == local) {
        record(isNested() ? Use.SILENCES : classify(node));
      }
      return null;
    }

    private Use classify(IdentifierTree node) {
      TreePath path = getCurrentPath().getParentPath();
      Tree parent = path.getLeaf();
      MethodInvocationTree receiverCall = ReceiverCalls.callSelectedAt(path);
      if (receiverCall != null) {
        return known == null
            ? Use.SILENCES
            : callOnObject(ReceiverCalls.select(receiverCall), receiverCall);
      }
      if (parent instanceof NewArrayTree array) {
        // new Connector[] {connector}: what the array goes to is where the object goes.
        return isServerArgument(row, path.getParentPath().getLeaf(), state) ? Use.LISTENS : Use.SILENCES;
      }
      if (isServerArgument(row, parent, state)) {
        return Use.LISTENS;
      }
      if (parent instanceof MethodInvocationTree call && known != null) {
        // A property setter that names another property configures it (SSHD's updateProperty).
        return ConfiguringCalls.use(row, call, call.getArguments().indexOf(node), known, state);
      }
      if (parent instanceof ReturnTree) {
        // Returned from the method: Spring's @Bean hands it to a container that starts it.
        return row.returned(annotationsOfEnclosingMethod(path));
      }
      if (parent instanceof BinaryTree comparison
          && (comparison.getKind() == Tree.Kind.EQUAL_TO || comparison.getKind() == Tree.Kind.NOT_EQUAL_TO)
          && (isNull(comparison.getLeftOperand()) || isNull(comparison.getRightOperand()))) {
        return Use.CONFIGURES;
      }
      return Use.SILENCES; // returned, passed on, stored, cast, assigned again, ...
    }

    private Use callOnObject(MemberSelectTree select, MethodInvocationTree call) {
      String method = select.getIdentifier().toString();
      String key =
          FrameworkDefault.PROPERTY_SETTERS.contains(method) && !call.getArguments().isEmpty()
              ? known.stringValue(call.getArguments().get(0))
              : null;
      return row.callOnObject(method, key);
    }

    private static boolean isNull(ExpressionTree tree) {
      return ASTHelpers.stripParentheses(tree).getKind() == Tree.Kind.NULL_LITERAL;
    }

    private void record(Use use) {
      listens |= use == Use.LISTENS;
      silenced |= use == Use.SILENCES;
    }
  }
}
