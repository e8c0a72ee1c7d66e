package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.IntAnnotation;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.StringAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.BacklogOption;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.Finding;
import io.github.backloglint.core.CallSite.ListenerUse;
import io.github.backloglint.core.CallSite.Reach;
import io.github.backloglint.core.ConstantFolding;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Endpoint;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.SinkIndex;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.generic.Type;

/**
 * Finds TCP listeners whose accept-queue backlog is left to the JDK default (50) or set to a known
 * value below the minimum: the kernel lowers a large backlog to its limit but never raises a small
 * one. See the bug pattern {@code SMALL_LISTEN_BACKLOG} in messages.xml.
 *
 * <p>A backlog is known when it follows from constants within the method. Bytecode has already
 * inlined every compile-time constant, so the detector tracks its own values through the operand
 * stack (as user values) and through locals assigned exactly once; it never trusts a value read from
 * a field.
 */
@OpcodeStack.CustomUserValue
public class SmallListenBacklogDetector extends OpcodeStackDetector {

  /** The system properties that hold the options, by the options' neutral names. */
  static final String PROPERTY_PREFIX = BacklogOption.SYSTEM_PROPERTY_PREFIX;

  /** A {@code new} of a held default's class, not yet constructed: where its finding would go. */
  private record NewAt(int pc) {}

  /**
   * A finding that waits for the end of the method to know whether its socket is a probe or its
   * configuration only reaches clients.
   */
  private record Pending(
      BugInstance bug, Locals.Key probeLocal, ClientConfigurations.Configuration configuration) {}

  private final BugReporter bugReporter;
  private final BacklogOptions options;
  private final Supertypes supertypes = new Supertypes();
  private final SinkCalls sinkCalls = new SinkCalls(supertypes);
  private final HeldDefaults heldDefaults;

  // Per class: the skip of methods that cannot call a sink.
  private ClassPrefilter prefilter;

  // Per method.
  private Locals locals;
  private final ListenerUses listeners = new ListenerUses();
  private final List<Pending> pending = new ArrayList<>();

  // Per instruction: the user value of what the instruction pushes.
  private final PushedValue pushed = new PushedValue();
  private final BytecodeValues values = new BytecodeValues(pushed);

