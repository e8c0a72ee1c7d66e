package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.ConstantFolding;
import io.github.backloglint.core.Sink;
import java.util.HashMap;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantInteger;
import org.apache.bcel.classfile.ConstantLong;
import org.apache.bcel.classfile.ConstantString;

/**
 * The values that follow from a method's constants. Bytecode has already inlined every
 * compile-time constant, so the detector tracks its own values as user values of the operand stack:
 * constants, their arithmetic (folded by core's {@link ConstantFolding}), boxing, and locals assigned
 * exactly once, whose loads push the stored value again. It never trusts a value read from a field:
 * {@code OpcodeStack}'s own constants include some that are not.
 */
final class BytecodeValues {

  /** A value that follows from the method's constants: an Integer, a Long or a String. */
  record Known(Object value) {}

  /** What the detector knows about an address on the stack or in a local. */
  enum Address {
    NULL,
    /** {@code new InetSocketAddress(0)} or {@code new InetSocketAddress(host, 0)}. */
    EPHEMERAL
  }

  private final PushedValue pushed;
  /** The values of single-assignment locals, by local: known values and followed objects. */
  private final Map<Locals.Key, Object> stored = new HashMap<>();
  private Locals locals;

  BytecodeValues(PushedValue pushed) {
    this.pushed = pushed;
  }

  void startMethod(Locals methodLocals) {
    locals = methodLocals;
    stored.clear();
  }

  /** A local assigned once now holds {@code value}: its loads push it again. */
  void remember(Locals.Key local, Object value) {
    stored.put(local, value);
  }

  /**
   * Whether a local assigned once keeps this value for its loads: a known value or address, or a
   * value its class may default ({@link ClassDefaults.Source}).
   */
  static boolean isKept(Object value) {
    return value instanceof Known || value instanceof Address || value instanceof ClassDefaults.Source;
  }

  /** Constants, loads of single-assignment locals, and arithmetic on known values. */
  void sawOpcode(OpcodeStackDetector code, int seen) {
    if (seen >= Const.ICONST_M1 && seen <= Const.ICONST_5) {
      pushed.set(new Known(seen - Const.ICONST_0));
    } else if (seen == Const.BIPUSH || seen == Const.SIPUSH) {
      pushed.set(new Known(code.getIntConstant()));
    } else if (seen == Const.LCONST_0 || seen == Const.LCONST_1) {
      pushed.set(new Known((long) (seen - Const.LCONST_0)));
    } else if (seen == Const.LDC || seen == Const.LDC_W || seen == Const.LDC2_W) {
      Constant constant = code.getConstantRefOperand();
      pushed.set(constant instanceof ConstantInteger i ? new Known(i.getBytes())
          : constant instanceof ConstantLong l ? new Known(l.getBytes())
          : constant instanceof ConstantString text
              ? new Known(text.getBytes(code.getThisClass().getConstantPool())) : null);
    } else if (seen == Const.ACONST_NULL) {
      pushed.set(Address.NULL);
    } else if (code.isRegisterLoad()) {
      Locals.Key local = locals.keyAt(code.getRegisterOperand(), code.getPC());
      pushed.set(locals.isAssignedOnce(local) ? stored.get(local) : null);
    } else {
      fold(code.getStack(), seen);
    }
  }

  private void fold(OpcodeStack stack, int seen) {
    String binary = binaryOperator(seen);
    if (binary != null) {
      pushed.set(known(ConstantFolding.binary(binary, value(stack, 1), value(stack, 0))));
    } else if (seen == Const.INEG || seen == Const.LNEG) {
      pushed.set(known(ConstantFolding.unary("-", value(stack, 0))));
    } else {
      String cast = castTarget(seen);
      if (cast != null) {
        pushed.set(known(ConstantFolding.cast(cast, value(stack, 0))));
      }
    }
  }

  /**
   * {@code Integer.valueOf(int)} and {@code intValue()} keep a known value, or one its class may
   * default, through boxing; returns whether the invoke was one of them.
   */
  boolean sawBoxing(int seen, String owner, String name, String signature, OpcodeStack stack) {
    boolean boxing = seen == Const.INVOKESTATIC && "java/lang/Integer".equals(owner)
        && "valueOf".equals(name) && "(I)Ljava/lang/Integer;".equals(signature);
    boolean unboxing = "java/lang/Integer".equals(owner) && "intValue".equals(name);
    if (boxing || unboxing) {
      Object value = stack.getStackItem(0).getUserValue();
      pushed.set(value instanceof Known || value instanceof ClassDefaults.Source ? value : null);
    }
    return boxing || unboxing;
  }

  /** {@code new InetSocketAddress(0)} / {@code (host, 0)}: tags the object under construction. */
  static void sawSocketAddress(String signature, int arguments, OpcodeStack stack) {
    boolean withPort = "(I)V".equals(signature)
        || "(Ljava/lang/String;I)V".equals(signature)
        || "(Ljava/net/InetAddress;I)V".equals(signature);
    if (withPort && Integer.valueOf(0).equals(intValue(stack.getStackItem(0)))
        && stack.getStackDepth() > arguments + 1) {
      // new; dup; args; invokespecial: the copy below the receiver is the address that remains.
      stack.getStackItem(arguments + 1).setUserValue(Address.EPHEMERAL);
    }
  }

  /** The known value of an item ({@code Integer}, {@code Long}, {@code String}), or {@code null}. */
  static Object knownValue(OpcodeStack.Item item) {
    return item.getUserValue() instanceof Known known ? known.value() : null;
  }

  /** The known string of an item, or {@code null}. */
  static String knownString(OpcodeStack.Item item) {
    return knownValue(item) instanceof String text ? text : null;
  }

  /** What a port or address argument is, as core's {@link Endpoint} says it. */
  static Endpoint endpoint(Sink.Endpoint kind, OpcodeStack.Item item) {
    if (kind == Sink.Endpoint.PORT) {
      return Integer.valueOf(0).equals(intValue(item)) ? Endpoint.EPHEMERAL : Endpoint.OTHER;
    }
    Object value = item.getUserValue();
    return value == Address.NULL ? Endpoint.NULL
        : value == Address.EPHEMERAL ? Endpoint.EPHEMERAL
        : Endpoint.OTHER;
  }

  private static Integer intValue(OpcodeStack.Item item) {
    return ConstantFolding.asInt(knownValue(item));
  }

  private static Object value(OpcodeStack stack, int depth) {
    return stack.getStackDepth() > depth ? knownValue(stack.getStackItem(depth)) : null;
  }

  private static Known known(Object value) {
    return value == null ? null : new Known(value);
  }

  private static String binaryOperator(int opcode) {
    return switch (opcode) {
      case Const.IADD, Const.LADD -> "+";
      case Const.ISUB, Const.LSUB -> "-";
      case Const.IMUL, Const.LMUL -> "*";
      case Const.IDIV, Const.LDIV -> "/";
      case Const.IREM, Const.LREM -> "%";
      case Const.ISHL, Const.LSHL -> "<<";
      case Const.ISHR, Const.LSHR -> ">>";
      case Const.IUSHR, Const.LUSHR -> ">>>";
      case Const.IAND, Const.LAND -> "&";
      case Const.IOR, Const.LOR -> "|";
      case Const.IXOR, Const.LXOR -> "^";
      default -> null;
    };
  }

  private static String castTarget(int opcode) {
    return switch (opcode) {
      case Const.I2L -> "long";
      case Const.L2I -> "int";
      case Const.I2B -> "byte";
      case Const.I2C -> "char";
      case Const.I2S -> "short";
      default -> null;
    };
  }
}
