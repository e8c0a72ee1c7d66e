package io.github.backloglint.core;

import io.github.backloglint.core.CallSite.ListenerUse;
import io.github.backloglint.core.CallSite.Reach;

/**
 * A reported sink: the backlog it reports, its message, and what Error Prone's fix writes. A
 * finding made from bytecode may still be pending on facts that only the end of the method gives
 * (whether the socket was a probe, where a configuration went): {@link #settle} judges them with the
 * same rule.
 *
 * @param value the finding's backlog: the value as passed, or the default the listener gets
 * @param message the message all three tools print
 * @param replacement what the message recommends, and what the fix writes
 * @param edit where the fix writes it
 * @param exemptions the options and the row that decide a pending exemption
 * @param pending whether {@link #settle} must still be called before the finding is reported
 */
public record Finding(
    int value,
    String message,
    Replacement replacement,
    Edit edit,
    Exemptions exemptions,
    boolean pending) {

  /** Where a fix puts the replacement; {@code template}'s {@code %s} is the replacement's code. */
  public sealed interface Edit {
    /** Replace argument {@code index} with the template. */
    record ReplaceArgument(int index, String template) implements Edit {}

    /** Add the template as a new argument after argument {@code after}. */
    record AddArgument(int after, String template) implements Edit {}

    /** Add the knob's call on the held object or in the builder chain. */
    record AddKnobCall(String template) implements Edit {}

    /**
     * Change the default where it is written: {@code target}'s {@link DefaultValue#source()} (an
     * initializer, a constant a constructor assigns, a configuration read's fallback), or give a
     * field that is never assigned an initializer ({@link DefaultValue.Unassigned}).
     */
    record ChangeDefault(DefaultValue target, String template) implements Edit {}

    /** No single edit can: the message names what to change. */
    record None() implements Edit {}
  }

  /** The row and options a pending finding is settled with. */
  public record Exemptions(Sink row, BacklogOptions options) {}

  /**
   * The finding once the method's end told how the listener was used and where its configuration
   * went, or {@code null} when that exempts it.
   */
  public Finding settle(ListenerUse use, Reach reach) {
    if (!pending) {
      return this;
    }
    if (Decision.isExempt(exemptions.row(), use, reach, exemptions.options())) {
      return null;
    }
    return new Finding(value, message, replacement, edit, exemptions, false);
  }
}
