package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import java.util.HashMap;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * The source-level locals of one method, as far as bytecode tells them apart: javac reuses a slot
 * for locals of disjoint scopes, so where a LocalVariableTable exists a local is its slot plus the
 * scope that holds the access. Counts every assignment (a store or {@code iinc}) and every {@code
 * aload} of each local before the method is scanned, so that the scan can ask "assigned exactly
 * once?" and "every use accounted for?" at any instruction.
 */
final class Locals {

  /**
   * A local: a slot, and the start of its scope (-1 without a LocalVariableTable entry). Without a
   * table at all the scope is the one {@link SlotWebs} finds from the data flow.
   */
  record Key(int slot, int scopeStart) {}

  private final LocalVariableTable table;
  private SlotWebs webs;
  private final Map<Key, Integer> assignments = new HashMap<>();
  private final Map<Key, Integer> objectLoads = new HashMap<>();
  /** Assignments other than of the {@code null} literal: what a port probe's socket local counts. */
  private final Map<Key, Integer> nonNullAssignments = new HashMap<>();
  private final InstructionList instructions;
  private int firstLocalSlot;

  private Locals(LocalVariableTable table, InstructionList instructions) {
    this.table = table;
    this.instructions = instructions;
  }

  /** Reads {@code code}; returns {@code null} when BCEL cannot parse it (nothing is reported then). */
  static Locals of(Method method, Code code) {
    InstructionList instructions;
    try {
      instructions = new InstructionList(code.getCode());
    } catch (RuntimeException e) {
      return null;
    }
    Locals locals = new Locals(code.getLocalVariableTable(), instructions);
    if (locals.table == null) {
      try {
        locals.webs = SlotWebs.of(instructions, code, firstLocalSlot(method));
      } catch (RuntimeException e) {
        return null;
      }
    }
    locals.countParameters(method);
    for (InstructionHandle handle : instructions.getInstructionHandles()) {
      Instruction instruction = handle.getInstruction();
      int pc = handle.getPosition();
      if (instruction instanceof StoreInstruction store) {
        // A stored local's scope starts after the store that initializes it.
        Key key = locals.keyAt(store.getIndex(), pc + store.getLength());
        locals.assignments.merge(key, 1, Integer::sum);
        // Only a reference store can hold a socket: a slot without a LocalVariableTable entry is
        // reused for ints by Kotlin.
        if (store instanceof ASTORE && !storesNullLiteral(handle)) {
          locals.nonNullAssignments.merge(key, 1, Integer::sum);
        }
      } else if (instruction instanceof IINC increment) {
        locals.assignments.merge(locals.keyAt(increment.getIndex(), pc), 1, Integer::sum);
      } else if (instruction instanceof ALOAD load) {
        locals.objectLoads.merge(locals.keyAt(load.getIndex(), pc), 1, Integer::sum);
      }
    }
    return locals;
  }

  /**
   * {@code aconst_null; astore}, the store not being a jump target: the source assigned the
   * {@code null} literal ({@code ServerSocket s = null;} before a try, {@code s = null;} after a
   * close), which hands a socket to nobody.
   */
  private static boolean storesNullLiteral(InstructionHandle store) {
    InstructionHandle previous = store.getPrev();
    return store.getInstruction() instanceof ASTORE
        && !store.hasTargeters()
        && previous != null
        && previous.getInstruction().getOpcode() == Const.ACONST_NULL;
  }

  /** The first slot after {@code this} and the parameters. */
  private static int firstLocalSlot(Method method) {
    int slot = method.isStatic() ? 0 : 1;
    for (Type parameter : method.getArgumentTypes()) {
      slot += parameter.getSize();
    }
    return slot;
  }

  /** Parameters are assigned on entry: one more assignment makes them like any reassigned local. */
  private void countParameters(Method method) {
    int slot = method.isStatic() ? 0 : 1;
    if (!method.isStatic()) {
      assignments.merge(keyAt(0, 0), 1, Integer::sum);
    }
    for (Type parameter : method.getArgumentTypes()) {
      assignments.merge(keyAt(slot, 0), 1, Integer::sum);
      slot += parameter.getSize();
    }
    firstLocalSlot = slot;
  }

