package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.CallSite.ListenerUse;
import io.github.backloglint.core.PortProbe;
import io.github.backloglint.core.Sink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;

/**
 * How a method uses the sockets it holds in locals, counted while the method is scanned and judged
 * at its end ({@link #useOf}): a probe's socket is only bound, asked about, configured,
 * null-checked and closed ({@link PortProbe#ALLOWED_METHODS}); a one-shot listener is also accepted
 * on once, outside any loop. Every {@code aload} of the local that {@link Locals} counted must be
 * such a use, or the socket is a server.
 */
final class ListenerUses {

  /** The result of {@code ServerSocketChannel.open()}: its bind returns it (a fluent probe). */
  enum Fresh {
    CHANNEL
  }

  private final Map<Locals.Key, Integer> probeUses = new HashMap<>();
  /** Where each local is accepted on, and how often it is closed: a one-shot listener's uses. */
  private final Map<Locals.Key, List<Integer>> accepts = new HashMap<>();
  private final Map<Locals.Key, Integer> closes = new HashMap<>();
  /** The ranges of the method's loops: a backward jump, from its target to itself. */
  private final List<int[]> loops = new ArrayList<>();
  private Locals locals;

  void startMethod(Locals methodLocals) {
    locals = methodLocals;
    probeUses.clear();
    accepts.clear();
    closes.clear();
    loops.clear();
  }

  /**
   * The local that holds the listener of the sink call {@code code} is at, or {@code null}: a
   * constructor's or a factory's new socket, and the channel a fresh channel's bind returns, are
   * stored by the next instruction; any other bind() binds its receiver, loaded from a local. A
   * subclass' {@code super(...)} is no probe: the subclass is the listener.
   */
  Locals.Key listenerOf(Sink row, OpcodeStackDetector code, int arguments) {
    if (row.kind() == Sink.Kind.CONSTRUCTOR) {
      return SinkCalls.initializesThis(code, arguments) ? null : locals.storedAt(code.getNextPC());
    }
    OpcodeStack.Item receiver = code.getStack().getStackItem(arguments);
    return row.endpoint() == Sink.Endpoint.PORT || receiver.getUserValue() == Fresh.CHANNEL
        ? locals.storedAt(code.getNextPC())
        : locals.loadedBy(receiver, code.getPC());
  }

  /** A jump from {@code pc} back to {@code target} closes a loop. */
  void sawLoop(int target, int pc) {
    loops.add(new int[] {target, pc});
  }

  /** {@code s != null}, {@code s == null}, try-with-resources' check: a probe use. */
  void sawNullCheck(OpcodeStack.Item item, int pc) {
    countUse(probeUses, item, pc);
  }

  /**
   * The item that {@code if_acmpeq}/{@code if_acmpne} compares with {@code null} ({@code null != s}
   * compiles to {@code aconst_null; aload; if_acmpeq}), or {@code null} when neither side is null.
   */
  static OpcodeStack.Item nullCompared(OpcodeStack stack) {
    OpcodeStack.Item right = stack.getStackItem(0);
    OpcodeStack.Item left = stack.getStackItem(1);
    return left.isNull() ? right : right.isNull() ? left : null;
  }

