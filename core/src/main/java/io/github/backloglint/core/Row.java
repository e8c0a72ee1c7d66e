package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Kind;
import java.util.List;

/**
 * A row of the table: a sink, where a backlog is passed ({@link Sink}), or a framework default,
 * where an object listens with its framework's value unless its knob is set ({@link
 * FrameworkDefault}). Either matches one member, named by its {@link Signature}.
 */
public sealed interface Row permits Sink, FrameworkDefault {

  /** The member the row matches: a method or constructor, or an option's field. */
  Signature signature();

  /** How a call is matched. */
  Kind kind();

  /** The declaring type, a binary name. */
  default String owner() {
    return signature().owner();
  }

  /**
   * Whether {@code binaryName} is the row's owner, or a relocation of it by a shading build: every
   * row matches its owner this way.
   */
  default boolean isOwner(String binaryName) {
    return Signature.isNameOrRelocation(binaryName, owner());
  }

  /** The method name, {@code <init>} for a constructor, or an option's field. */
  default String name() {
    return signature().name();
  }

  /**
   * The erased parameter types, binary names or primitives ({@code int}): empty for an option,
   * whose call is any two-argument call; {@code null} for a held object built by any constructor.
   */
  default List<String> parameters() {
    return signature().parameters();
  }
}
