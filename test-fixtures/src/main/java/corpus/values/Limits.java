package corpus.values;

/** Constants shared by the value scenarios. */
final class Limits {

  static final int ADMIN_BACKLOG = 25;
  static final int SERVER_BACKLOG = 4096;

  /** Not a compile-time constant: computed in the static initializer below. */
  static final int FROM_STATIC_BLOCK;

  /** Not a compile-time constant: a boxed value is never one. */
  static final Integer BOXED_BACKLOG = 100;

  /** Not a constant: anyone may change it. */
  static int mutableBacklog = 100;

  static {
    FROM_STATIC_BLOCK = 100;
  }

  private Limits() {}
}
