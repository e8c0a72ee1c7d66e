package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import io.github.backloglint.core.ClassDefault;
import io.github.backloglint.core.ConfigReads;
import io.github.backloglint.core.DefaultValue;
import io.github.backloglint.core.FieldFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.AnnotationEntry;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.ElementValuePair;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.FieldOrMethod;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;

/**
 * The facts of one class that a default needs, gathered once: its {@code int} and {@code Integer}
 * fields and its getters ({@code aload_0; getfield; ireturn}, also a static accessor taking the
 * instance, or {@code getstatic; ireturn}), read from the bytes of each method's code; and — only
 * when a sink's backlog is a field — the fields each method assigns, and each field's {@link
 * FieldFacts} from {@link FieldStores} and its annotations. A getter call alone does not decode the
 * class's code.
 */
final class ClassFacts {

  /** What a method whose code BCEL cannot read may assign. */
  private static final String ANY_FIELD = "*";

  private final String className;
  private final JavaClass javaClass;
  private final Map<String, Field> fields = new HashMap<>();
  /** Getters by name and descriptor: the field each returns. */
  private final Map<String, String> getters = new HashMap<>();
  /** The fields of this class each method assigns, by the method's name and descriptor; lazy. */
  private Map<String, Set<String>> assigned;
  private final Map<String, ClassDefault> defaults = new HashMap<>();
  private List<FieldStores.Initializer> initializers;
  private boolean scanned;

  private ClassFacts(String className, JavaClass javaClass) {
    this.className = className;
    this.javaClass = javaClass;
  }

  /** The facts of the class {@code internalName}, or {@code null} when SpotBugs cannot load it. */
  static ClassFacts of(String internalName) {
    JavaClass javaClass;
    try {
      javaClass = Global.getAnalysisCache().getClassAnalysis(
          JavaClass.class, DescriptorFactory.createClassDescriptor(internalName));
    } catch (CheckedAnalysisException | RuntimeException e) {
      return null;
    }
    ClassFacts facts = new ClassFacts(internalName, javaClass);
    for (Field field : javaClass.getFields()) {
      if (field.getSignature().equals("I") || field.getSignature().equals("Ljava/lang/Integer;")) {
        facts.fields.put(field.getName(), field);
      }
    }
    if (facts.fields.isEmpty()) {
      return facts; // no getter can return a field the class does not have
    }
    ConstantPool pool = javaClass.getConstantPool();
    for (Method method : javaClass.getMethods()) {
      Code code = method.getCode();
      String getter = code == null ? null : facts.getterField(method, code.getCode(), pool);
      if (getter != null) {
        facts.getters.put(method.getName() + method.getSignature(), getter);
      }
    }
    return facts;
  }

  /** Whether the class declares this {@code int} or {@code Integer} field itself. */
  boolean declares(String field) {
    return fields.containsKey(field);
  }

  /** The field that the getter {@code nameAndDescriptor} returns, or {@code null}. */
  String getterField(String nameAndDescriptor) {
    return getters.get(nameAndDescriptor);
  }

  /** Whether the method {@code nameAndDescriptor} of the class assigns {@code field}. */
  boolean assigns(String nameAndDescriptor, String field) {
    if (assigned == null) {
      assigned = new HashMap<>();
      for (Method method : javaClass.getMethods()) {
        Code code = method.getCode();
        if (code != null) {
          readAssignments(method, code.getCode(), javaClass.getConstantPool());
        }
      }
    }
    Set<String> fieldsAssigned = assigned.getOrDefault(nameAndDescriptor, Set.of());
    return fieldsAssigned.contains(field) || fieldsAssigned.contains(ANY_FIELD);
  }

