package io.github.backloglint.spotbugs;

import static java.util.stream.Collectors.groupingBy;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.OwnerIndex;
import io.github.backloglint.core.Signature;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sink.Taker;
import io.github.backloglint.core.SinkIndex;
import io.github.backloglint.core.Sinks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.bcel.Const;
import org.apache.bcel.generic.Type;

/**
 * Servers built without their framework's knob (core's {@code Sinks.DEFAULTS}) in one method: a
 * connector or acceptor that {@code new} builds into a local, or an HttpCore configuration that a
 * {@code custom() ... build()} chain builds. Each such object is a user value of the operand stack
 * (the detector's load of its local pushes it again), so every use is judged at the instruction that
 * consumes it. The verdict waits for the end of the method, as a port probe's does: every {@code
 * aload} of the local that {@link Locals} counted must be an allowed use, and one must make it listen
 * ({@link Held#listensWithDefault}); core's {@link Decision#decideDefault} then decides. Only the
 * rows that core would report with the options are followed at all.
 */
final class HeldDefaults {

  /** One object the method builds, and what its uses said so far. */
  static final class Held {
    final FrameworkDefault row;
    /** The {@code new} or the {@code invokestatic custom}: where the finding goes. */
    final int pc;
    /** The local that holds it; {@code null} while a builder's value is still on the stack. */
    Locals.Key local;
    /** A builder chain has reached {@code build()}; a constructed object is built at once. */
    boolean built;
    int listens;
    /** Loads of the local whose use keeps the verdict (configured, listening, null-checked). */
    int allowedLoads;
    /** The array creation ({@code new Connector[] {c}}) it is an element of, by its pc, or -1. */
    int arrayPc = -1;
    int arrayLoads;
    boolean silenced;
    /** What the constructor's port argument asked for, for a row built on a port. */
    Endpoint port = Endpoint.OTHER;

    Held(FrameworkDefault row, int pc, Locals.Key local) {
      this.row = row;
      this.pc = pc;
      this.local = local;
      this.built = local != null;
    }

    /** Whether every use was allowed and one makes it listen: it listens with the default. */
    boolean listensWithDefault(Locals locals) {
      return !silenced && built && listens > 0
          && (local == null || locals.objectLoads(local) == allowedLoads);
    }

    private void allowLoad(OpcodeStack.Item item) {
      if (item.getRegisterNumber() >= 0) {
        allowedLoads++;
      }
    }
  }

  /**
   * The rows core reports with some options when their object listens with the default (only these
   * are followed), and the classes of those built with {@code new}, as internal names, also
   * relocated. By identity: SinkIndex and SinkRows hand out the rows of {@code Sinks.DEFAULTS}
   * themselves.
   */
  private record Followed(Set<FrameworkDefault> rows, OwnerIndex<FrameworkDefault> classes) {

    /** SpotBugs builds a detector per analysis: the rows are worked out once per options. */
    private static final Map<BacklogOptions, Followed> BY_OPTIONS = new ConcurrentHashMap<>();

    static Followed of(BacklogOptions options) {
      return BY_OPTIONS.computeIfAbsent(options, Followed::reportedWith);
    }

    private static Followed reportedWith(BacklogOptions options) {
      Set<FrameworkDefault> rows = Collections.newSetFromMap(new IdentityHashMap<>());
      for (FrameworkDefault row : Sinks.DEFAULTS) {
        if (Decision.decideDefault(row, () -> true, options) != null) {
          rows.add(row);
        }
      }
      return new Followed(Collections.unmodifiableSet(rows), OwnerIndex.internal(rows.stream()
          .filter(row -> row.kind() == Kind.CONSTRUCTOR)
          .collect(groupingBy(FrameworkDefault::owner))));
    }
  }

  private final Supertypes supertypes;
  private final Set<FrameworkDefault> followed;
  private final OwnerIndex<FrameworkDefault> followedClasses;
  private final List<Held> held = new ArrayList<>();

  HeldDefaults(Supertypes supertypes, BacklogOptions options) {
    this.supertypes = supertypes;
    Followed reported = Followed.of(options);
    this.followed = reported.rows();
    this.followedClasses = reported.classes();
  }

  void clear() {
    held.clear();
  }

  /** Every object followed in this method, for its verdict at the method's end. */
  List<Held> held() {
    return held;
  }

  /** Whether {@code new internalName} may build a followed object: its site is tracked. */
  boolean follows(String internalName) {
    return followedClasses.contains(internalName);
  }

