package io.github.backloglint.core;

import java.util.List;

/**
 * A backlog that is unknown in the method but has a default in its class: the values it may take
 * before anyone configures it ({@link DefaultValue}s), and what the message says they come from — a
 * field ({@code backlog}), or a configuration read whose fallback reaches the sink directly.
 *
 * @param field the field's name, or {@code null} for a configuration read at the sink
 * @param candidates every value the default may take, all known
 */
public record ClassDefault(String field, List<DefaultValue> candidates) {

  public ClassDefault {
    candidates = List.copyOf(candidates);
  }

  /** The default of a field with these candidates, or {@code null} when one is not known. */
  public static ClassDefault ofField(String field, List<DefaultValue> candidates) {
    return known(new ClassDefault(field, candidates));
  }

  /**
   * The default of a configuration read at the sink, or of a field assigned once before the sink in
   * the sink's own body ({@code field} given): {@code null} when the value is not known.
   */
  public static ClassDefault of(String field, DefaultValue value) {
    return known(new ClassDefault(field, List.of(value)));
  }

  private static ClassDefault known(ClassDefault candidate) {
    return !candidate.candidates.isEmpty()
            && candidate.candidates.stream().allMatch(value -> value.backlog() != null)
        ? candidate
        : null;
  }

  /** The candidate the finding reports: the smallest that {@code row} would report, or null. */
  DefaultValue reported(Sink row, int minimum) {
    DefaultValue smallest = null;
    for (DefaultValue candidate : candidates) {
      int value = candidate.backlog();
      if (BacklogRule.judge(row, true, value, minimum) != null
          && (smallest == null || value < smallest.backlog())) {
        smallest = candidate;
      }
    }
    return smallest;
  }

  /** The value Error Prone's fix edits, when one edit can change the default; else {@code null}. */
  DefaultValue editable() {
    return candidates.size() == 1 && candidates.get(0).isEditable() ? candidates.get(0) : null;
  }

  /** Where the message says the reported value comes from. */
  String describe(DefaultValue reported) {
    String read = null;
    if (reported instanceof DefaultValue.Configured configured) {
      read = configured.describe();
    } else if (reported instanceof DefaultValue.Annotated annotated) {
      read = "`@" + Signature.simpleName(annotated.annotation()) + "`"
          + (annotated.key() != null ? " when `" + annotated.key() + "` is not set" : "");
    }
    if (field == null) {
      return "the default of " + read;
    }
    return "the default of field `" + field + "`" + (read != null ? ", from " + read : "");
  }
}
