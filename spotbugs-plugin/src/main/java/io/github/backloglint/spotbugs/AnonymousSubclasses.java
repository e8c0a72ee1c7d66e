package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.Type;

/**
 * {@code new ServerSocket(8080, 128) {}} compiles to a synthetic class whose constructor passes its
 * own parameters on to {@code super(...)}: the binding call happens there, but the values and the
 * line that users see are at the creation site. This reads the synthetic constructor once and says
 * which creation-site argument becomes which argument of the binding constructor.
 */
final class AnonymousSubclasses {

  /**
   * How an anonymous subclass' constructor forwards to a binding {@code ServerSocket} constructor.
   *
   * @param superOwner the binding class, an internal name ({@code java/net/ServerSocket})
   * @param superSignature the binding constructor's descriptor ({@code (II)V}...)
   * @param sourceArguments for each argument of the binding constructor, the index of the
   *     anonymous constructor's parameter that it passes on
   */
  record Forwarding(String superOwner, String superSignature, int[] sourceArguments) {}

  private final Map<String, Optional<Forwarding>> cache = new HashMap<>();

  /** The forwarding for {@code new anonymousClass(constructorSignature)}, when it binds. */
  Optional<Forwarding> forwardingOf(String slashedClass, String constructorSignature) {
    return cache.computeIfAbsent(
        slashedClass + constructorSignature, k -> read(slashedClass, constructorSignature));
  }

  /** Cheap name test first: javac names anonymous classes {@code Outer$1}. */
  static boolean looksAnonymous(String slashedClass) {
    int dollar = slashedClass.lastIndexOf('$');
    if (dollar < 0 || dollar == slashedClass.length() - 1) {
      return false;
    }
    for (int i = dollar + 1; i < slashedClass.length(); i++) {
      if (!Character.isDigit(slashedClass.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Forwarding> read(String slashedClass, String constructorSignature) {
    JavaClass anonymous;
    try {
      anonymous = AnalysisContext.currentAnalysisContext().lookupClass(slashedClass.replace('/', '.'));
    } catch (ClassNotFoundException | RuntimeException e) {
      return Optional.empty();
    }
    if (!anonymous.isAnonymous()
        || !SinkRows.isConstructorOwner(anonymous.getSuperclassName().replace('.', '/'))) {
      return Optional.empty();
    }
    for (Method constructor : anonymous.getMethods()) {
      if (constructor.getName().equals(Const.CONSTRUCTOR_NAME)
          && constructor.getSignature().equals(constructorSignature)
          && constructor.getCode() != null) {
        return forwarding(anonymous, constructor);
      }
    }
    return Optional.empty();
  }

  /** Finds {@code super(p_i, p_j...)}: each argument must be a plain load of a parameter. */
  private static Optional<Forwarding> forwarding(JavaClass anonymous, Method constructor) {
    Code code = constructor.getCode();
    ConstantPoolGen pool = new ConstantPoolGen(anonymous.getConstantPool());
    InstructionList instructions = new InstructionList(code.getCode());
    for (InstructionHandle handle : instructions.getInstructionHandles()) {
      if (!(handle.getInstruction() instanceof INVOKESPECIAL call)
          || !call.getMethodName(pool).equals(Const.CONSTRUCTOR_NAME)
          || !call.getClassName(pool).equals(anonymous.getSuperclassName())) {
        continue;
      }
      String superSignature = call.getSignature(pool);
      if (!SinkRows.isBindingConstructor(superSignature)) {
        return Optional.empty();
      }
      int count = Type.getArgumentTypes(superSignature).length;
      int[] sources = new int[count];
      InstructionHandle argument = handle;
      for (int i = count - 1; i >= 0; i--) {
        argument = argument.getPrev();
        if (argument == null || !(argument.getInstruction() instanceof LoadInstruction load)) {
          return Optional.empty();
        }
        sources[i] = parameterAt(constructor, load.getIndex());
        if (sources[i] < 0) {
          return Optional.empty();
        }
      }
      return Optional.of(
          new Forwarding(anonymous.getSuperclassName().replace('.', '/'), superSignature, sources));
    }
    return Optional.empty();
  }

  /** The index of the parameter held in {@code slot} on entry, or -1. */
  private static int parameterAt(Method method, int slot) {
    int current = 1; // slot 0 is this
    Type[] parameters = method.getArgumentTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (current == slot) {
        return i;
      }
      current += parameters[i].getSize();
    }
    return -1;
  }
}
