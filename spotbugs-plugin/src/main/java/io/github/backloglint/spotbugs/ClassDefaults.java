package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.ClassDefault;
import io.github.backloglint.core.ConstantFolding;
import io.github.backloglint.core.DefaultValue;
import java.util.HashMap;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.Method;

/**
 * The defaults a class gives a backlog that is unknown in the method: the detector tags a field of
 * the class holding the sink, or of a class enclosing it, as a {@link FieldRead} where it is read
 * ({@code getfield} on {@code this} or on an enclosing instance {@code this$0}, {@code getstatic},
 * or a getter of that class called on it), and a configuration read as a {@link
 * ConfigReadCalls.Read}; loads of single-assignment locals, unboxing and casts keep both. At the
 * sink, {@link #classDefault} hands core the facts of the field ({@link ClassFacts}), or of its
 * assignment in the sink's own body, which then counts like a local's.
 */
final class ClassDefaults {

  /** A value that its class may default: a configuration read, or a field of the class. */
  sealed interface Source permits ConfigReadCalls.Read, FieldRead {}

  /** A read of the field {@code name} of {@code owner}: this class or an enclosing one. */
  record FieldRead(String owner, String name) implements Source {}

  /** The instance of the enclosing class {@code owner}: an inner class's {@code this$0}. */
  record OuterThis(String owner) {}

  private final ConfigReadCalls reads;
  /** The facts of the analysed class and of its enclosing classes, by internal name. */
  private final Map<String, ClassFacts> facts = new HashMap<>();
  private String className;

  // Per method: the values its field assignments stored, by pc.
  private final Map<Integer, DefaultValue> stored = new HashMap<>();
  private Method method;
  private Code code;

  ClassDefaults(ConfigReadCalls reads) {
    this.reads = reads;
  }

  /** A new class is analysed: facts are gathered again, once, when a sink asks for them. */
  void startClass(String internalName) {
    className = internalName;
    facts.clear();
  }

  void startMethod(Method analysed, Code analysedCode) {
    method = analysed;
    code = analysedCode;
    stored.clear();
  }

  /** The value of a field assignment, as core's {@link DefaultValue} says it. */
  static DefaultValue valueOf(Object userValue) {
    Integer known = userValue instanceof BytecodeValues.Known value
        ? ConstantFolding.asInt(value.value()) : null;
    if (known != null) {
      return new DefaultValue.Known(known, null);
    }
    return userValue instanceof ConfigReadCalls.Read read
        ? read.read() : new DefaultValue.Unknown();
  }

  /** The user value of a {@code getfield} or {@code getstatic}: a followed field, or null. */
  Object sawFieldRead(OpcodeStackDetector detector, int seen) {
    String type = detector.getSigConstantOperand();
    boolean backlog = isBacklogType(type);
    if (!backlog && !(seen == Const.GETFIELD && type.startsWith("L"))) {
      return null; // checked first: most reads are of other types
    }
    String owner = detector.getClassConstantOperand();
    String name = detector.getNameConstantOperand();
    if (seen == Const.GETFIELD) {
      OpcodeStack.Item receiver = detector.getStack().getStackItem(0);
      if (!isInstanceOf(receiver, owner)) {
        return null; // a field of another object
      }
      if (name.startsWith("this$") && type.startsWith("L")) {
        return new OuterThis(type.substring(1, type.length() - 1));
      }
    } else if (!isEnclosing(owner)) {
      return null;
    }
    return backlog ? new FieldRead(owner, name) : null;
  }

  /**
   * A field assignment at {@code pc} in the analysed method: its value, for the rule of the sink's
   * own body. Only a known value or a configuration read is kept: any other leaves the default
   * unknown, as a missing one does, and most assignments are such (nothing allocated for them).
   */
  void sawFieldStore(int pc, OpcodeStack.Item value) {
    Object userValue = value.getUserValue();
    DefaultValue assigned =
        userValue instanceof BytecodeValues.Known || userValue instanceof ConfigReadCalls.Read
            ? valueOf(userValue) : null;
    if (assigned != null && assigned.backlog() != null) {
      stored.put(pc, assigned);
    } else if (!stored.isEmpty()) {
      stored.remove(pc); // an earlier pass over the same code
    }
  }

  /**
   * The user value of an invoke that is no sink: a configuration read, a getter's {@link
   * FieldRead}, or {@code null}.
   */
  Object sawInvoke(int seen, String owner, String name, String descriptor, int arguments,
      OpcodeStack stack) {
    Object read = reads.sawInvoke(owner, name, descriptor, stack);
    return read != null ? read : sawGetter(seen, owner, name, descriptor, arguments, stack);
  }

