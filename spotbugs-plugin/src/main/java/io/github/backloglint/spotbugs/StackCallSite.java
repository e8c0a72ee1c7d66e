package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.backloglint.core.CallSite;
import io.github.backloglint.core.ClassDefault;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.Finding;
import io.github.backloglint.core.Sink;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;

/**
 * A sink call as core's {@link Decision} asks about it, answered from the operand stack at the
 * invoke: the arguments' tracked user values ({@link BytecodeValues}) give the key, the endpoint and
 * the backlog, and {@link ClassDefaults} the class's default of a backlog that is not known. How the
 * listener is used and where a client configuration goes are known only at the end of the method:
 * {@link #use} and {@link #reach} answer {@code PENDING}, and {@link #settle} judges the finding
 * then.
 */
final class StackCallSite implements CallSite {

  private final Sink row;
  private final OpcodeStack stack;
  private final int arguments;
  private final int[] sources;
  private final Supplier<Locals.Key> listenerLocal;
  private final Function<OpcodeStack.Item, ClassDefault> classDefaults;
  private Locals.Key listener;
  private ClientConfigurations.Configuration configuration;

  /**
   * @param arguments how many arguments the invoke passes
   * @param sources for each parameter of the row, the invoke's argument that passes it ({@code
   *     null}: the same one; an anonymous subclass' constructor may reorder them)
   * @param listenerLocal the local that will hold the listener, asked only for a possible probe
   * @param classDefaults the class's default of the backlog argument, asked only when it is unknown
   */
  StackCallSite(Sink row, OpcodeStack stack, int arguments, int[] sources,
      Supplier<Locals.Key> listenerLocal, Function<OpcodeStack.Item, ClassDefault> classDefaults) {
    this.row = row;
    this.stack = stack;
    this.arguments = arguments;
    this.sources = sources;
    this.listenerLocal = listenerLocal;
    this.classDefaults = classDefaults;
  }

  @Override
  public String knownKey() {
    return BytecodeValues.knownString(argument(0));
  }

  @Override
  public Endpoint endpoint() {
    return BytecodeValues.endpoint(row.endpoint(), argument(row.endpointIndex()));
  }

  @Override
  public Object knownBacklog() {
    return BytecodeValues.knownValue(argument(row.backlog()));
  }

  /** A field of the class or a configuration read, tagged by {@link ClassDefaults}. */
  @Override
  public ClassDefault classDefault() {
    return classDefaults.apply(argument(row.backlog()));
  }

  /** A listener held in a local waits for the method's end; any other is a server. */
  @Override
  public ListenerUse use() {
    listener = listenerLocal.get();
    return listener == null ? ListenerUse.SERVER : ListenerUse.PENDING;
  }

  /** The configuration is followed from here to whoever takes it. */
  @Override
  public Reach reach() {
    configuration = new ClientConfigurations.Configuration(row);
    return Reach.PENDING;
  }

  /**
   * A finding of this call once the method's end told how its listener was used and where its
   * configuration went: settled, or {@code null} when that exempts it.
   */
  Finding settle(Finding finding, ListenerUses listeners, JavaClass javaClass, Code code) {
    return finding.settle(listeners.useOf(listener, javaClass, code),
        ClientConfigurations.reachOf(configuration));
  }

  /** The configuration the call's result is, to be followed; {@code null} when none was asked. */
  ClientConfigurations.Configuration configuration() {
    return configuration;
  }

  private OpcodeStack.Item argument(int parameter) {
    int source = sources == null ? parameter : sources[parameter];
    return stack.getStackItem(arguments - 1 - source);
  }
}
