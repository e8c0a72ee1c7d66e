package io.github.backloglint.pmd;

import io.github.backloglint.core.AppServer;
import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.SinkIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpressionStatement;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;

/**
 * Server applications that build their listener themselves (core's {@code Sinks.APPS}), found at
 * the call where their finding goes ({@code tomcat.getConnector()}, {@code app.start(port)}, {@code
 * Javalin.createAndStart(...)}) and followed back, through a chain or a local, to where the method
 * built them. Only facts are gathered here; core's {@link AppServer} classifies each use.
 */
final class AppServers {

  /**
   * A call where an app's finding may go.
   *
   * @param row the app's row
   * @param endpoint what the call's port argument says
   * @param listensWithDefault the costly part: the uses of the app in the method
   */
  record Site(AppServer row, Endpoint endpoint, BooleanSupplier listensWithDefault) {}

  private AppServers() {}

  /** The app whose finding may go to {@code call}, or {@code null}. */
  static Site of(ASTMethodCall call) {
    List<AppServer> apps = SinkIndex.APPS_BY_CALL.get(call.getMethodName());
    String owner = apps == null ? null : SinkRows.declaringClass(call);
    if (owner == null || apps.stream().noneMatch(row -> row.isOwner(owner))) {
      return null; // Thread.start(), and every other start()
    }
    List<FrameworkDefault> rows = List.copyOf(apps);
    if (SinkRows.matchingDefault(rows, call) instanceof AppServer row && row.startsItself()) {
      return new Site(row, endpoint(call), () -> AppConfigurations.keep(row, call));
    }
    if (SinkRows.isStatic(call) || call.getQualifier() == null) {
      return null;
    }
    ASTExpression current = call.getQualifier();
    ASTVariableId local = null;
    if (current instanceof ASTNamedReferenceExpr) {
      local = KnownValues.singleAssignmentLocal(current);
      if (local == null || !local.isLocalVariable()) {
        return null;
      }
      current = local.getInitializer();
    }
    List<String> chain = new ArrayList<>();
    while (current instanceof ASTMethodCall inner && !SinkRows.isStatic(inner)) {
      chain.add(inner.getMethodName());
      current = inner.getQualifier();
    }
    if (!(current instanceof InvocationNode creation)
        || (creation instanceof ASTConstructorCall constructor && constructor.isAnonymousClass())
        || !(SinkRows.matchingDefault(rows, creation) instanceof AppServer row)) {
      return null;
    }
    ASTVariableId holder = local;
    return new Site(row, endpoint(call),
        () -> listensWithDefault(row, creation, chain, holder, call));
  }

  /** The port: the call's last {@code int} argument, when it is known to be 0. */
  private static Endpoint endpoint(ASTMethodCall call) {
    int port = SinkRows.lastIntParameter(call);
    Integer value = port < 0 ? null : KnownValues.intValue(call.getArguments().get(port));
    return value != null && value == 0 ? Endpoint.EPHEMERAL : Endpoint.OTHER;
  }

  private static boolean listensWithDefault(AppServer row, InvocationNode creation,
      List<String> chain, ASTVariableId local, ASTMethodCall call) {
    if (chain.stream().anyMatch(method -> row.callOnObject(method, null) == Use.SILENCES)
        || (row.takesConfiguration() && !AppConfigurations.keep(row, (ASTMethodCall) creation))) {
      return false;
    }
    boolean listens = row.starts().contains(row.reportedAt());
    if (local == null) {
      return listens; // a chain from the factory: the reported call itself must make it listen
    }
    Node scope = LocalUses.ownerOf(local);
    ASTMethodCall firstListenerCall = null;
    for (ASTNamedReferenceExpr usage : local.getLocalUsages()) {
      Use use;
      if (usage.getAccessType() == AccessType.WRITE || LocalUses.ownerOf(usage) != scope) {
        use = Use.SILENCES; // reassigned, or captured by a lambda or a class
      } else if (usage.getParent() instanceof ASTMethodCall onApp && onApp.getQualifier() == usage) {
        String method = onApp.getMethodName();
        if (row.listener() != null && method.equals(row.reportedAt())) {
          if (firstListenerCall == null || isBefore(onApp, firstListenerCall)) {
            firstListenerCall = onApp;
          }
          use = listenerUse(row, onApp);
        } else {
          use = row.callOnObject(method, null);
        }
      } else {
        use = row.passedOn();
      }
      if (use == Use.SILENCES) {
        return false;
      }
      listens |= use == Use.LISTENS;
    }
    return listens && (row.listener() == null || firstListenerCall == call);
  }

  private static boolean isBefore(Node a, Node b) {
    return a.getBeginLine() < b.getBeginLine()
        || (a.getBeginLine() == b.getBeginLine() && a.getBeginColumn() < b.getBeginColumn());
  }

  /** What the method does with the listener that {@code call} hands out. */
  private static Use listenerUse(AppServer row, ASTMethodCall call) {
    Node parent = call.getParent();
    if (parent instanceof ASTExpressionStatement) {
      return Use.CONFIGURES;
    }
    if (parent instanceof ASTMethodCall chained && chained.getQualifier() == call) {
      return callOnListener(row, chained);
    }
    if (!(parent instanceof ASTVariableDeclarator declarator)
        || declarator.getInitializer() != call
        || !declarator.getVarId().isLocalVariable()) {
      return Use.SILENCES;
    }
    Node scope = LocalUses.ownerOf(declarator);
    for (ASTNamedReferenceExpr usage : declarator.getVarId().getLocalUsages()) {
      if (usage.getAccessType() == AccessType.WRITE
          || LocalUses.ownerOf(usage) != scope
          || !(usage.getParent() instanceof ASTMethodCall onListener)
          || onListener.getQualifier() != usage
          || callOnListener(row, onListener) == Use.SILENCES) {
        return Use.SILENCES;
      }
    }
    return Use.CONFIGURES;
  }

  private static Use callOnListener(AppServer row, ASTMethodCall call) {
    ASTArgumentList args = call.getArguments();
    String key = FrameworkDefault.PROPERTY_SETTERS.contains(call.getMethodName()) && args.size() > 0
        ? KnownValues.stringValue(args.get(0))
        : null;
    return row.callOnListener(call.getMethodName(), key);
  }
}
