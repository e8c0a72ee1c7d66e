package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import io.github.backloglint.core.SinkIndex;
import java.util.BitSet;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantClass;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.ConstantUtf8;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;

/**
 * The cheap skips that keep the detector off almost all code: a class whose constant pool names no
 * sink is not analysed at all, and in a class that does, only a method whose bytes refer to one of
 * those names is. The {@code OpcodeStack} pass over a method costs far more than a look at its
 * bytes, and most methods of a class that opens a listener do not.
 */
final class ClassPrefilter {

  /** The constant-pool indices of the members that may be a sink or lead to one. */
  private final BitSet sinkReferences;

  private ClassPrefilter(BitSet sinkReferences) {
    this.sinkReferences = sinkReferences;
  }

  /**
   * The filter of a class that may call a sink, or {@code null} for the common class that cannot.
   * A class that only creates anonymous classes is analysed when one of them extends a binding
   * {@code ServerSocket} ({@code new ServerSocket(port) {}}); a quarter of real classes create some
   * anonymous class, so its superclass is looked up before the whole class is analysed.
   */
  static ClassPrefilter of(JavaClass javaClass, SinkCalls sinkCalls) {
    return mayCallSink(javaClass) ? new ClassPrefilter(sinkReferences(javaClass, sinkCalls)) : null;
  }

  /**
   * Whether the method's code refers to a possible sink. Every opcode byte that could refer to a
   * member is looked at, operands too: an operand that looks like such an opcode at worst makes a
   * method analysed for nothing.
   */
  boolean mayCallSink(Code code) {
    byte[] bytes = code.getCode();
    for (int i = 0; i + 2 < bytes.length; i++) {
      int opcode = bytes[i] & 0xff;
      if ((opcode == Const.GETSTATIC
              || (opcode >= Const.INVOKEVIRTUAL && opcode <= Const.INVOKEINTERFACE))
          && sinkReferences.get(((bytes[i + 1] & 0xff) << 8) | (bytes[i + 2] & 0xff))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The constant-pool entries of the members a sink call or a backlog option refers to: a sink's
   * name on a class that may have the sink ({@link SinkCalls#mayCallMethodRow}), a binding class's
   * constructor, a framework default's or app's constructor, factory or reported call ({@link
   * SinkIndex#OWNER_MEMBER_NAMES}: not every member of its class), an anonymous class's
   * constructor ({@code new ServerSocket(port) {}}).
   */
  private static BitSet sinkReferences(JavaClass javaClass, SinkCalls sinkCalls) {
    ConstantPool pool = javaClass.getConstantPool();
    BitSet references = new BitSet();
    Constant[] constants = pool.getConstantPool();
    for (int i = 1; i < constants.length; i++) {
      // Fields and methods; an invokedynamic entry (also a ConstantCP) names no class.
      if (constants[i] instanceof ConstantCP member && !(member instanceof ConstantInvokeDynamic)) {
        try {
          String owner = pool.getConstantString(member.getClassIndex(), Const.CONSTANT_Class);
          String name =
              ((ConstantNameAndType) pool.getConstant(member.getNameAndTypeIndex())).getName(pool);
          if ((SinkRows.isInterestingName(name) && sinkCalls.mayCallMethodRow(owner, name))
              || (SinkRows.isInterestingOwner(owner) && SinkIndex.OWNER_MEMBER_NAMES.contains(name))
              || (name.equals(Const.CONSTRUCTOR_NAME) && AnonymousSubclasses.looksAnonymous(owner))) {
            references.set(i);
          }
        } catch (RuntimeException e) {
          references.set(i); // a malformed entry: let the full analysis decide
        }
      }
    }
    return references;
  }

  /** Most classes name no sink and no {@code ServerSocket}: skip them on their constant pool. */
  private static boolean mayCallSink(JavaClass javaClass) {
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantUtf8 utf8
          && SinkRows.isInterestingName(utf8.getBytes())) {
        return true;
      }
      // A class relocated by a shading build is none of the names, but a class constant names
      // it, as its members' owner: only those are tested, not every string of the pool.
      if (constant instanceof ConstantClass type
          && pool.getConstant(type.getNameIndex()) instanceof ConstantUtf8 name
          && SinkRows.isInterestingOwner(name.getBytes())) {
        return true;
      }
    }
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof InnerClasses inner) {
        for (InnerClass declared : inner.getInnerClasses()) {
          if (declared.getInnerNameIndex() == 0 && extendsBindingClass(javaClass, declared)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the anonymous class {@code declared} extends ServerSocket or SSLServerSocket. */
  private static boolean extendsBindingClass(JavaClass javaClass, InnerClass declared) {
    try {
      String name = javaClass.getConstantPool()
          .getConstantString(declared.getInnerClassIndex(), Const.CONSTANT_Class);
      JavaClass anonymous =
          AnalysisContext.currentAnalysisContext().lookupClass(name.replace('/', '.'));
      return SinkRows.isConstructorOwner(anonymous.getSuperclassName().replace('.', '/'));
    } catch (ClassNotFoundException | RuntimeException e) {
      return false; // unreadable: AnonymousSubclasses could not follow its constructor either
    }
  }
}
