package io.github.backloglint.core;

/**
 * One value a class may give a backlog before anyone configures it, as a checker saw it: a known
 * constant, a configuration read with its fallback, or anything else. {@code source} is the
 * checker's own handle on where the value is written (a tree or AST node; {@code null} from
 * bytecode), handed back in {@link Finding.Edit.ChangeDefault} so that Error Prone's fix can edit it.
 */
public sealed interface DefaultValue {

  /** The checker's handle on where this value is written, or {@code null}. */
  Object source();

  /** A known value (the rules of "known" in the method that writes it). */
  record Known(int value, Object source) implements DefaultValue {
    @Override
    public Integer backlog() {
      return value;
    }

    @Override
    public boolean isEditable() {
      return true;
    }
  }

  /**
   * A read of the configuration table whose fallback is known.
   *
   * @param read the row
   * @param fallback the fallback argument's known value: {@code Integer}, or {@code String} for a
   *     textual read
   * @param key the key when it is a known string, else {@code null}
   * @param source the fallback argument
   */
  record Configured(ConfigRead read, Object fallback, String key, Object source)
      implements DefaultValue {

    @Override
    public Integer backlog() {
      return read.fallbackValue(fallback);
    }

    /** A textual fallback ({@code "50"}) is a string the fix would have to rewrite: left alone. */
    @Override
    public boolean isEditable() {
      return !read.textual();
    }

    /** What the message says the value comes from. */
    String describe() {
      return read.describe() + (key != null ? " when `" + key + "` is not set" : "");
    }
  }

  /**
   * The default of an injection annotation with one ({@code @Value("${key:128}")}).
   *
   * @param annotation the annotation's binary name
   * @param value the default, known
   * @param key the key, or {@code null}
   */
  record Annotated(String annotation, int value, String key, Object source)
      implements DefaultValue {
    @Override
    public Integer backlog() {
      return value;
    }

    @Override
    public boolean isEditable() {
      return false; // an annotation's text
    }
  }

  /** A field that is never assigned: 0 for an {@code int}, {@code null} (unknown) for an {@code Integer}. */
  record Unassigned(boolean boxed, Object source) implements DefaultValue {
    @Override
    public Integer backlog() {
      return boxed ? null : 0;
    }

    /** The fix gives the field an initializer. */
    @Override
    public boolean isEditable() {
      return !boxed;
    }
  }

  /** Anything else: a parameter, a call, a compound assignment. Makes the default unknown. */
  record Unknown() implements DefaultValue {
    @Override
    public Object source() {
      return null;
    }

    @Override
    public Integer backlog() {
      return null;
    }

    @Override
    public boolean isEditable() {
      return false;
    }
  }

  /** The value as a backlog, or {@code null} when it is not known. */
  Integer backlog();

  /** Whether one edit of the fix can change this value where it is written. */
  boolean isEditable();
}
