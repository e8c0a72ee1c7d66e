package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.suppliers.Supplier;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.TypeTag;
import io.github.backloglint.core.AppServer;
import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.SinkIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Name;

/**
 * Server applications that build their listener themselves (core's {@code Sinks.APPS}), found at
 * the call where their finding goes ({@code tomcat.getConnector()}, {@code app.start(port)}, {@code
 * Javalin.createAndStart(...)}) and followed back, through a chain or a local, to where the method
 * built them. Only facts are gathered here: how each use of the app, of the listener it hands out
 * and of its configuration lambda is classified is core's ({@link AppServer}).
 */
final class AppServers {

  private static final Supplier<Map<Name, List<AppServer>>> BY_CALL =
      SinkRows.byName(SinkIndex.APPS_BY_CALL);

  /**
   * A call where an app's finding may go.
   *
   * @param row the app's row
   * @param endpoint what the call's port argument says
   * @param listensWithDefault the costly part: the uses of the app in the method
   * @param fixAfter the statement after which Error Prone's fix sets the knob
   * @param fixReceiver the code of the object the knob is set on
   */
  record Site(
      AppServer row,
      Endpoint endpoint,
      BooleanSupplier listensWithDefault,
      StatementTree fixAfter,
      String fixReceiver) {}

  private AppServers() {}

  /** The app whose finding may go to {@code call} (the current path), or {@code null}. */
  static Site of(MethodInvocationTree call, VisitorState state) {
    Name name = SinkCall.simpleName(call.getMethodSelect());
    List<AppServer> rows = name == null ? null : BY_CALL.get(state).get(name);
    MethodSymbol method = rows == null ? null : ASTHelpers.getSymbol(call);
    if (method == null) {
      return null;
    }
    String owner = ((ClassSymbol) method.owner).flatName().toString();
    if (rows.stream().noneMatch(row -> row.isOwner(owner))) {
      return null; // Thread.start(), and every other start()
    }
    KnownValues known = new KnownValues(state);
    for (AppServer row : rows) {
      if (row.startsItself() && method.isStatic()
          && SinkRows.hasParameters(method, row.parameters(), state)) {
        return new Site(row, endpoint(call, method, known),
            () -> AppConfigurations.keep(row, call, state), null, null);
      }
    }
    if (method.isStatic() || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return null;
    }
    Origin origin = Origin.of(select.getExpression(), state);
    AppServer row = origin == null ? null : origin.rowAmong(rows, state);
    if (row == null) {
      return null;
    }
    TreePath path = state.getPath();
    return new Site(row, endpoint(call, method, known),
        () -> listensWithDefault(row, origin, call, path, known, state),
        enclosingStatement(path), state.getSourceForNode(select.getExpression()));
  }

  /**
   * Where the app at the reported call came from: the factory call or {@code new}, the calls on
   * the app in between (Javalin's routes return the app), and the local that holds it, if any.
   */
  private record Origin(ExpressionTree creation, List<String> chain, Symbol local) {

    static Origin of(ExpressionTree receiver, VisitorState state) {
      Symbol local = null;
      ExpressionTree current = ASTHelpers.stripParentheses(receiver);
      if (current instanceof IdentifierTree identifier) {
        Symbol symbol = ASTHelpers.getSymbol(identifier);
        if (symbol == null || symbol.getKind() != ElementKind.LOCAL_VARIABLE) {
          return null;
        }
        LocalVariableUse use = LocalVariableUse.of(symbol, state.getPath());
        ExpressionTree initializer = use == null ? null : use.onlyAssignedValue();
        if (initializer == null) {
          return null;
        }
        local = symbol;
        current = ASTHelpers.stripParentheses(initializer);
      }
      List<String> chain = new ArrayList<>();
      while (current instanceof MethodInvocationTree invocation) {
        MethodSymbol method = ASTHelpers.getSymbol(invocation);
        if (method == null) {
          return null;
        }
        if (method.isStatic()) {
          return new Origin(invocation, chain, local);
        }
        if (!(invocation.getMethodSelect() instanceof MemberSelectTree select)) {
          return null;
        }
        chain.add(method.getSimpleName().toString());
        current = ASTHelpers.stripParentheses(select.getExpression());
      }
      return current instanceof NewClassTree creation && creation.getClassBody() == null
          ? new Origin(creation, chain, local)
          : null;
    }

    /** The row whose constructor or factory built the app. */
    AppServer rowAmong(List<AppServer> rows, VisitorState state) {
      if (!(ASTHelpers.getSymbol(creation) instanceof MethodSymbol builder)) {
        return null;
      }
      String owner = ((ClassSymbol) builder.owner).flatName().toString();
      boolean constructed = creation instanceof NewClassTree;
      for (AppServer row : rows) {
        if (row.isOwner(owner)
            && (row.kind() == Sink.Kind.CONSTRUCTOR) == constructed
            && row.name().contentEquals(builder.getSimpleName())
            && SinkRows.hasParameters(builder, row.parameters(), state)) {
          return row;
        }
      }
      return null;
    }
  }

  /** The port: the call's last {@code int} argument, when it is known to be 0. */
  private static Endpoint endpoint(
      MethodInvocationTree call, MethodSymbol method, KnownValues known) {
    List<Symbol.VarSymbol> parameters = method.getParameters();
    for (int i = parameters.size() - 1; i >= 0; i--) {
      if (parameters.get(i).type.getTag() == TypeTag.INT) {
        Integer port = known.intValue(call.getArguments().get(i));
        return port != null && port == 0 ? Endpoint.EPHEMERAL : Endpoint.OTHER;
      }
    }
    return Endpoint.OTHER;
  }