  /**
   * The default of a field the class declares, the rule applied by core's {@link FieldFacts}; {@code
   * null} when it is not known. The constructors are scanned at the first question.
   */
  ClassDefault defaultOf(String field, ConfigReadCalls reads) {
    if (!scanned) {
      scanned = true;
      initializers = scan(reads);
    }
    if (initializers == null || !fields.containsKey(field)) {
      return null;
    }
    return defaults.computeIfAbsent(field, name -> facts(fields.get(name)).toDefault());
  }

  private List<FieldStores.Initializer> scan(ConfigReadCalls reads) {
    try {
      ClassContext context = Global.getAnalysisCache().getClassAnalysis(
          ClassContext.class, DescriptorFactory.createClassDescriptor(className));
      return FieldStores.of(context, reads);
    } catch (CheckedAnalysisException | RuntimeException e) {
      return null;
    }
  }

  private FieldFacts facts(Field field) {
    String name = field.getName();
    FieldFacts facts = FieldFacts.of(name, field.getSignature().startsWith("L"));
    annotate(field, facts);
    boolean initializerTaken = false;
    for (FieldStores.Initializer initializer : initializers) {
      List<FieldStores.Store> stores = initializer.stores().stream()
          .filter(store -> store.field().equals(name) && store.isStatic() == field.isStatic())
          .toList();
      boolean callsSetter = initializer.calls().stream().anyMatch(method -> assigns(method, name));
      if (field.isStatic()) {
        for (FieldStores.Store store : stores) {
          // Every assignment in the static initializer is a candidate (the first stands for the
          // declaration's); one in a constructor makes the default unknown.
          if (!initializer.isStatic()) {
            facts.initializerBlock(new DefaultValue.Unknown());
          } else if (!initializerTaken) {
            initializerTaken = true;
            facts.initializer(store.value());
          } else {
            facts.initializerBlock(store.value());
          }
        }
        if (callsSetter) {
          facts.initializerBlock(new DefaultValue.Unknown());
        }
      } else if (!initializer.isStatic()) {
        List<DefaultValue> own = new ArrayList<>();
        if (!initializer.hasLines()) {
          // Initializer copies and the body cannot be told apart: the last assignment wins.
          if (!stores.isEmpty()) {
            own.add(stores.get(stores.size() - 1).value());
          }
        } else {
          List<FieldStores.Store> copies =
              stores.stream().filter(FieldStores.Store::initializerCode).toList();
          if (!initializerTaken && !initializer.delegates() && !copies.isEmpty()) {
            initializerTaken = true;
            // Bytecode cannot tell the declaration's initializer from an initializer block: the
            // first copy stands for the declaration (written first, as usual), later ones for blocks.
            facts.initializer(copies.get(0).value());
            for (FieldStores.Store copy : copies.subList(1, copies.size())) {
              facts.initializerBlock(copy.value());
            }
          }
          for (FieldStores.Store store : stores) {
            if (!store.initializerCode()) {
              own.add(store.value());
            }
          }
        }
        if (callsSetter) {
          own.add(new DefaultValue.Unknown());
        }
        facts.constructor(own, initializer.delegates());
      }
    }
    if (field.isStatic()) {
      facts.keepsInitializer();
    }
    return facts;
  }

  /** An injection annotation: unknown, or its default when it is one of the table's with one. */
  private static void annotate(Field field, FieldFacts facts) {
    for (AnnotationEntry entry : field.getAnnotationEntries()) {
      String type = entry.getAnnotationType();
      String annotation = type.substring(1, type.length() - 1).replace('/', '.');
      if (!ConfigReads.INJECTIONS.contains(annotation)) {
        continue;
      }
      String element = annotation.equals(ConfigReads.CONFIG_PROPERTY) ? "defaultValue" : "value";
      String text = null;
      for (ElementValuePair pair : entry.getElementValuePairs()) {
        if (pair.getNameString().equals(element)) {
          text = pair.getValue().stringifyValue();
        }
      }
      Integer value = ConfigReads.annotatedDefault(annotation, text);
      if (value == null) {
        facts.injected();
      } else {
        facts.annotated(new DefaultValue.Annotated(
            annotation, value, ConfigReads.annotatedKey(annotation, text), null));
      }
    }
  }

