package io.github.backloglint.spotbugs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.RET;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Select;
import org.apache.bcel.generic.StoreInstruction;

/**
 * The locals of a method compiled without a LocalVariableTable ({@code javac} without {@code -g},
 * {@code -g:source,lines}, shrunk jars): javac reuses a slot for locals of disjoint scopes (a
 * try-with-resources resource and the catch block's exception, two sequential resources), and
 * without the table only the data flow tells them apart. A local is a web: the assignments of a
 * slot that reach a common read, joined (reaching definitions over the control flow, exception
 * edges included). A web is named by the earliest position after one of its assignments, as a
 * table's scope is; javac never reuses a parameter's slot, so a parameter stays one local.
 */
final class SlotWebs {

  /** The key of a slot where assignments of more than one web reach: no local, nothing known. */
  static final int AMBIGUOUS = -2;

  private final int firstLocalSlot;
  private final List<InstructionHandle> handles;
  private final Map<Integer, Integer> indexAt = new HashMap<>();
  /**
   * Per assignment: its slot, the position after it (where its local's scope starts) and the
   * opcode of its kind of value ({@code istore} for {@code iinc} too).
   */
  private final List<int[]> definitions = new ArrayList<>();
  /** The assignment each instruction makes, or -1. */
  private final int[] definitionOf;
  /** The assignments that reach each instruction. */
  private final BitSet[] reaching;
  private final int[] web;

  private SlotWebs(InstructionList instructions, int firstLocalSlot) {
    this.firstLocalSlot = firstLocalSlot;
    this.handles = List.of(instructions.getInstructionHandles());
    this.definitionOf = new int[handles.size()];
    this.reaching = new BitSet[handles.size()];
    for (int i = 0; i < handles.size(); i++) {
      InstructionHandle handle = handles.get(i);
      indexAt.put(handle.getPosition(), i);
      Instruction instruction = handle.getInstruction();
      definitionOf[i] = -1;
      if (instruction instanceof StoreInstruction || instruction instanceof IINC) {
        int slot = ((org.apache.bcel.generic.LocalVariableInstruction) instruction).getIndex();
        if (slot >= firstLocalSlot) {
          definitionOf[i] = definitions.size();
          int kind = instruction instanceof IINC ? Const.ISTORE : instruction.getOpcode();
          definitions.add(new int[] {slot, handle.getPosition() + instruction.getLength(), kind(kind)});
        }
      }
      reaching[i] = new BitSet();
    }
    this.web = new int[definitions.size()];
  }

  /** The webs of {@code code}, whose parameters and {@code this} fill the slots below {@code firstLocalSlot}. */
  static SlotWebs of(InstructionList instructions, Code code, int firstLocalSlot) {
    SlotWebs webs = new SlotWebs(instructions, firstLocalSlot);
    webs.flow(code.getExceptionTable());
    webs.join();
    return webs;
  }

  /** Reaching definitions: a worklist over the instructions until nothing changes. */
  private void flow(CodeException[] handlers) {
    Deque<Integer> work = new ArrayDeque<>();
    boolean[] queued = new boolean[handles.size()];
    // Every instruction once, in order; then again whenever what reaches it grows.
    for (int i = 0; i < handles.size(); i++) {
      work.add(i);
      queued[i] = true;
    }
    while (!work.isEmpty()) {
      int i = work.poll();
      queued[i] = false;
      BitSet out = transfer(i);
      for (int successor : successors(i)) {
        if (propagate(out, successor) && !queued[successor]) {
          work.add(successor);
          queued[successor] = true;
        }
      }
      int position = handles.get(i).getPosition();
      for (CodeException handler : handlers) {
        if (handler.getStartPC() <= position && position < handler.getEndPC()) {
          // The instruction may throw before or after its own assignment.
          Integer target = indexAt.get(handler.getHandlerPC());
          if (target != null && (propagate(reaching[i], target) | propagate(out, target))
              && !queued[target]) {
            work.add(target);
            queued[target] = true;
          }
        }
      }
    }
  }

  private BitSet transfer(int i) {
    BitSet out = (BitSet) reaching[i].clone();
    int definition = definitionOf[i];
    if (definition >= 0) {
      int slot = definitions.get(definition)[0];
      for (int d = out.nextSetBit(0); d >= 0; d = out.nextSetBit(d + 1)) {
        if (definitions.get(d)[0] == slot) {
          out.clear(d);
        }
      }
      out.set(definition);
    }
    return out;
  }

  private boolean propagate(BitSet facts, int target) {
    BitSet before = (BitSet) reaching[target].clone();
    reaching[target].or(facts);
    return !reaching[target].equals(before);
  }

