package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.IntAnnotation;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.StringAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.Finding;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.SinkIndex;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.AnnotationEntry;
import org.apache.bcel.classfile.Code;

/**
 * Finds TCP listeners whose accept-queue backlog is left to the JDK default (50) or set to a known
 * value below the minimum: the kernel lowers a large backlog to its limit but never raises a small
 * one. See the bug pattern {@code SMALL_LISTEN_BACKLOG} in messages.xml.
 *
 * <p>The detector only gathers what bytecode shows at each sink call and hands it to core's {@link
 * Decision}, which decides everything. The pieces, each for one job: {@link ClassPrefilter} skips
 * classes and methods that cannot call a sink; {@link BytecodeValues} tracks the values that follow
 * from the method's constants; {@link SinkCalls} and {@link SinkRows} find the row an invoke calls;
 * {@link StackCallSite} answers core's questions from the operand stack, and {@link ClassDefaults}
 * its question of a class's default (fields, getters, configuration reads); {@link ListenerUses} tells
 * probes and one-shot listeners from servers; {@link ClientConfigurations} follows HttpCore
 * configurations to their takers; {@link HeldDefaults} follows servers built without their knob;
 * {@link AppServers} follows applications that build their listener themselves.
 * What only the method's end tells (a probe, a client's configuration) keeps a finding pending until
 * then.
 */
@OpcodeStack.CustomUserValue
public class SmallListenBacklogDetector extends OpcodeStackDetector {

  /** The system properties that hold the options, by the options' neutral names. */
  static final String PROPERTY_PREFIX = SystemPropertyOptions.PREFIX;

  /**
   * A {@code new} of a binding or followed class, not yet constructed: where its finding goes (a
   * held default's site; a constructor whose arguments span lines has its invoke on the last one's).
   */
  private record NewAt(int pc) {}

  /** A finding that may wait for the end of the method: where it goes, and the call it is of. */
  private record Queued(Finding finding, int pc, StackCallSite site) {}

  private final BugReporter bugReporter;
  /** {@code null} when an option is malformed: the detector is then disabled. */
  private final BacklogOptions options;
  private final PushedValue pushed = new PushedValue();
  private final BytecodeValues values = new BytecodeValues(pushed);
  private final ListenerUses listeners = new ListenerUses();
  private final Supertypes supertypes = new Supertypes();
  private final SinkCalls sinkCalls = new SinkCalls(supertypes);
  private final ClassDefaults classDefaults = new ClassDefaults(new ConfigReadCalls(supertypes));
  private final HeldDefaults heldDefaults;
  private final AppServers appServers;

  // Per class: the skip of methods that cannot call a sink.
  private ClassPrefilter prefilter;

  // Per method.
  private Locals locals;
  private final List<Queued> queued = new ArrayList<>();

