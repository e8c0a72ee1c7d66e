package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.AppServer;
import io.github.backloglint.core.FrameworkDefault.Use;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.INVOKEINTERFACE;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * The configuration an app's factory takes ({@code Javalin.create(config -> ...)}). In bytecode the
 * lambda is an {@code invokedynamic} whose implementation is a synthetic method of the same class;
 * its last parameter is the configuration, and each load of it is judged at the instruction that
 * consumes it: a field read or write, or a call, on it is a member of the configuration (core's
 * {@link AppServer#onConfiguration}); anything else (an argument, a store, a nested lambda's
 * capture, a branch before it is consumed) silences, as the source checkers' "passed on" does.
 */
final class AppConfigurations {

  /** A lambda written in this class: its synthetic implementation method. */
  record Lambda(Method implementation) {}

  private AppConfigurations() {}

  /**
   * The lambda the current {@code invokedynamic} creates, when its implementation is a synthetic
   * method of this class (a method reference names a method of its own: {@code null}).
   */
  static Lambda lambdaAt(OpcodeStackDetector code) {
    JavaClass javaClass = code.getThisClass();
    ConstantPool pool = javaClass.getConstantPool();
    Constant operand;
    try {
      operand = code.getConstantRefOperand();
    } catch (IllegalStateException e) {
      return null;
    }
    if (!(operand instanceof ConstantInvokeDynamic dynamic)) {
      return null;
    }
    BootstrapMethod bootstrap = bootstrap(javaClass, dynamic.getBootstrapMethodAttrIndex());
    int[] arguments = bootstrap == null ? new int[0] : bootstrap.getBootstrapArguments();
    if (arguments.length < 2
        || !(pool.getConstant(arguments[1]) instanceof ConstantMethodHandle handle)
        || !(pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP target)
        || !target.getClass(pool).equals(javaClass.getClassName())) {
      return null;
    }
    ConstantNameAndType member = pool.getConstant(target.getNameAndTypeIndex());
    for (Method method : javaClass.getMethods()) {
      if (method.isSynthetic()
          && method.getName().equals(member.getName(pool))
          && method.getSignature().equals(member.getSignature(pool))) {
        return new Lambda(method);
      }
    }
    return null;
  }

  private static BootstrapMethod bootstrap(JavaClass javaClass, int index) {
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof BootstrapMethods methods
          && index < methods.getBootstrapMethods().length) {
        return methods.getBootstrapMethods()[index];
      }
    }
    return null;
  }

  /** Whether the lambda's configuration keeps the app's default. */
  static boolean keep(AppServer row, Lambda lambda, JavaClass javaClass) {
    Method method = lambda.implementation();
    Type[] parameters = method.getArgumentTypes();
    if (parameters.length == 0 || method.getCode() == null) {
      return false;
    }
    int slot = method.isStatic() ? 0 : 1;
    for (int i = 0; i < parameters.length - 1; i++) {
      slot += parameters[i].getSize();
    }
    ConstantPoolGen pool = new ConstantPoolGen(javaClass.getConstantPool());
    InstructionList instructions;
    try {
      instructions = new InstructionList(method.getCode().getCode());
    } catch (RuntimeException e) {
      return false;
    }
    for (InstructionHandle handle : instructions.getInstructionHandles()) {
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof StoreInstruction store && store.getIndex() == slot) {
        return false; // the parameter is assigned: it no longer holds the configuration
      }
      if (instruction instanceof ALOAD load && load.getIndex() == slot
          && consumerUse(row, handle.getNext(), pool) == Use.SILENCES) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the instruction that consumes the configuration just loaded does with it: followed on
   * straight-line code, counting the stack words pushed above it.
   */
  private static Use consumerUse(AppServer row, InstructionHandle next, ConstantPoolGen pool) {
    int above = 0;
    for (InstructionHandle handle = next; handle != null; handle = handle.getNext()) {
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof BranchInstruction || handle.hasTargeters()) {
        return Use.SILENCES; // not straight-line code: not followed
      }
      int consumed = instruction.consumeStack(pool);
      if (consumed > above) {
        // Consumed here; the configuration is the object of a field access or call when it is
        // the deepest word taken (a call's arguments and a field write's value lie above it).
        return consumed == above + 1 ? memberUse(row, instruction, pool) : Use.SILENCES;
      }
      above += instruction.produceStack(pool) - consumed;
    }
    return Use.SILENCES;
  }

  private static Use memberUse(AppServer row, Instruction instruction, ConstantPoolGen pool) {
    if (instruction.getOpcode() == Const.GETFIELD || instruction.getOpcode() == Const.PUTFIELD) {
      return row.onConfiguration(((FieldInstruction) instruction).getFieldName(pool));
    }
    if (instruction instanceof INVOKEVIRTUAL || instruction instanceof INVOKEINTERFACE
        || instruction instanceof INVOKESPECIAL) {
      return row.onConfiguration(((InvokeInstruction) instruction).getMethodName(pool));
    }
    return Use.SILENCES;
  }
}
