package io.github.backloglint.spotbugs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;

/**
 * Locals that hold one object because one is a plain copy of another ({@code aload a; [checkcast;]
 * astore b}). Kotlin's {@code apply {}}, {@code also {}}, {@code let {}} and {@code use {}} copy
 * their receiver into a local of their own ({@code $this$apply}, {@code it}), so in Kotlin classes a
 * port probe is decided over all the locals that hold its socket: a copy is a use that keeps the
 * source a probe only when the copy is one too. Java classes get no copies: there an alias ({@code
 * ServerSocket t = s;}) is the user's own local, judged on its own as the source checkers judge it.
 */
final class LocalCopies {

  private static final LocalCopies NONE = new LocalCopies();

  private final Map<Locals.Key, Set<Locals.Key>> linked = new HashMap<>();
  private final Map<Locals.Key, Integer> copiesOut = new HashMap<>();

  private LocalCopies() {}

  /** The copies in {@code code} of a Kotlin class; none for Java or when BCEL cannot parse it. */
  static LocalCopies of(JavaClass javaClass, Locals locals, Code code) {
    if (!KotlinBytecode.isKotlin(javaClass)) {
      return NONE;
    }
    InstructionList instructions;
    try {
      instructions = new InstructionList(code.getCode());
    } catch (RuntimeException e) {
      return NONE;
    }
    LocalCopies copies = new LocalCopies();
    for (InstructionHandle handle : instructions.getInstructionHandles()) {
      if (handle.getInstruction() instanceof ALOAD load) {
        InstructionHandle next = handle.getNext();
        if (next != null && next.getInstruction().getOpcode() == Const.CHECKCAST && !next.hasTargeters()) {
          next = next.getNext();
        }
        // A store that a jump also reaches may store another value too: not a plain copy.
        if (next != null && next.getInstruction() instanceof ASTORE store && !next.hasTargeters()) {
          Locals.Key from = locals.keyAt(load.getIndex(), handle.getPosition());
          Locals.Key to = locals.keyAt(store.getIndex(), next.getPosition() + store.getLength());
          if (!from.equals(to)) {
            copies.linked.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            copies.linked.computeIfAbsent(to, k -> new HashSet<>()).add(from);
            copies.copiesOut.merge(from, 1, Integer::sum);
          }
        }
      }
    }
    return copies;
  }

  /** {@code local} and every local linked to it by copies, either way. */
  Set<Locals.Key> holdersOfSameObject(Locals.Key local) {
    Set<Locals.Key> group = new HashSet<>();
    Deque<Locals.Key> work = new ArrayDeque<>();
    work.add(local);
    while (!work.isEmpty()) {
      Locals.Key next = work.poll();
      if (group.add(next)) {
        work.addAll(linked.getOrDefault(next, Set.of()));
      }
    }
    return group;
  }

  /** How many loads of {@code local} only copy it into another local. */
  int copiesOutOf(Locals.Key local) {
    return copiesOut.getOrDefault(local, 0);
  }
}