  public SmallListenBacklogDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = readOptions(bugReporter);
    this.heldDefaults = options == null ? null : new HeldDefaults(supertypes, options);
  }

  /** The options from system properties, or {@code null} (detector off) after logging why. */
  private static BacklogOptions readOptions(BugReporter bugReporter) {
    try {
      return BacklogOptions.read(
          option -> System.getProperty(option.systemProperty()), BacklogOption::systemProperty);
    } catch (IllegalArgumentException e) {
      bugReporter.logError(
          BacklogRule.SPOTBUGS_PATTERN + ": " + e.getMessage() + "; the detector is disabled");
      return null;
    }
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    if (options != null) {
      prefilter = ClassPrefilter.of(classContext.getJavaClass());
      if (prefilter != null) {
        super.visitClassContext(classContext);
        prefilter = null;
      }
    }
  }

  /** Only a method whose code refers to a possible sink is analysed (see {@link ClassPrefilter}). */
  @Override
  public boolean shouldVisitCode(Code code) {
    return prefilter.mayCallSink(code);
  }

  @Override
  public void visit(Code code) {
    if ((getMethod().getAccessFlags() & Const.ACC_BRIDGE) != 0) {
      return;
    }
    locals = Locals.of(getMethod(), code);
    if (locals == null) {
      return;
    }
    values.startMethod(locals);
    listeners.startMethod(locals);
    pending.clear();
    heldDefaults.clear();
    super.visit(code);
    for (Pending finding : pending) {
      boolean probe = listeners.useOf(finding.probeLocal(), getThisClass(), code)
          != ListenerUse.SERVER;
      boolean client =
          ClientConfigurations.reachOf(finding.configuration()) == Reach.CLIENTS_ONLY;
      if (!probe && !client) {
        bugReporter.reportBug(finding.bug());
      }
    }
    for (HeldDefaults.Held held : heldDefaults.held()) {
      Finding finding =
          Decision.decideDefault(held.row, () -> held.listensWithDefault(locals), options);
      if (finding != null && !KotlinBytecode.isInlinedCode(getThisClass(), getCode(), held.pc)) {
        bugReporter.reportBug(bugAt(held.pc, finding.value(), finding.message()));
      }
    }
    pending.clear();
    heldDefaults.clear();
    locals = null;
  }

  @Override
  public boolean beforeOpcode(int seen) {
    pushed.clear();
    return super.beforeOpcode(seen);
  }

  @Override
  public void sawOpcode(int seen) {
    if (isBranch(seen) && getBranchTarget() <= getPC()) {
      listeners.sawLoop(getBranchTarget(), getPC()); // a backward jump closes a loop
    }
    switch (seen) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESTATIC, Const.INVOKESPECIAL ->
          sawInvoke(seen);
      case Const.IFNULL, Const.IFNONNULL -> nullChecked(stack.getStackItem(0)); // s != null, t-w-r
      case Const.IF_ACMPEQ, Const.IF_ACMPNE -> {
        OpcodeStack.Item checked = ListenerUses.nullCompared(stack); // null != s
        if (checked != null) {
          nullChecked(checked);
        }
      }
      case Const.NEW -> {
        String created = getClassConstantOperand();
        // Where the object is created: a held default's site, and the line of a constructor sink
        // whose arguments span lines (javac puts the invoke on the last argument's line).
        if (SinkRows.CONSTRUCTOR_OWNERS.contains(created) || heldDefaults.follows(created)) {
          pushed.set(new NewAt(getPC()));
        }
      }
      default -> {
        if (isRegisterStore()) {
          sawStore();
        } else {
          trackValue(seen);
        }
      }
    }
  }

  @Override
  public void afterOpcode(int seen) {
    super.afterOpcode(seen);
    pushed.applyTo(stack);
  }

  /** Values: casts, option fields, configurations that escape; the rest {@link BytecodeValues}. */
  private void trackValue(int seen) {
    if (seen == Const.CHECKCAST) {
      heldDefaults.sawCast(stack.getStackItem(0));
      pushed.set(stack.getStackItem(0).getUserValue());
    } else if (seen == Const.GETSTATIC && SinkIndex.OPTIONS.containsKey(getNameConstantOperand())) {
      pushed.set(new SinkCalls.OptionField(getClassConstantOperand(), getNameConstantOperand()));
    } else if (seen == Const.ARETURN || seen == Const.PUTFIELD || seen == Const.PUTSTATIC
        || seen == Const.AASTORE) {
      ClientConfigurations.sawEscape(stack.getStackItem(0));
      if (seen == Const.AASTORE) {
        heldDefaults.sawArrayStore(stack);
      }
    } else {
      values.sawOpcode(this, seen);
    }
  }

  /** A store into a local: what it holds is remembered when the local is assigned only there. */
  private void sawStore() {
    if (stack.isTop() || stack.getStackDepth() == 0) {
      return;
    }
    Locals.Key local = locals.keyAt(getRegisterOperand(), getNextPC());
    OpcodeStack.Item item = stack.getStackItem(0);
    Object value = item.getUserValue();
    boolean once = locals.isAssignedOnce(local);
    boolean kept = value instanceof ClientConfigurations.Configuration configuration
        ? ClientConfigurations.stored(configuration, item, once)
        : value instanceof HeldDefaults.Held held
            ? heldDefaults.stored(held, item, local, once) // its loads are judged as its uses
            : once && BytecodeValues.isKept(value);
    if (kept) {
      values.remember(local, value);
    }
  }

  private void sawInvoke(int seen) {
    String name = getNameConstantOperand();
    String signature = getSigConstantOperand();
    String owner = getClassConstantOperand();
    int arguments = Type.getArgumentTypes(signature).length;
    if (stack.getStackDepth() < arguments + (seen == Const.INVOKESTATIC ? 0 : 1)) {
      return;
    }
    ClientConfigurations.Configuration configuration =
        ClientConfigurations.sawInvoke(seen, owner, arguments, signature.endsWith(";"), stack);
    if (configuration != null) {
      pushed.set(configuration);
    }
    HeldDefaults.Held builder =
        heldDefaults.sawInvoke(seen, owner, name, signature, arguments, stack);
    if (builder != null) {
      pushed.set(builder);
    }
    if (seen == Const.INVOKESTATIC && arguments == 0
        && SinkIndex.BUILDERS_BY_FACTORY.containsKey(name)) {
      builder = heldDefaults.chainStarted(owner, name, getPC());
      if (builder != null) {
        pushed.set(builder);
      }
      return;
    }
    if (listeners.sawInvoke(seen, owner, name, signature, arguments, stack, getClassName(),
        getPC())) {
      pushed.set(ListenerUses.Fresh.CHANNEL);
      return;
    }
    if (Const.CONSTRUCTOR_NAME.equals(name)) {
      sawConstructor(owner, signature, arguments);
      return;
    }
    if (values.sawBoxing(seen, owner, name, signature, stack)) {
      return;
    }
    Sink row = sinkCalls.rowOf(seen, owner, name, signature, arguments, stack);
    if (row != null && row.kind() == Kind.OPTION) {
      report(row, stack.getStackItem(0), getPC(), null, null);
    } else if (row != null) {
      sawSinkMethod(row, arguments);
    }
  }

  private void sawSinkMethod(Sink row, int arguments) {
    if (row.endpoint() != Endpoint.NONE) {
      OpcodeStack.Item endpoint = stack.getStackItem(arguments - 1 - row.endpointIndex());
      if (row.endpoint() == Endpoint.ADDRESS_OR_UNBOUND && endpoint.getUserValue() == BytecodeValues.Address.NULL) {
        return; // HttpServer.create(null, n) binds nothing
      }
      if (options.ignoreEphemeralPorts() && isEphemeral(row.endpoint(), endpoint)) {
        return;
      }
    }
    if (row.kind() == Kind.PROPERTY
        && !row.propertyKey().equals(BytecodeValues.knownValue(stack.getStackItem(arguments - 1)))) {
      return; // another property
    }
    OpcodeStack.Item backlog =
        row.hasBacklog() ? stack.getStackItem(arguments - 1 - row.backlog()) : null;
    Locals.Key probe = null;
    if (row.mayBeProbe()) {
      // A factory creates the socket it binds; bind() binds its receiver.
      // A factory creates the socket it binds, and so does a fresh channel's bind, which returns
      // the channel; any other bind() binds its receiver.
      OpcodeStack.Item receiver = stack.getStackItem(arguments);
      probe = row.endpoint() == Endpoint.PORT || receiver.getUserValue() == ListenerUses.Fresh.CHANNEL
          ? locals.storedAt(getNextPC())
          : locals.loadedBy(receiver, getPC());
    }
    ClientConfigurations.Configuration configuration = null;
    if (!row.clientTypes().isEmpty()) {
      configuration = new ClientConfigurations.Configuration(row);
      pushed.set(configuration); // followed through the builder chain to whoever takes it
    }
    report(row, backlog, getPC(), probe, configuration);
  }

  /**
   * {@code invokespecial <init>}: a binding constructor (see {@link SinkCalls#constructorOf}), an
   * address, or a framework object built without its knob.
   */
  private void sawConstructor(String owner, String signature, int arguments) {
    if ("java/net/InetSocketAddress".equals(owner)) {
      BytecodeValues.sawSocketAddress(signature, arguments, stack);
    } else if (SinkRows.HELD_CONSTRUCTORS.containsKey(owner)) {
      // new T(...) of the class itself (a subclass' super(...) has no new), stored right away.
      if (stack.getStackItem(arguments).getUserValue() instanceof NewAt created) {
        Locals.Key local = locals.storedAt(getNextPC());
        HeldDefaults.Held held =
            heldDefaults.constructed(owner, signature, created.pc(), local, locals);
        if (held != null) {
          values.remember(local, held);
        }
      }
    } else {
      SinkCalls.ConstructorCall call = sinkCalls.constructorOf(this, owner, signature, arguments);
      if (call != null) {
        sawBindingConstructor(call.row(), call.sources(), arguments);
      }
    }
  }

  /** A binding constructor; {@code sources[i]} is the invoke's argument that becomes parameter i. */
  private void sawBindingConstructor(Sink row, int[] sources, int arguments) {
    OpcodeStack.Item port = stack.getStackItem(arguments - 1 - sources[row.endpointIndex()]);
    if (options.ignoreEphemeralPorts() && isEphemeral(row.endpoint(), port)) {
      return;
    }
    OpcodeStack.Item backlog =
        row.hasBacklog() ? stack.getStackItem(arguments - 1 - sources[row.backlog()]) : null;
    boolean superCall = SinkCalls.initializesThis(this, arguments);
    // Only the JDK's sockets can be probes; a framework's server (Jetty, Thrift) always listens.
    Locals.Key probe = row.mayBeProbe() && !superCall ? locals.storedAt(getNextPC()) : null;
    Object receiver = stack.getStackItem(arguments).getUserValue();
    int at = receiver instanceof NewAt created ? created.pc() : getPC();
    report(row, backlog, at, probe, null);
  }

  private boolean isEphemeral(Endpoint endpoint, OpcodeStack.Item first) {
    return switch (endpoint) {
      case PORT -> Integer.valueOf(0).equals(intValue(first));
      case ADDRESS, ADDRESS_OR_UNBOUND -> first.getUserValue() instanceof BytecodeValues.Address;
      case NONE -> false;
    };
  }

  /** Queues a finding when the backlog (or its absence) is too small. */
  private void report(Sink row, OpcodeStack.Item backlog, int pc, Locals.Key probeLocal,
      ClientConfigurations.Configuration configuration) {
    if (!options.reports(row)) {
      return; // a framework's default, with reportFrameworkDefaults off
    }
    Integer value = backlog == null ? null : backlogValue(row, backlog);
    BacklogRule.Reason reason =
        BacklogRule.judge(row, backlog != null, value, options.minimumBacklog());
    if (reason == null || KotlinBytecode.isInlinedCode(getThisClass(), getCode(), pc)) {
      return;
    }
    int shown = backlog == null ? BacklogRule.JDK_DEFAULT_BACKLOG : value;
    String message = BacklogRule.message(
        row, shown, reason, options.minimumBacklog(), options.replacementFor(row).toString());
    pending.add(new Pending(
        bugAt(pc, shown, message), options.ignorePortProbes() ? probeLocal : null, configuration));
  }

  private BugInstance bugAt(int pc, int value, String message) {
    return new BugInstance(this, BacklogRule.SPOTBUGS_PATTERN, NORMAL_PRIORITY)
        .addClassAndMethod(this)
        .addInt(value).describe(IntAnnotation.INT_VALUE)
        .addString(message).describe(StringAnnotation.STRING_MESSAGE)
        .addSourceLine(this, pc);
  }

  /** A null check: a probe use of a socket, no use at all of a held connector. */
  private void nullChecked(OpcodeStack.Item item) {
    listeners.sawNullCheck(item, getPC());
    heldDefaults.sawNullCheck(item);
  }

  // Types and values ------------------------------------------------------------------------------

  /** The backlog an argument passes: an {@code int}, or a property's decimal string. */
  private static Integer backlogValue(Sink row, OpcodeStack.Item item) {
    return row.kind() == Kind.PROPERTY
        ? Sink.propertyValue(BytecodeValues.knownString(item))
        : intValue(item);
  }

  private static Integer intValue(OpcodeStack.Item item) {
    return ConstantFolding.asInt(BytecodeValues.knownValue(item));
  }
}