  private List<Integer> successors(int i) {
    InstructionHandle handle = handles.get(i);
    Instruction instruction = handle.getInstruction();
    List<Integer> next = new ArrayList<>();
    if (instruction instanceof BranchInstruction branch) {
      next.add(indexAt.get(branch.getTarget().getPosition()));
      if (branch instanceof Select select) {
        for (InstructionHandle target : select.getTargets()) {
          next.add(indexAt.get(target.getPosition()));
        }
      }
    }
    boolean fallsThrough = !(instruction instanceof GotoInstruction || instruction instanceof Select
        || instruction instanceof ReturnInstruction || instruction instanceof ATHROW
        || instruction instanceof RET);
    if (fallsThrough && i + 1 < handles.size()) {
      next.add(i + 1);
    }
    return next;
  }

  /** Joins the assignments of a slot that reach one read of it into one web. */
  private void join() {
    for (int d = 0; d < web.length; d++) {
      web[d] = d;
    }
    for (int i = 0; i < handles.size(); i++) {
      Instruction instruction = handles.get(i).getInstruction();
      if (instruction instanceof LoadInstruction || instruction instanceof IINC
          || instruction.getOpcode() == Const.RET) {
        int slot = ((org.apache.bcel.generic.IndexedInstruction) instruction).getIndex();
        int first = -1;
        BitSet in = reaching[i];
        for (int d = in.nextSetBit(0); d >= 0; d = in.nextSetBit(d + 1)) {
          if (definitions.get(d)[0] == slot) {
            if (first < 0) {
              first = d;
            } else {
              union(first, d);
            }
          }
        }
      }
    }
  }

  private int find(int d) {
    while (web[d] != d) {
      web[d] = web[web[d]];
      d = web[d];
    }
    return d;
  }

  private void union(int a, int b) {
    int rootA = find(a);
    int rootB = find(b);
    if (rootA != rootB) {
      // The root is the earliest assignment: it names the web.
      if (definitions.get(rootA)[1] < definitions.get(rootB)[1]) {
        web[rootB] = rootA;
      } else {
        web[rootA] = rootB;
      }
    }
  }

  /**
   * The scope start that names the local {@code slot} holds at {@code pc}: 0 for a parameter, the
   * web of the assignment that ends at {@code pc}, else the web that reaches the instruction at
   * {@code pc}; -1 when none reaches it, {@link #AMBIGUOUS} when several do.
   */
  int scopeStart(int slot, int pc) {
    if (slot < firstLocalSlot) {
      return 0;
    }
    Integer index = indexAt.get(pc);
    if (index != null && index > 0 && handles.get(index - 1).getPosition()
        + handles.get(index - 1).getInstruction().getLength() == pc) {
      int definition = definitionOf[index - 1];
      if (definition >= 0 && definitions.get(definition)[0] == slot) {
        return nameOf(definition);
      }
    }
    if (index == null) {
      return -1;
    }
    int found = -1;
    BitSet in = reaching[index];
    for (int d = in.nextSetBit(0); d >= 0; d = in.nextSetBit(d + 1)) {
      if (definitions.get(d)[0] == slot) {
        int name = nameOf(d);
        if (found >= 0 && found != name) {
          return AMBIGUOUS;
        }
        found = name;
      }
    }
    return found;
  }

  /**
   * Whether the web named {@code scopeStart} shares its slot with another web of the same kind of
   * value. Without names, {@code int b = 64; b <<= 1;} (one local assigned twice) and two locals of
   * disjoint blocks in one slot look alike: such a web is never taken as assigned once.
   */
  boolean sharesSlot(int slot, int scopeStart) {
    int kind = -1;
    for (int d = 0; d < definitions.size(); d++) {
      int[] definition = definitions.get(d);
      if (definition[0] == slot && nameOf(d) == scopeStart) {
        kind = definition[2];
      }
    }
    for (int d = 0; d < definitions.size(); d++) {
      int[] definition = definitions.get(d);
      if (definition[0] == slot && definition[2] == kind && nameOf(d) != scopeStart) {
        return true;
      }
    }
    return false;
  }

  /** The short form of a store opcode: {@code istore_1} is an {@code istore}. */
  private static int kind(int storeOpcode) {
    if (storeOpcode >= Const.ISTORE_0 && storeOpcode <= Const.ASTORE_3) {
      return Const.ISTORE + (storeOpcode - Const.ISTORE_0) / 4;
    }
    return storeOpcode;
  }

  private int nameOf(int definition) {
    return definitions.get(find(definition))[1];
  }
}