  /**
   * {@code new owner(descriptor)} of a followed row, stored into {@code local}, which nothing else
   * assigns, or (for a row that allows it, {@code local} {@code null}) left on the stack for its
   * one use: the object is followed from its {@code new} at {@code newPc}. Returns it, or {@code
   * null} when it is not followed.
   */
  Held constructed(String owner, String descriptor, int newPc, Locals.Key local, Locals locals,
      OpcodeStack stack) {
    FrameworkDefault row = SinkRows.heldConstructor(owner, descriptor);
    if (row == null
        || !followed.contains(row)
        || (local == null ? !row.usedDirectly() : !locals.isAssignedOnce(local))) {
      return null;
    }
    Held object = new Held(row, newPc, local);
    object.built = true;
    if (row.portIndex() != Sink.NONE) {
      int arguments = Type.getArgumentTypes(descriptor).length;
      object.port = BytecodeValues.endpoint(
          Sink.Endpoint.PORT, stack.getStackItem(arguments - 1 - row.portIndex()));
    }
    held.add(object);
    return object;
  }

  /**
   * {@code Owner.factory(...)} with a followed row's parameters: the start of its builder chain
   * (for a spec built at once, the spec itself, on the port the stack passes), or {@code null}.
   */
  Held chainStarted(String owner, String factory, String descriptor, int pc, OpcodeStack stack) {
    for (FrameworkDefault row : SinkIndex.BUILDERS_BY_FACTORY.get(factory)) {
      if (followed.contains(row)
          && Signature.isNameOrRelocation(owner, Sink.internalName(row.owner()), '/')
          && row.signature().hasDescriptor(descriptor)) {
        Held chain = new Held(row, pc, null);
        chain.built = row.builtAtOnce();
        if (row.portIndex() != Sink.NONE) {
          int arguments = Type.getArgumentTypes(descriptor).length;
          chain.port = BytecodeValues.endpoint(Sink.Endpoint.PORT,
              stack.getStackItem(arguments - 1 - row.portIndex()));
        }
        held.add(chain);
        return chain;
      }
    }
    return null;
  }

  /**
   * An invoke: arguments that are followed objects (or arrays of them) are given to a server or
   * escape; a call on a followed object configures it, sets its knob or makes it listen, or is a
   * step of a builder chain. Returns the chain that the call's result continues, or {@code null}.
   */
  Held sawInvoke(int seen, String owner, String name, String signature, int arguments,
      OpcodeStack stack) {
    if (held.isEmpty()) {
      return null; // nothing followed in this method: the common case
    }
    for (int i = 0; i < arguments; i++) {
      OpcodeStack.Item argument = stack.getStackItem(i);
      if (argument.getUserValue() instanceof Held object) {
        givenTo(object, argument, seen, owner, name, signature, arguments - 1 - i, stack);
      } else if (isArrayCreation(argument)) {
        for (Held object : held) {
          if (object.arrayPc == argument.getPC()) {
            arrayGivenTo(object, owner, name);
          }
        }
      }
    }
    if (seen == Const.INVOKESTATIC || Const.CONSTRUCTOR_NAME.equals(name)
        || !(stack.getStackItem(arguments).getUserValue() instanceof Held object)) {
      return null;
    }
    OpcodeStack.Item receiver = stack.getStackItem(arguments);
    if (object.row.builtAtOnce()) {
      return specCall(object, receiver, name, signature);
    }
    if (!object.built) {
      // A step of the chain: the knob silences it; anything else passes the builder on.
      if (object.row.isKnobMethod(name) || receiver.getRegisterNumber() >= 0) {
        object.silenced = true;
        return null;
      }
      object.built = FrameworkDefault.BUILD.equals(name);
      return signature.endsWith(";") ? object : null;
    }
    if (object.row.kind() != Kind.CONSTRUCTOR) {
      object.silenced = true; // a built configuration may only be given to its server
      return null;
    }
    // A property setter's key: argument 0.
    String knownKey =
        arguments > 0 ? BytecodeValues.knownString(stack.getStackItem(arguments - 1)) : null;
    switch (object.row.callOnObject(name, knownKey)) {
      case SILENCES -> object.silenced = true;
      case LISTENS -> {
        object.listens++;
        object.allowLoad(receiver);
      }
      case CONFIGURES -> object.allowLoad(receiver);
    }
    return null;
  }

  /**
   * A call on an object built at once (a DSL spec, SSHD's default server): the knob silences it,
   * {@code start()} makes it listen, anything else configures it. A step of its chain (not a call
   * through the local that holds it) returns the object again.
   */
  private static Held specCall(Held object, OpcodeStack.Item receiver, String name, String signature) {
    switch (object.row.callOnObject(name, null)) {
      case SILENCES -> {
        object.silenced = true;
        return null;
      }
      case LISTENS -> object.listens++;
      case CONFIGURES -> { }
    }
    object.allowLoad(receiver);
    return receiver.getRegisterNumber() < 0 && signature.endsWith(";") ? object : null;
  }