  /** Records which fields of the class the method assigns. */
  private void readAssignments(Method method, byte[] code, ConstantPool pool) {
    String key = method.getName() + method.getSignature();
    Set<String> fieldsAssigned = new HashSet<>();
    boolean readable = forEachMember(code, pool, (pc, opcode, member) -> {
      if ((opcode == Const.PUTFIELD || opcode == Const.PUTSTATIC) && member.owner().equals(className)) {
        fieldsAssigned.add(member.name());
      }
    });
    if (!readable) {
      fieldsAssigned.add(ANY_FIELD); // it may assign any
    }
    if (!fieldsAssigned.isEmpty()) {
      assigned.put(key, fieldsAssigned);
    }
  }

  /** The field a getter returns: {@code aload_0; getfield f; ireturn}, {@code getstatic f; ireturn}. */
  private String getterField(Method method, byte[] code, ConstantPool pool) {
    if (code.length != 4 && code.length != 5) {
      return null; // no getter: checked before the descriptor is parsed
    }
    int parameters = method.getArgumentTypes().length;
    int returned = code.length - 1;
    int returns = returned < 3 ? -1 : code[returned] & 0xff;
    if (returns != Const.IRETURN && returns != Const.ARETURN) {
      return null;
    }
    boolean instanceGetter = !method.isStatic() && parameters == 0;
    // A static accessor of the instance (Kotlin's access$getX$p, javac's access$000 before 11).
    boolean accessor = method.isStatic() && parameters == 1
        && method.getArgumentTypes()[0].getSignature().equals("L" + className + ";");
    int opcode;
    if (code.length == 5 && (instanceGetter || accessor) && (code[0] & 0xff) == Const.ALOAD_0) {
      opcode = Const.GETFIELD;
    } else if (code.length == 4 && method.isStatic() && parameters == 0) {
      opcode = Const.GETSTATIC;
    } else {
      return null;
    }
    int at = code.length - 4;
    if ((code[at] & 0xff) != opcode) {
      return null;
    }
    Member member = member(pool, ((code[at + 1] & 0xff) << 8) | (code[at + 2] & 0xff));
    return member != null && member.owner().equals(className) && fields.containsKey(member.name())
        && fields.get(member.name()).isStatic() == (opcode == Const.GETSTATIC)
        ? member.name() : null;
  }

  /** A field or method that an instruction refers to. */
  record Member(String owner, String name, String descriptor) {}

  /** What {@link #forEachMember} calls for each field and method instruction. */
  interface MemberVisitor {
    void visit(int pc, int opcode, Member member);
  }

  /**
   * Calls {@code visitor} for each field access and invoke of {@code code} that names a field or a
   * method; returns {@code false} when BCEL cannot read the code.
   */
  static boolean forEachMember(byte[] code, ConstantPool pool, MemberVisitor visitor) {
    try {
      for (InstructionHandle handle : new InstructionList(code).getInstructionHandles()) {
        if (handle.getInstruction() instanceof FieldOrMethod access) {
          Member member = member(pool, access.getIndex());
          if (member != null) {
            visitor.visit(handle.getPosition(), access.getOpcode(), member);
          }
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The field or method constant {@code index}; {@code null} for another constant. */
  private static Member member(ConstantPool pool, int index) {
    try {
      ConstantCP ref = (ConstantCP) pool.getConstant(index);
      String owner = pool.getConstantString(ref.getClassIndex(), Const.CONSTANT_Class);
      ConstantNameAndType nameAndType =
          (ConstantNameAndType) pool.getConstant(ref.getNameAndTypeIndex());
      return new Member(owner, nameAndType.getName(pool), nameAndType.getSignature(pool));
    } catch (RuntimeException e) {
      return null; // invokedynamic names no class
    }
  }
}
