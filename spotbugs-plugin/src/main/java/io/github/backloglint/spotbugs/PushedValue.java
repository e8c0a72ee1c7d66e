package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;

/**
 * The user value of the result an instruction pushes: chosen while the detector sees the
 * instruction (the operands are still on the stack), given to the new top item once the {@code
 * OpcodeStack} has run it. Setting {@code null} is a choice too: it clears what a load copied from
 * the local's item. One instance serves the whole analysis, so the hot path allocates nothing.
 */
final class PushedValue {

  private boolean chosen;
  private Object value;

  /** Before each instruction: nothing chosen. */
  void clear() {
    chosen = false;
    value = null;
  }

  /** The result gets {@code newValue}; the last choice of an instruction wins. */
  void set(Object newValue) {
    chosen = true;
    value = newValue;
  }

  /** After the instruction ran: gives the chosen value to the top of the stack. */
  void applyTo(OpcodeStack stack) {
    if (chosen && !stack.isTop() && stack.getStackDepth() > 0) {
      stack.getStackItem(0).setUserValue(value);
    }
  }
}
