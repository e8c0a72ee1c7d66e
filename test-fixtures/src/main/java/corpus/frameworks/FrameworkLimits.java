package corpus.frameworks;

/** Constants another class's framework configuration refers to. */
public final class FrameworkLimits {
  public static final int QUEUE = 256;
  public static final int LARGE_QUEUE = 8192;

  private FrameworkLimits() {}
}