  /**
   * Counts the uses an invoke makes of a socket: a probe's call on it, a close (also the ones
   * javac 9-10's try-with-resources and Kotlin's {@code use {}} make), an accept. Returns whether
   * the invoke opens a fresh channel, whose result the detector tags {@link Fresh#CHANNEL}. A
   * result that the next instruction ({@code nextOpcode}) does not pop is used: a channel's bind
   * whose result is used lets the channel escape.
   */
  boolean sawInvoke(int seen, String owner, String name, String signature, int arguments,
      OpcodeStack stack, String className, int pc, int nextOpcode) {
    boolean onReceiver = seen != Const.INVOKESTATIC;
    boolean resultUsed = !signature.endsWith(")V") && nextOpcode != Const.POP;
    if (onReceiver && PortProbe.isProbeUse(name, resultUsed)) {
      countUse(probeUses, stack.getStackItem(arguments), pc);
      if (PortProbe.CLOSE.equals(name)) {
        countUse(closes, stack.getStackItem(arguments), pc);
      }
    } else if (isCloseResourceHelper(seen, owner, name, signature, className)) {
      sawClose(stack.getStackItem(0), pc);
    } else if (KotlinBytecode.isUseClose(seen, owner, name, signature)) {
      sawClose(stack.getStackItem(1), pc); // Kotlin's use {}: closeFinally(socket, cause)
    } else if (onReceiver && PortProbe.ACCEPT.equals(name) && arguments == 0) {
      Locals.Key local = locals.loadedBy(stack.getStackItem(0), pc);
      if (local != null) {
        accepts.computeIfAbsent(local, k -> new ArrayList<>()).add(pc);
      }
    } else {
      return seen == Const.INVOKESTATIC && PortProbe.OPEN.equals(name)
          && PortProbe.FRESH_CHANNEL_OWNERS.contains(owner.replace('/', '.'));
    }
    return false;
  }

  private void sawClose(OpcodeStack.Item socket, int pc) {
    countUse(probeUses, socket, pc);
    countUse(closes, socket, pc);
  }

  /** javac 9 and 10 close a try-with-resources resource through {@code $closeResource(t, r)}. */
  private static boolean isCloseResourceHelper(
      int seen, String owner, String name, String signature, String className) {
    return seen == Const.INVOKESTATIC
        && "$closeResource".equals(name)
        && "(Ljava/lang/Throwable;Ljava/lang/AutoCloseable;)V".equals(signature)
        && owner.equals(className);
  }

  private void countUse(Map<Locals.Key, Integer> uses, OpcodeStack.Item item, int pc) {
    Locals.Key local = locals.loadedBy(item, pc);
    if (local != null) {
      uses.merge(local, 1, Integer::sum);
    }
  }

  /**
   * How the method used the socket held in {@code local} ({@code null}: held in none, a server).
   * Every read of the socket's locals (the local and the locals that copy it, see {@link
   * LocalCopies}) must be a probe use, a one-shot accept or a copy, and each local is assigned no
   * value other than the socket and {@code null}. The uses are counted over all of them together,
   * since the operand stack may name any of them as the source.
   */
  ListenerUse useOf(Locals.Key local, JavaClass javaClass, Code code) {
    if (local == null) {
      return ListenerUse.SERVER;
    }
    LocalCopies copies = LocalCopies.of(javaClass, locals, code);
    int loads = 0;
    int allowed = 0;
    List<Integer> acceptPcs = new ArrayList<>();
    boolean closed = false;
    for (Locals.Key holder : copies.holdersOfSameObject(local)) {
      if (!locals.isAssignedOneSocket(holder)) {
        return ListenerUse.SERVER;
      }
      List<Integer> holderAccepts = accepts.getOrDefault(holder, List.of());
      acceptPcs.addAll(holderAccepts);
      closed |= closes.containsKey(holder);
      loads += locals.objectLoads(holder);
      allowed += probeUses.getOrDefault(holder, 0) + holderAccepts.size() + copies.copiesOutOf(holder);
    }
    if (loads != allowed) {
      return ListenerUse.SERVER;
    }
    if (acceptPcs.isEmpty()) {
      return ListenerUse.PROBE;
    }
    boolean acceptInLoop = acceptPcs.stream().anyMatch(this::inLoop);
    return PortProbe.isOneShot(acceptPcs.size(), acceptInLoop, closed)
        ? ListenerUse.ONE_SHOT
        : ListenerUse.SERVER;
  }

  private boolean inLoop(int pc) {
    return loops.stream().anyMatch(range -> range[0] <= pc && pc <= range[1]);
  }
}