  /**
   * The local that {@code slot} holds at {@code pc}. javac splits a local's scope into several
   * entries where it is assigned on different branches ({@code int b; if (x) b = 1; else b = 2;}),
   * so entries with the same slot, name and type are one local; two same-named locals of disjoint
   * blocks then count as one, which only ever makes a value unknown.
   */
  Key keyAt(int slot, int pc) {
    if (webs != null) {
      return new Key(slot, webs.scopeStart(slot, pc));
    }
    if (table != null) {
      for (LocalVariable variable : table.getLocalVariableTable()) {
        int start = variable.getStartPC();
        if (variable.getIndex() == slot && start <= pc && pc < start + variable.getLength()) {
          return new Key(slot, firstStartOf(variable));
        }
      }
    }
    return new Key(slot, -1);
  }

  private int firstStartOf(LocalVariable variable) {
    int first = variable.getStartPC();
    for (LocalVariable other : table.getLocalVariableTable()) {
      if (other.getIndex() == variable.getIndex()
          && other.getName().equals(variable.getName())
          && other.getSignature().equals(variable.getSignature())) {
        first = Math.min(first, other.getStartPC());
      }
    }
    return first;
  }

  /**
   * Whether the local is assigned exactly once in the method and is not a parameter. Without a
   * LocalVariableTable, a local whose slot holds another of its kind might be the same source
   * local assigned again: not once (unknown, nothing reported).
   */
  boolean isAssignedOnce(Key key) {
    return assignments.getOrDefault(key, 0) == 1 && !isParameter(key)
        && (webs == null || !webs.sharesSlot(key.slot(), key.scopeStart()));
  }

  /**
   * Whether the local, not a parameter, is assigned exactly one value other than {@code null}:
   * the socket of a port probe, also in the pre-Java-7 form that declares it {@code = null}.
   */
  boolean isAssignedOneSocket(Key key) {
    return nonNullAssignments.getOrDefault(key, 0) == 1 && !isParameter(key);
  }

  private boolean isParameter(Key key) {
    // A parameter's scope starts at 0; a stored local's starts after its first store.
    return key.scopeStart() == 0 || (key.scopeStart() < 0 && key.slot() < firstLocalSlot);
  }

  /** How many {@code aload} instructions read the local. */
  int objectLoads(Key key) {
    return objectLoads.getOrDefault(key, 0);
  }

  /**
   * The local that the instruction at {@code pc} stores an object into (the new socket of a sink
   * call, whose next instruction it is), or {@code null}.
   */
  Key storedAt(int pc) {
    int slot = objectStoreSlotAt(pc);
    return slot < 0 ? null : keyAt(slot, storeEndAt(pc));
  }

  /** The local that an item on the stack at {@code pc} was loaded from, or {@code null}. */
  Key loadedBy(OpcodeStack.Item item, int pc) {
    int slot = item.getRegisterNumber();
    return slot < 0 ? null : keyAt(slot, pc);
  }

  /**
   * The slot that the instruction at {@code pc} stores an object into, looking through one {@code
   * checkcast} ({@code (SSLServerSocket) factory.createServerSocket(...)}), or -1.
   */
  private int objectStoreSlotAt(int pc) {
    InstructionHandle handle = instructions.findHandle(pc);
    if (handle != null && handle.getInstruction().getOpcode() == Const.CHECKCAST) {
      handle = handle.getNext();
    }
    if (handle != null && handle.getInstruction() instanceof ASTORE store) {
      return store.getIndex();
    }
    return -1;
  }

  /** The position after the instruction at {@code pc} (as {@link #objectStoreSlotAt} skipped). */
  private int storeEndAt(int pc) {
    InstructionHandle handle = instructions.findHandle(pc);
    if (handle != null && handle.getInstruction().getOpcode() == Const.CHECKCAST) {
      handle = handle.getNext();
    }
    return handle == null ? pc : handle.getPosition() + handle.getInstruction().getLength();
  }
}