  public SmallListenBacklogDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = SystemPropertyOptions.read(bugReporter);
    this.heldDefaults = options == null ? null : new HeldDefaults(supertypes, options);
    this.appServers = options == null ? null : new AppServers(options);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    if (options != null) {
      prefilter = ClassPrefilter.of(classContext.getJavaClass(), sinkCalls);
      if (prefilter != null) {
        classDefaults.startClass(classContext.getJavaClass().getClassName().replace('.', '/'));
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
    classDefaults.startMethod(getMethod(), code);
    heldDefaults.clear();
    appServers.clear();
    queued.clear();
    super.visit(code);
    for (Queued finding : queued) {
      report(finding.pc(), finding.site().settle(finding.finding(), listeners, getThisClass(), code));
    }
    for (HeldDefaults.Held held : heldDefaults.held()) {
      report(held.pc, Decision.decideDefault(
          held.row, () -> held.port, () -> held.listensWithDefault(locals), options));
    }
    appServers.decide(locals, this::report);
    queued.clear();
    heldDefaults.clear();
    appServers.clear();
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
      listeners.sawLoop(getBranchTarget(), getPC());
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
        String created = getClassConstantOperand(); // see NewAt
        if (SinkRows.isConstructorOwner(created) || heldDefaults.follows(created)
            || appServers.follows(created)) {
          pushed.set(new NewAt(getPC()));
        }
      }
      case Const.CHECKCAST -> {
        heldDefaults.sawCast(stack.getStackItem(0));
        pushed.set(stack.getStackItem(0).getUserValue());
      }
      case Const.GETSTATIC -> {
        SinkCalls.OptionField option =
            SinkCalls.optionField(getClassConstantOperand(), getNameConstantOperand());
        pushed.set(option != null ? option : classDefaults.sawFieldRead(this, seen));
      }
      case Const.GETFIELD -> pushed.set(classDefaults.sawFieldRead(this, seen));
      case Const.ARETURN, Const.PUTFIELD, Const.PUTSTATIC, Const.AASTORE -> {
        ClientConfigurations.sawEscape(stack.getStackItem(0));
        appServers.passedOn(stack.getStackItem(0));
        if (seen == Const.AASTORE) {
          heldDefaults.sawArrayStore(stack);
        } else if (seen == Const.ARETURN) {
          if (stack.getStackItem(0).getUserValue() instanceof HeldDefaults.Held) {
            heldDefaults.sawReturn(stack.getStackItem(0), methodAnnotations()); // only then read
          }
        } else {
          classDefaults.sawFieldStore(getPC(), stack.getStackItem(0));
        }
      }
      case Const.INVOKEDYNAMIC -> {
        values.sawOpcode(this, seen);
        pushed.set(AppConfigurations.lambdaAt(this)); // an app's configuration, maybe
      }
      default -> {
        if (isRegisterStore()) {
          sawStore();
        } else {
          values.sawOpcode(this, seen);
        }
      }
    }
  }

  @Override
  public void afterOpcode(int seen) {
    super.afterOpcode(seen);
    pushed.applyTo(stack);
  }

  /** The current method's annotations, as binary names ({@code @Bean} of a Spring factory method). */
  private List<String> methodAnnotations() {
    List<String> names = new ArrayList<>();
    for (AnnotationEntry annotation : getMethod().getAnnotationEntries()) {
      String type = annotation.getAnnotationType(); // Lorg/springframework/.../Bean;
      names.add(type.substring(1, type.length() - 1).replace('/', '.'));
    }
    return names;
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
            : value instanceof AppServers.App || value instanceof AppServers.Listener
                ? appServers.stored(value, item, local, once)
                : once && BytecodeValues.isKept(value);
    if (kept) {
      values.remember(local, value);
    }
  }

  /** A null check: a probe use of a socket, no use at all of a held connector. */
  private void nullChecked(OpcodeStack.Item item) {
    listeners.sawNullCheck(item, getPC());
    heldDefaults.sawNullCheck(item);
  }

  private void sawInvoke(int seen) {
    String name = getNameConstantOperand();
    String signature = getSigConstantOperand();
    String owner = getClassConstantOperand();
    int arguments = getNumberArguments(signature); // counted without allocating
    if (stack.getStackDepth() < arguments + (seen == Const.INVOKESTATIC ? 0 : 1)) {
      return;
    }
    ClientConfigurations.Configuration chain =
        ClientConfigurations.sawInvoke(seen, owner, arguments, signature.endsWith(";"), stack);
    if (chain != null) {
      pushed.set(chain);
    }
    HeldDefaults.Held builder =
        heldDefaults.sawInvoke(seen, owner, name, signature, arguments, stack);
    if (builder != null) {
      pushed.set(builder);
    }
    HeldDefaults.Held started =
        seen == Const.INVOKESTATIC && SinkIndex.BUILDERS_BY_FACTORY.containsKey(name)
            ? heldDefaults.chainStarted(owner, name, signature, getPC(), stack)
            : null;
    if (started != null) {
      pushed.set(started);
    } else if (listeners.sawInvoke(seen, owner, name, signature, arguments, stack, getClassName(),
        getPC(), getNextOpcode())) {
      pushed.set(ListenerUses.Fresh.CHANNEL);
    } else if (Const.CONSTRUCTOR_NAME.equals(name)) {
      sawConstructor(owner, signature, arguments);
    } else if (!values.sawBoxing(seen, owner, name, signature, stack)) {
      Sink row = sinkCalls.rowOf(seen, owner, name, signature, arguments, stack);
      if (row != null) {
        decide(row, arguments, null, getPC());
      } else {
        Object defaulted = classDefaults.sawInvoke(seen, owner, name, signature, arguments, stack);
        if (defaulted != null) {
          pushed.set(defaulted); // a value its class may default
        }
      }
    }
    Object app =
        appServers.sawInvoke(seen, owner, name, signature, arguments, stack, this);
    if (app != null) {
      pushed.set(app);
    }
  }

  /**
   * {@code invokespecial <init>}: a binding constructor (see {@link SinkCalls#constructorOf}), an
   * address, or a framework object built without its knob.
   */
  private void sawConstructor(String owner, String signature, int arguments) {
    Object receiver = stack.getStackItem(arguments).getUserValue();
    if ("java/net/InetSocketAddress".equals(owner)) {
      BytecodeValues.sawSocketAddress(signature, arguments, stack);
    } else if (appServers.follows(owner)) {
      // new Tomcat(), stored right away: followed to its getConnector() and start().
      Locals.Key local = locals.storedAt(getNextPC());
      AppServers.App app = receiver instanceof NewAt
          ? appServers.constructed(owner, signature, local, locals) : null;
      if (app != null) {
        values.remember(local, app);
      }
    } else if (SinkRows.HELD_CONSTRUCTORS.contains(owner)) {
      // new T(...) of the class itself (a subclass' super(...) has no new), stored right away.
      // Not stored: only a copy that the new expression's own use consumes (new, dup, <init>).
      if (receiver instanceof NewAt created
          && (locals.storedAt(getNextPC()) != null || isDuplicate(created, arguments + 1))) {
        Locals.Key local = locals.storedAt(getNextPC());
        HeldDefaults.Held held =
            heldDefaults.constructed(owner, signature, created.pc(), local, locals, stack);
        if (held != null && local != null) {
          values.remember(local, held);
        } else if (held != null) {
          pushed.set(held); // the copy left on the stack: its one use decides
        }
      }
    } else {
      SinkCalls.ConstructorCall call = sinkCalls.constructorOf(this, owner, signature, arguments);
      if (call != null) {
        int at = receiver instanceof NewAt created ? created.pc() : getPC();
        decide(call.row(), arguments, call.sources(), at);
      }
    }
  }

  /** Whether the stack item at {@code depth} is another copy of the object {@code created} builds. */
  private boolean isDuplicate(NewAt created, int depth) {
    return stack.getStackDepth() > depth
        && stack.getStackItem(depth).getUserValue() instanceof NewAt copy
        && copy.pc() == created.pc();
  }

  /**
   * Asks core about a sink call whose finding goes to {@code pc}; a finding is queued for the
   * method's end, where pending ones are settled.
   *
   * @param sources see {@link StackCallSite}
   */
  private void decide(Sink row, int arguments, int[] sources, int pc) {
    StackCallSite site = new StackCallSite(row, stack, arguments, sources,
        () -> listeners.listenerOf(row, this, arguments),
        backlog -> classDefaults.classDefault(backlog, getPC()));
    Finding finding = Decision.decide(row, site, options);
    if (site.configuration() != null) {
      pushed.set(site.configuration()); // followed through the builder chain to whoever takes it
    }
    if (finding != null) {
      queued.add(new Queued(finding, pc, site));
    }
  }

  /** Reports a finding on the line of {@code pc}, unless it is code Kotlin inlined from elsewhere. */
  private void report(int pc, Finding finding) {
    if (finding != null && !KotlinBytecode.isInlinedCode(getThisClass(), getCode(), pc)) {
      bugReporter.reportBug(new BugInstance(this, BacklogRule.SPOTBUGS_PATTERN, NORMAL_PRIORITY)
          .addClassAndMethod(this)
          .addInt(finding.value()).describe(IntAnnotation.INT_VALUE)
          .addString(finding.message()).describe(StringAnnotation.STRING_MESSAGE)
          .addSourceLine(this, pc));
    }
  }
}
