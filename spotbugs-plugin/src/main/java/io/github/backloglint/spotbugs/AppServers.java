package io.github.backloglint.spotbugs;

import static java.util.stream.Collectors.groupingBy;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.AppServer;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.Finding;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.OwnerIndex;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sinks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.Type;

/**
 * Server applications that build their listener themselves (core's {@code Sinks.APPS}) in one
 * method: a Tomcat that {@code new} builds into a local, a Javalin that a factory builds (into a
 * local or a chain of calls that return it). Each app is a user value of the operand stack, and so
 * is the listener its {@link AppServer#reportedAt} call hands out (Tomcat's connector); every use is
 * judged by core where it is consumed, and the verdict waits for the method's end, where every
 * {@code aload} of the app's (and the listener's) local must have been an allowed use, as for
 * {@link HeldDefaults}.
 */
final class AppServers {

  /** One app the method builds, and what its uses said so far. */
  static final class App {
    final AppServer row;
    /** The app's class as the code names it (internal, perhaps relocated): calls return it. */
    final String owner;
    /** Whether its factory's configuration keeps the default (no configuration: kept). */
    final boolean configured;
    Locals.Key local;
    int allowedLoads;
    boolean listens;
    boolean silenced;
    /** The listener its first {@link AppServer#reportedAt} call handed out, if it has one. */
    Listener listener;
    /** Where findings go: the reported calls, with what their port says. */
    final List<Report> reports = new ArrayList<>();

    App(AppServer row, String owner, boolean configured) {
      this.row = row;
      this.owner = owner;
      this.configured = configured;
    }

    void use(Use use, OpcodeStack.Item item) {
      silenced |= use == Use.SILENCES;
      listens |= use == Use.LISTENS;
      if (use != Use.SILENCES && item.getRegisterNumber() >= 0) {
        allowedLoads++;
      }
    }

    boolean listensWithDefault(Locals locals) {
      boolean loadsAllowed = local == null || locals.objectLoads(local) == allowedLoads;
      boolean listenerKept = listener == null || listener.local == null
          || locals.objectLoads(listener.local) == listener.allowedLoads;
      return configured && !silenced && loadsAllowed && listenerKept
          && (listens || row.starts().contains(row.reportedAt()));
    }
  }

  /** A reported call: where the finding goes, and what its port argument says. */
  record Report(int pc, Endpoint endpoint) {}

  /** The listener an app handed out: its uses are the app's. */
  static final class Listener {
    final App app;
    Locals.Key local;
    int allowedLoads;

    Listener(App app) {
      this.app = app;
    }
  }

  private final List<App> apps = new ArrayList<>();
  /** The apps by their class's internal name, also relocated. */
  private static final OwnerIndex<AppServer> BY_OWNER =
      OwnerIndex.internal(Sinks.APPS.stream().collect(groupingBy(AppServer::owner)));

  private final BacklogOptions options;

  AppServers(BacklogOptions options) {
    this.options = options;
  }

  void clear() {
    apps.clear();
  }

  /** Whether {@code new internalName} may build an app: its site is tracked. */
  boolean follows(String internalName) {
    return BY_OWNER.contains(internalName);
  }

  /** {@code new owner(descriptor)} stored into {@code local}, assigned only there. */
  App constructed(String owner, String descriptor, Locals.Key local, Locals locals) {
    AppServer row = rowOf(Sink.Kind.CONSTRUCTOR, owner, Const.CONSTRUCTOR_NAME, descriptor);
    if (row == null || local == null || !locals.isAssignedOnce(local)) {
      return null;
    }
    App app = new App(row, owner, true);
    app.local = local;
    apps.add(app);
    return app;
  }