  /** Whether the app listens with its default: its configuration and every use keep it. */
  private static boolean listensWithDefault(
      AppServer row, Origin origin, MethodInvocationTree call, TreePath path, KnownValues known,
      VisitorState state) {
    if (origin.chain().stream().anyMatch(method -> row.callOnObject(method, null) == Use.SILENCES)
        || (row.takesConfiguration()
            && !AppConfigurations.keep(row, (MethodInvocationTree) origin.creation(), state))) {
      return false;
    }
    if (origin.local() == null) {
      // A chain from the factory to the reported call: the call itself must make it listen.
      return row.starts().contains(row.reportedAt());
    }
    AppUses uses = new AppUses(row, origin.local(), known);
    uses.scanBody(codeBody(path));
    boolean listens = uses.listens || row.starts().contains(row.reportedAt());
    return uses.declared && listens && !uses.silenced
        && (row.listener() == null || uses.firstListenerCall == call);
  }

  /** The innermost method, lambda or initializer around {@code path}. */
  private static TreePath codeBody(TreePath path) {
    TreePath body = path;
    while (body != null && !LocalVariableUse.isCodeBody(body)) {
      body = body.getParentPath();
    }
    return body;
  }

  private static StatementTree enclosingStatement(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof StatementTree statement) {
        return statement;
      }
    }
    return null;
  }

  /**
   * The uses of the local that holds the app, and of the listener its {@link AppServer#reportedAt}
   * calls hand out: a call on either is classified by core; the app passed on by {@link
   * AppServer#passedOn}; anything else, or a use from a lambda or a nested class, silences.
   */
  private static final class AppUses extends NestedCodeScanner {
    private final AppServer row;
    private final Symbol local;
    private final KnownValues known;
    /** The local is declared in the scanned body (not captured from an enclosing one). */
    boolean declared;
    boolean listens;
    boolean silenced;
    MethodInvocationTree firstListenerCall;

    AppUses(AppServer row, Symbol local, KnownValues known) {
      this.row = row;
      this.local = local;
      this.known = known;
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      declared |= !isNested() && ASTHelpers.getSymbol(node) == local;
      return super.visitVariable(node, unused);
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      if (ASTHelpers.getSymbol(node) == local) {
        record(isNested() ? Use.SILENCES : classify(node));
      }
      return null;
    }

    private Use classify(IdentifierTree node) {
      TreePath path = getCurrentPath().getParentPath();
      Tree parent = path.getLeaf();
      MethodInvocationTree call = ReceiverCalls.callSelectedAt(path);
      if (call != null) {
        String method = ReceiverCalls.methodName(call);
        if (row.listener() != null && method.equals(row.reportedAt())) {
          if (firstListenerCall == null) {
            firstListenerCall = call;
          }
          return listenerUse(path.getParentPath());
        }
        return row.callOnObject(method, null);
      }
      if (parent instanceof AssignmentTree assignment && assignment.getVariable() == node) {
        return Use.SILENCES;
      }
      return row.passedOn();
    }

    /** What the method does with the listener the call at {@code callPath} hands out. */
    private Use listenerUse(TreePath callPath) {
      TreePath parentPath = callPath.getParentPath();
      Tree parent = parentPath.getLeaf();
      if (parent instanceof ExpressionStatementTree) {
        return Use.CONFIGURES;
      }
      MethodInvocationTree call = ReceiverCalls.callSelectedAt(parentPath);
      if (call != null) {
        return callOnListener(ReceiverCalls.select(call), call);
      }
      if (parent instanceof VariableTree variable
          && ASTHelpers.getSymbol(variable).getKind() == ElementKind.LOCAL_VARIABLE) {
        TreePath body = codeBody(parentPath);
        ListenerUses uses = new ListenerUses(ASTHelpers.getSymbol(variable), body.getLeaf());
        uses.scan(body, null);
        return uses.use;
      }
      return Use.SILENCES;
    }

    private Use callOnListener(MemberSelectTree select, MethodInvocationTree call) {
      String method = select.getIdentifier().toString();
      String key =
          FrameworkDefault.PROPERTY_SETTERS.contains(method) && !call.getArguments().isEmpty()
              ? known.stringValue(call.getArguments().get(0))
              : null;
      return row.callOnListener(method, key);
    }

    private void record(Use use) {
      listens |= use == Use.LISTENS;
      silenced |= use == Use.SILENCES;
    }

    /** The uses of a local that holds the listener: calls on it only, outside nested code. */
    private final class ListenerUses extends TreePathScanner<Void, Void> {
      private final Symbol listenerLocal;
      private final Tree declaringBody;
      Use use = Use.CONFIGURES;

      ListenerUses(Symbol listenerLocal, Tree declaringBody) {
        this.listenerLocal = listenerLocal;
        this.declaringBody = declaringBody;
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        if (ASTHelpers.getSymbol(node) == listenerLocal) {
          TreePath path = getCurrentPath().getParentPath();
          MethodInvocationTree call = ReceiverCalls.callSelectedAt(path);
          Use found = call != null && codeBody(path).getLeaf() == declaringBody
              ? callOnListener(ReceiverCalls.select(call), call)
              : Use.SILENCES;
          if (found == Use.SILENCES) {
            use = Use.SILENCES;
          }
        }
        return null;
      }
    }
  }
}
