package io.github.backloglint.core;

import java.util.ArrayList;
import java.util.List;

/**
 * What a checker found about one field of the class that holds a sink, gathered once per class: its
 * initializer, what each constructor and initializer assigns it, and its injection annotations.
 * {@link #toDefault()} applies the rule of "Defaults a class gives its listener": every assignment in
 * the declaration, the constructors and the initializers is a candidate, and any unknown one makes
 * the field unknown. Assignments in other methods are configuration and are not recorded.
 */
public final class FieldFacts {

  private final String name;
  private final boolean boxed;
  private DefaultValue initializer;
  private final List<DefaultValue> assigned = new ArrayList<>();
  private final List<DefaultValue> blocks = new ArrayList<>();
  private boolean someConstructorAssignsNothing;
  private boolean injected;
  private DefaultValue annotated;

  private FieldFacts(String name, boolean boxed) {
    this.name = name;
    this.boxed = boxed;
  }

  /**
   * Starts the facts of field {@code name}.
   *
   * @param boxed whether it is an {@code Integer} (never assigned: {@code null}, unknown) rather
   *     than an {@code int} (never assigned: 0)
   */
  public static FieldFacts of(String name, boolean boxed) {
    return new FieldFacts(name, boxed);
  }

  /** The field's initializer, when it has one. */
  public FieldFacts initializer(DefaultValue value) {
    initializer = value;
    return this;
  }

  /**
   * What one constructor assigns the field, in its own body (a constructor that delegates with
   * {@code this(...)} runs the called constructor's assignments, which count there; its arguments
   * are not followed). An empty list means the constructor leaves the initializer's value.
   */
  public FieldFacts constructor(List<DefaultValue> assignments, boolean delegates) {
    assigned.addAll(assignments);
    if (assignments.isEmpty() && !delegates) {
      someConstructorAssignsNothing = true;
    }
    return this;
  }

  /**
   * An assignment in an initializer block (a static one for a static field). Blocks run after the
   * declaration's initializer and before every constructor's body: a constructor that assigns
   * nothing leaves the block's value, not the initializer's (javac copies both into each
   * constructor, so bytecode sees the same).
   */
  public FieldFacts initializerBlock(DefaultValue value) {
    blocks.add(value);
    return this;
  }

  /**
   * The class declares no constructor (javac's default one assigns nothing), or the field is static:
   * the initializer's value is a candidate.
   */
  public FieldFacts keepsInitializer() {
    someConstructorAssignsNothing = true;
    return this;
  }

  /** The field carries an injection annotation without a default: set from outside, unknown. */
  public FieldFacts injected() {
    injected = true;
    return this;
  }

  /** The field's injection annotation has a known default, which is then the only candidate. */
  public FieldFacts annotated(DefaultValue.Annotated value) {
    annotated = value;
    return this;
  }

  /** The field's name. */
  public String name() {
    return name;
  }

  /** The field's default, or {@code null} when some assignment is not known. */
  public ClassDefault toDefault() {
    if (annotated != null) {
      return ClassDefault.ofField(name, List.of(annotated));
    }
    if (injected) {
      return null;
    }
    List<DefaultValue> candidates = new ArrayList<>(assigned);
    if (someConstructorAssignsNothing || assigned.isEmpty()) {
      if (blocks.isEmpty()) {
        candidates.add(initializer != null ? initializer : new DefaultValue.Unassigned(boxed, null));
      } else {
        candidates.addAll(blocks);
      }
    }
    return ClassDefault.ofField(name, candidates);
  }
}