  /**
   * An invoke: a factory builds an app (or starts it), a call on an app or its listener is judged,
   * an app or listener passed as an argument is passed on. Returns the user value of the call's
   * result: the app a factory or a chained call returns, the listener; else {@code null}.
   */
  Object sawInvoke(int seen, String owner, String name, String signature, int arguments,
      OpcodeStack stack, OpcodeStackDetector code) {
    int pc = code.getPC();
    for (int i = 0; i < arguments; i++) {
      passedOn(stack.getStackItem(i));
    }
    if (seen == Const.INVOKESTATIC) {
      return factory(owner, name, signature, arguments, stack, pc, code.getThisClass());
    }
    Object receiver = stack.getStackItem(arguments).getUserValue();
    OpcodeStack.Item item = stack.getStackItem(arguments);
    if (receiver instanceof Listener listener) {
      String key = arguments > 0 && FrameworkDefault.PROPERTY_SETTERS.contains(name)
          ? BytecodeValues.knownString(stack.getStackItem(arguments - 1)) : null;
      Use use = listener.app.row.callOnListener(name, key);
      listener.app.silenced |= use == Use.SILENCES;
      if (use != Use.SILENCES && item.getRegisterNumber() >= 0) {
        listener.allowedLoads++;
      }
      return null;
    }
    if (!(receiver instanceof App app) || Const.CONSTRUCTOR_NAME.equals(name)) {
      return null;
    }
    AppServer row = app.row;
    if (row.listener() != null && name.equals(row.reportedAt())) {
      app.use(Use.CONFIGURES, item);
      if (app.listener == null) {
        app.listener = new Listener(app);
        app.reports.add(new Report(pc, Endpoint.OTHER));
      }
      return app.listener;
    }
    app.use(row.callOnObject(name, null), item);
    if (name.equals(row.reportedAt())) {
      app.reports.add(new Report(pc, port(signature, arguments, stack)));
    }
    return returnsApp(app, signature, code) ? app : null;
  }

  /** {@code Javalin.create(...)} builds an app; {@code createAndStart(...)} starts it there. */
  private Object factory(String owner, String name, String signature, int arguments,
      OpcodeStack stack, int pc, JavaClass javaClass) {
    AppServer row = rowOf(Sink.Kind.STATIC, owner, name, signature);
    if (row == null) {
      return null;
    }
    boolean configured = !row.takesConfiguration()
        || (stack.getStackItem(arguments - 1).getUserValue()
                instanceof AppConfigurations.Lambda lambda
            && AppConfigurations.keep(row, lambda, javaClass));
    App app = new App(row, owner, configured);
    apps.add(app);
    if (row.startsItself()) {
      app.reports.add(new Report(pc, port(signature, arguments, stack)));
      return null;
    }
    return app;
  }

  /** An app or listener stored into a local: its first store makes the local its holder. */
  boolean stored(Object value, OpcodeStack.Item item, Locals.Key local, boolean assignedOnce) {
    boolean fresh = item.getRegisterNumber() < 0 && assignedOnce;
    if (value instanceof App app && app.local == null && fresh) {
      app.local = local;
      return true;
    }
    if (value instanceof Listener listener && listener.local == null && fresh) {
      listener.local = local;
      return true;
    }
    passedOn(item);
    return false;
  }

  /** An app or listener returned, stored in a field or an array, or passed as an argument. */
  void passedOn(OpcodeStack.Item item) {
    if (item.getUserValue() instanceof App app) {
      app.use(app.row.passedOn(), item);
    } else if (item.getUserValue() instanceof Listener listener) {
      listener.app.silenced = true;
    }
  }

  /** Core's verdict on every reported call of the method's apps. */
  void decide(Locals locals, BiConsumer<Integer, Finding> report) {
    for (App app : apps) {
      for (Report call : app.reports) {
        report.accept(call.pc(), Decision.decideApp(
            app.row, call.endpoint(), () -> app.listensWithDefault(locals), options));
      }
    }
  }

  /** The port of a reported call: its last {@code int} argument. */
  private static Endpoint port(String signature, int arguments, OpcodeStack stack) {
    Type[] types = Type.getArgumentTypes(signature);
    for (int i = types.length - 1; i >= 0; i--) {
      if (types[i] == Type.INT) {
        return BytecodeValues.endpoint(Sink.Endpoint.PORT, stack.getStackItem(arguments - 1 - i));
      }
    }
    return Endpoint.OTHER;
  }

  /**
   * Whether the call returns the app: declared so, or a generic routing call whose result is cast
   * back to it ({@code app.get(path, handler)} returns Javalin's {@code RoutingApi} bound, then
   * {@code checkcast Javalin}), as the source checkers see the chain's type.
   */
  private static boolean returnsApp(App built, String signature, OpcodeStackDetector code) {
    String app = built.owner;
    if (signature.endsWith(")L" + app + ";")) {
      return true;
    }
    if (!signature.endsWith(";") || code.getNextOpcode() != Const.CHECKCAST) {
      return false;
    }
    byte[] bytes = code.getCode().getCode();
    int next = code.getNextPC();
    int index = ((bytes[next + 1] & 0xff) << 8) | (bytes[next + 2] & 0xff);
    return app.equals(code.getConstantPool().getConstantString(index, Const.CONSTANT_Class));
  }

  private static AppServer rowOf(Sink.Kind kind, String owner, String name, String signature) {
    for (AppServer row : BY_OWNER.get(owner)) {
      if (row.kind() == kind && row.name().equals(name)
          && row.signature().hasDescriptor(signature)) {
        return row;
      }
    }
    return null;
  }
}
