package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.XField;
import io.github.backloglint.core.Configurer;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.Signature;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.generic.Type;

/**
 * An invoke that takes a held object as an argument, as the operand stack shows it: which of the
 * row's configurers it is (SSHD's {@code PropertyResolverUtils.updateProperty}, {@code
 * Property.set}) and the key it names; core's {@link FrameworkDefault#callTaking} decides what it
 * does. The invoke's owner is the class bytecode names, as javac wrote it.
 */
final class ConfiguringCalls {

  private ConfiguringCalls() {}

  /**
   * What the invoke {@code seen} of {@code owner.name(descriptor)} (an internal name), which takes
   * the held object as argument {@code argument}, does to it.
   */
  static Use use(FrameworkDefault row, int seen, String owner, String name, String descriptor,
      int argument, OpcodeStack stack) {
    List<Configurer> candidates = row.configurersNamed(name);
    if (candidates.isEmpty()) {
      return row.callTaking(null, argument, null);
    }
    int count = Type.getArgumentTypes(descriptor).length;
    String declaring = owner.replace('/', '.');
    for (Configurer configurer : candidates) {
      if (Signature.isNameOrRelocation(declaring, configurer.method().owner())
          && configurer.method().hasDescriptor(descriptor)) {
        String key;
        if (configurer.keyedByReceiver()) {
          key = seen == Const.INVOKESTATIC ? null : staticField(stack.getStackItem(count));
        } else {
          key = BytecodeValues.knownString(stack.getStackItem(count - 1 - configurer.keyIndex()));
        }
        return row.callTaking(configurer, argument, key);
      }
    }
    return row.callTaking(null, argument, null);
  }

  /** The static field ({@code owner#NAME}) a receiver pushed by {@code getstatic} reads. */
  private static String staticField(OpcodeStack.Item receiver) {
    XField read = receiver.getXField();
    return read != null && read.isStatic() && receiver.getRegisterNumber() < 0
        ? Configurer.field(read.getClassName(), read.getName())
        : null;
  }
}