  /**
   * The user value of an invoke of a getter of this class or an enclosing one, called on that
   * instance (a static one as it is): a {@link FieldRead} of the field it returns, or {@code null}.
   */
  private Object sawGetter(int seen, String owner, String name, String descriptor, int arguments,
      OpcodeStack stack) {
    if (arguments > 1
        || !(descriptor.endsWith(")I") || descriptor.endsWith(")Ljava/lang/Integer;"))
        || !isEnclosing(owner)) {
      return null;
    }
    boolean onInstance = seen != Const.INVOKESTATIC || arguments == 1;
    if (onInstance && (stack.getStackDepth() == 0 || !isInstanceOf(stack.getStackItem(0), owner))) {
      return null;
    }
    ClassFacts owning = factsOf(owner);
    String field = owning == null ? null : owning.getterField(name + descriptor);
    return field == null ? null : new FieldRead(owner, field);
  }

  /**
   * The class's default for the backlog {@code item} of a sink at {@code pc}, or {@code null}: a
   * configuration read's, or a field's unless the sink's body assigns it; then only its one known
   * assignment before the sink counts, as for a local.
   */
  ClassDefault classDefault(OpcodeStack.Item item, int pc) {
    Object value = item.getUserValue();
    if (value instanceof ConfigReadCalls.Read read) {
      return ClassDefault.of(null, read.read());
    }
    if (!(value instanceof FieldRead field)) {
      return null;
    }
    ClassFacts owning = factsOf(field.owner());
    if (owning == null || !owning.declares(field.name())) {
      return null; // a superclass' field: not followed
    }
    int[] assignment = bodyAssignment(field, owning);
    if (assignment == null) {
      return owning.defaultOf(field.name(), reads);
    }
    DefaultValue only = assignment[0] == 1 && assignment[1] >= 0 && assignment[1] < pc
        ? stored.get(assignment[1]) : null;
    return only == null ? null : ClassDefault.of(field.name(), only);
  }

  /**
   * How the analysed method assigns the field: {@code null} when it does not, else the number of
   * assignments (a call of a method of the class that assigns it counts) and the pc of the only
   * direct one (-1 when there is none). A constructor's copies of initializers are not its body.
   */
  private int[] bodyAssignment(FieldRead field, ClassFacts owning) {
    ConstantPool pool = method.getConstantPool();
    boolean constructor = Const.CONSTRUCTOR_NAME.equals(method.getName())
        && field.owner().equals(className);
    int[] lines = constructor ? FieldStores.initializerLines(code) : null;
    int[] assignments = {0, -1};
    boolean readable = ClassFacts.forEachMember(code.getCode(), pool, (pc, opcode, member) -> {
      if (!member.owner().equals(field.owner())) {
        return;
      }
      if (opcode == Const.PUTFIELD || opcode == Const.PUTSTATIC) {
        if (member.name().equals(field.name()) && !isInitializerCopy(lines, pc)) {
          assignments[0]++;
          assignments[1] = pc;
        }
      } else if (opcode != Const.GETFIELD && opcode != Const.GETSTATIC
          && owning.assigns(member.name() + member.descriptor(), field.name())) {
        assignments[0]++; // a call of a method of the class that assigns it
      }
    });
    if (!readable) {
      return new int[] {2, -1}; // unknown
    }
    return assignments[0] == 0 ? null : assignments;
  }

  private boolean isInitializerCopy(int[] lines, int pc) {
    if (lines == null) {
      return false;
    }
    int line = code.getLineNumberTable().getSourceLine(pc);
    return line < lines[0] || line > lines[1];
  }

  /** {@code this} of the class {@code owner}, or the enclosing instance an inner class holds. */
  private boolean isInstanceOf(OpcodeStack.Item item, String owner) {
    if (item.getUserValue() instanceof OuterThis outer) {
      return outer.owner().equals(owner);
    }
    return owner.equals(className) && !method.isStatic() && item.getRegisterNumber() == 0;
  }

  /** This class, or a class that encloses it in the same file (without a string per call). */
  private boolean isEnclosing(String owner) {
    int length = owner.length();
    return owner.equals(className)
        || className.length() > length && className.charAt(length) == '$'
            && className.startsWith(owner);
  }

  /** An {@code int} or {@code Integer}: a type a backlog can have. */
  private static boolean isBacklogType(String descriptor) {
    return descriptor.equals("I") || descriptor.equals("Ljava/lang/Integer;");
  }

  private ClassFacts factsOf(String owner) {
    return facts.computeIfAbsent(owner, ClassFacts::of);
  }
}
