package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.DefaultValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;

/**
 * What the constructors and the static initializer of one class assign to its own fields, with the
 * values {@link BytecodeValues} and {@link ConfigReadCalls} know: one pass of the operand stack over
 * those methods only, made once per class and only when a sink asks for a field's default.
 *
 * <p>javac copies field initializers and instance initializer blocks into every constructor that
 * does not call {@code this(...)}, right after its {@code super(...)}. Their line numbers tell them
 * from the constructor's own body: they are outside the lines from the constructor's first
 * instruction to its last {@code return} (see {@link #initializerLines}).
 */
@OpcodeStack.CustomUserValue
final class FieldStores extends OpcodeStackDetector {

  /**
   * One assignment of a field of the class.
   *
   * @param initializerCode whether it is an initializer's copy rather than the constructor's own
   *     statement (always false when the class has no line numbers)
   */
  record Store(
      String field, boolean isStatic, int pc, boolean initializerCode, DefaultValue value) {}

  /**
   * A constructor ({@code <init>}) or the static initializer ({@code <clinit>}): its assignments in
   * code order, whether it delegates with {@code this(...)}, the methods of the class it calls
   * (name and descriptor), and whether its lines tell initializer copies from its body.
   */
  record Initializer(boolean isStatic, boolean delegates, List<Store> stores, Set<String> calls,
      boolean hasLines) {}

  private final ConfigReadCalls reads;
  private final PushedValue pushed = new PushedValue();
  private final BytecodeValues values = new BytecodeValues(pushed);
  private final List<Initializer> initializers = new ArrayList<>();
  private boolean readable = true;

  // Per method.
  private Locals locals;
  private List<Store> stores;
  private Set<String> calls;
  private boolean delegates;
  private int[] bodyLines;

  private FieldStores(ConfigReadCalls reads) {
    this.reads = reads;
  }

  /** The initializers of the class, or {@code null} when one of them cannot be read. */
  static List<Initializer> of(ClassContext classContext, ConfigReadCalls reads) {
    FieldStores scan = new FieldStores(reads);
    scan.visitClassContext(classContext);
    return scan.readable ? scan.initializers : null;
  }

  @Override
  public boolean shouldVisitCode(Code code) {
    String name = getMethodName();
    return Const.CONSTRUCTOR_NAME.equals(name) || Const.STATIC_INITIALIZER_NAME.equals(name);
  }

  @Override
  public void visit(Code code) {
    locals = Locals.of(getMethod(), code);
    if (locals == null) {
      readable = false;
      return;
    }
    values.startMethod(locals);
    stores = new ArrayList<>();
    calls = new HashSet<>();
    delegates = false;
    boolean constructor = Const.CONSTRUCTOR_NAME.equals(getMethodName());
    bodyLines = constructor ? initializerLines(code) : null;
    super.visit(code);
    initializers.add(new Initializer(!constructor, delegates, stores, calls,
        !constructor || bodyLines != null));
  }

  @Override
  public boolean beforeOpcode(int seen) {
    pushed.clear();
    return super.beforeOpcode(seen);
  }

  @Override
  public void afterOpcode(int seen) {
    super.afterOpcode(seen);
    pushed.applyTo(stack);
  }

  @Override
  public void sawOpcode(int seen) {
    switch (seen) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESTATIC, Const.INVOKESPECIAL ->
          sawInvoke(seen);
      case Const.CHECKCAST -> pushed.set(stack.getStackItem(0).getUserValue());
      case Const.PUTFIELD, Const.PUTSTATIC -> sawPut(seen);
      default -> {
        if (isRegisterStore()) {
          sawStore();
        } else {
          values.sawOpcode(this, seen);
        }
      }
    }
  }

  private void sawInvoke(int seen) {
    String owner = getClassConstantOperand();
    String name = getNameConstantOperand();
    String descriptor = getSigConstantOperand();
    int arguments = getNumberArguments(descriptor);
    if (stack.getStackDepth() < arguments + (seen == Const.INVOKESTATIC ? 0 : 1)) {
      return;
    }
    if (owner.equals(getClassName())) {
      if (Const.CONSTRUCTOR_NAME.equals(name)) {
        delegates |= SinkCalls.initializesThis(this, arguments);
      } else {
        calls.add(name + descriptor); // a method of the class: it may assign a field
      }
    } else if (!values.sawBoxing(seen, owner, name, descriptor, stack)) {
      Object read = reads.sawInvoke(owner, name, descriptor, stack);
      if (read != null) {
        pushed.set(read);
      }
    }
  }

  /** An assignment of a field of this class; an instance field only through {@code this}. */
  private void sawPut(int seen) {
    boolean isStatic = seen == Const.PUTSTATIC;
    if (!getClassConstantOperand().equals(getClassName())
        || (!isStatic && stack.getStackItem(1).getRegisterNumber() != 0)) {
      return;
    }
    int pc = getPC();
    boolean initializerCode = false;
    if (bodyLines != null) {
      int line = getCode().getLineNumberTable().getSourceLine(pc);
      initializerCode = line < bodyLines[0] || line > bodyLines[1];
    }
    stores.add(new Store(getNameConstantOperand(), isStatic, pc, initializerCode,
        ClassDefaults.valueOf(stack.getStackItem(0).getUserValue())));
  }

  /** A local assigned once keeps a known value or a configuration read for its loads. */
  private void sawStore() {
    if (stack.getStackDepth() == 0) {
      return;
    }
    Locals.Key local = locals.keyAt(getRegisterOperand(), getNextPC());
    Object value = stack.getStackItem(0).getUserValue();
    if (locals.isAssignedOnce(local) && BytecodeValues.isKept(value)) {
      values.remember(local, value);
    }
  }

  /**
   * The lines of a constructor's own code: from the line of its first instruction (its declaration,
   * or its {@code super(...)}) to the line of its last {@code return} (its closing brace); {@code
   * null} without line numbers. Initializers are declared outside that range.
   */
  static int[] initializerLines(Code code) {
    LineNumberTable table = code.getLineNumberTable();
    if (table == null || table.getLineNumberTable().length == 0) {
      return null;
    }
    int first = table.getSourceLine(0);
    int last = -1;
    for (InstructionHandle handle : new InstructionList(code.getCode()).getInstructionHandles()) {
      if (handle.getInstruction().getOpcode() == Const.RETURN) {
        last = Math.max(last, table.getSourceLine(handle.getPosition()));
      }
    }
    return new int[] {first, last < 0 ? Integer.MAX_VALUE : last};
  }
}