  /**
   * A followed object stored into {@code local}: a built configuration's first store makes the
   * local its holder (returns {@code true}); any other store copies it elsewhere.
   */
  boolean stored(Held object, OpcodeStack.Item item, Locals.Key local, boolean assignedOnce) {
    if (object.built && object.local == null && item.getRegisterNumber() < 0 && assignedOnce) {
      object.local = local;
      return true;
    }
    object.silenced = true;
    return false;
  }

  /** {@code aastore}: the object as an element of an array that must go to its server. */
  void sawArrayStore(OpcodeStack stack) {
    if (held.isEmpty() || stack.getStackDepth() <= 2
        || !(stack.getStackItem(0).getUserValue() instanceof Held object)) {
      return;
    }
    OpcodeStack.Item value = stack.getStackItem(0);
    OpcodeStack.Item array = stack.getStackItem(2);
    if (object.built && isArrayCreation(array)
        && (object.arrayPc < 0 || object.arrayPc == array.getPC())) {
      object.arrayPc = array.getPC();
      if (value.getRegisterNumber() >= 0) {
        object.arrayLoads++;
      }
    } else {
      object.silenced = true;
    }
  }

  /**
   * A cast of the object: it may now reach methods its own type does not have. In a spec's chain
   * (not through a local) javac casts each step's generic result ({@code S}) back to the spec's
   * own type: that is the same object, still in its chain.
   */
  void sawCast(OpcodeStack.Item item) {
    if (item.getUserValue() instanceof Held object
        && !(object.row.builtAtOnce() && item.getRegisterNumber() < 0)) {
      object.silenced = true;
    }
  }

  /**
   * {@code areturn} of a followed object from a method with these annotations (binary names): it
   * escapes, unless the row says such a method makes it listen (Spring's {@code @Bean}).
   */
  void sawReturn(OpcodeStack.Item item, List<String> methodAnnotations) {
    if (item.getUserValue() instanceof Held object
        && (object.row.kind() == Kind.CONSTRUCTOR || object.row.builtAtOnce())) {
      if (object.row.returned(methodAnnotations) == FrameworkDefault.Use.LISTENS) {
        object.listens++;
        object.allowLoad(item);
      } else {
        object.silenced = true;
      }
    }
  }

  /** {@code c == null}, {@code c != null}: neither configures a connector nor lets it go. */
  void sawNullCheck(OpcodeStack.Item item) {
    if (item.getUserValue() instanceof Held object && object.row.kind() == Kind.CONSTRUCTOR) {
      object.allowLoad(item);
    }
  }

  /**
   * The object as argument {@code index} of an invoke: a server takes it, a configurer of its row
   * configures it (SSHD's {@code updateProperty} with another property's name), or it escapes.
   */
  private void givenTo(Held object, OpcodeStack.Item argument, int seen, String owner, String name,
      String signature, int index, OpcodeStack stack) {
    if (object.built && takes(object.row, owner, name)) {
      object.listens++;
      object.allowLoad(argument);
    } else if (object.built
        && ConfiguringCalls.use(object.row, seen, owner, name, signature, index, stack)
            == FrameworkDefault.Use.CONFIGURES) {
      object.allowLoad(argument);
    } else {
      object.silenced = true;
    }
  }

  private void arrayGivenTo(Held object, String owner, String name) {
    if (takes(object.row, owner, name)) {
      object.listens++;
      object.allowedLoads += object.arrayLoads;
    } else {
      object.silenced = true;
    }
    object.arrayLoads = 0;
    object.arrayPc = -1;
  }

  /** A new array straight from {@code anewarray} (its pc tells it apart), not read from a local. */
  private static boolean isArrayCreation(OpcodeStack.Item item) {
    return item.isNewlyAllocated() && item.getRegisterNumber() < 0 && item.getPC() >= 0
        && item.getSignature().startsWith("[");
  }

  /** Whether the call is one of the row's servers: the method of a server type or a subtype. */
  private boolean takes(FrameworkDefault row, String owner, String name) {
    if (!row.mayBeServer(name)) {
      return false;
    }
    for (Taker server : row.servers()) {
      if (server.name().equals(name)
          && (Const.CONSTRUCTOR_NAME.equals(name)
              ? Signature.isNameOrRelocation(owner.replace('/', '.'), server.owner())
              : supertypes.matches(owner, "~" + server.owner(),
                  type -> Signature.isNameOrRelocation(type, server.owner())))) {
        return true;
      }
    }
    return false;
  }
}
