package io.github.backloglint.core;

/**
 * The facts every checker of the SmallListenBacklog rule shares: its names, the JDK's default
 * backlog, and the one message all three tools print.
 */
public final class BacklogRule {

  /** The Error Prone check name and the PMD rule name. */
  public static final String NAME = "SmallListenBacklog";

  /** The SpotBugs bug pattern. */
  public static final String SPOTBUGS_PATTERN = "SMALL_LISTEN_BACKLOG";

  /** The rule's documentation page. */
  public static final String DOC_URL =
      "https://github.com/backloglint/backlog-lint/blob/main/docs/SmallListenBacklog.md";

  /** What the JDK passes to listen() when no backlog, or one below 1, is given. */
  public static final int JDK_DEFAULT_BACKLOG = 50;

  /** Netty's own resolved limit: what Netty uses when {@code SO_BACKLOG} is not set. */
  public static final String NETTY_REPLACEMENT = "io.netty.util.NetUtil.SOMAXCONN";

  private BacklogRule() {}

  /** Why a sink's backlog is too small. */
  public enum Reason {
    /** The call passes no backlog: the JDK uses 50. */
    NO_BACKLOG(" (the JDK default when none is passed)"),
    /** The call passes a known backlog below 1: the JDK uses 50 instead. */
    BELOW_ONE(" (below 1, so the JDK uses 50 instead)"),
    /** The call passes a known backlog below the minimum. */
    BELOW_MINIMUM("");

    private final String explanation;

    Reason(String explanation) {
      this.explanation = explanation;
    }

    /** The backlog the kernel is actually asked for. */
    int effectiveBacklog(int value) {
      return this == BELOW_MINIMUM ? value : JDK_DEFAULT_BACKLOG;
    }
  }

  /**
   * Decides whether a sink is reported.
   *
   * @param hasBacklogArgument whether the call passes a backlog at all
   * @param knownValue the backlog's value when it is known, else {@code null}
   * @return the reason to report, or {@code null} to stay silent
   */
  public static Reason judge(boolean hasBacklogArgument, Integer knownValue, int minimum) {
    if (!hasBacklogArgument) {
      return Reason.NO_BACKLOG;
    }
    if (knownValue == null) {
      return null;
    }
    if (knownValue < 1) {
      return Reason.BELOW_ONE;
    }
    return knownValue < minimum ? Reason.BELOW_MINIMUM : null;
  }

  /**
   * Decides whether a sink of the table is reported, with its framework's meaning of small values:
   * Tomcat ignores a value below 1, Vert.x's {@code -1} leaves Netty's own limit.
   */
  public static Reason judge(Sink sink, boolean hasBacklogArgument, Integer knownValue, int minimum) {
    if (!hasBacklogArgument && !isReportedDefault(sink.unsetBacklog(), minimum)) {
      return null; // the library's own value without a backlog (Pekko's 100) meets the minimum
    }
    if (hasBacklogArgument && knownValue != null && knownValue < 1) {
      switch (sink.values()) {
        case IGNORED_BELOW_ONE:
          return null; // the framework keeps its previous value
        case NETTY_DEFAULT_AT_MINUS_ONE:
          if (knownValue < 0) {
            return null; // -1: Netty's own limit; below: Netty refuses to start
          }
          break;
        case JDK:
          break;
      }
    }
    return judge(hasBacklogArgument, knownValue, minimum);
  }

  /**
   * The finding's message for a sink of the table: the JDK's and Netty's APIs get {@link
   * #message(int, Reason, int, String)}; a framework's knob is named, with what the JDK makes of a
   * value below 1.
   */
  public static String message(
      Sink sink, int value, Reason reason, int minimum, String replacement) {
    if (!sink.hasKnob()) {
      return message(value, reason, minimum, replacement);
    }
    if (reason == Reason.NO_BACKLOG) {
      return defaultMessage(sink.framework(), sink.knob(), sink.unsetBacklog(), minimum, replacement);
    }
    String setting = sink.framework() + " " + sink.knob();
    String explanation =
        switch (reason) {
          case NO_BACKLOG -> throw new AssertionError(reason);
          case BELOW_ONE -> setting + " " + value + ": the JDK uses " + JDK_DEFAULT_BACKLOG;
          case BELOW_MINIMUM -> setting + " " + value;
        };
    return "listen backlog "
        + value
        + " ("
        + explanation
        + ")"
        + verdict(reason.effectiveBacklog(value), minimum)
        + KERNEL
        + "; set "
        + sink.knob()
        + " to "
        + replacement
        + " or a resolved limit";
  }

  /**
   * The message of a server built without its knob: {@code listen backlog 50 (the Jetty default:
   * acceptQueueSize is not set, so the JDK uses 50) is below 1024: ...; set acceptQueueSize to ...}.
   */
  public static String defaultMessage(
      String framework, String knob, int backlog, int minimum, String replacement) {
    String user = backlog == JDK_DEFAULT_BACKLOG ? "the JDK" : framework;
    return "listen backlog "
        + backlog
        + " (the "
        + framework
        + " default: "
        + knob
        + " is not set, so "
        + user
        + " uses "
        + backlog
        + ")"
        + verdict(backlog, minimum)
        + KERNEL
        + "; set "
        + knob
        + " to "
        + replacement
        + " or a resolved limit";
  }

  /**
   * The message of a backlog that is its class's default: {@code listen backlog 128 (the default of
   * `Configuration.getInt(...)` when `ipc.server.listen.queue.size` is not set) is below 1024: ...;
   * change that default to ...}; a framework's knob is named before the origin.
   *
   * @param origin where the value comes from, as {@link ClassDefault} describes it
   */
  public static String defaultMessage(
      Sink sink, int value, Reason reason, String origin, int minimum, String replacement) {
    String setting = sink.hasKnob() ? sink.framework() + " " + sink.knob() + " from " : "";
    String below = reason == Reason.BELOW_ONE ? "; below 1, so the JDK uses 50 instead" : "";
    return "listen backlog "
        + value
        + " ("
        + setting
        + origin
        + below
        + ")"
        + verdict(reason.effectiveBacklog(value), minimum)
        + KERNEL
        + "; change that default to "
        + replacement
        + " or a resolved limit";
  }

  /**
   * Whether a server built without its knob is reported: like a call without a backlog when it
   * gets the JDK's default, and like a known value when its framework picks another.
   */
  public static boolean isReportedDefault(int backlog, int minimum) {
    return backlog == JDK_DEFAULT_BACKLOG || backlog < minimum;
  }

  private static final String KERNEL =
      ": the kernel lowers a larger backlog to its limit (net.core.somaxconn)"
          + " but never raises a small one";

  private static String verdict(int effective, int minimum) {
    return effective < minimum
        ? " is below " + minimum
        : " leaves the accept queue to the JDK default";
  }

  /**
   * The finding's message. {@code value} is the backlog as the code passes it ({@value
   * #JDK_DEFAULT_BACKLOG} where it passes none); numbers are printed without digit grouping.
   */
  public static String message(int value, Reason reason, int minimum, String replacement) {
    return "listen backlog "
        + value
        + reason.explanation
        + verdict(reason.effectiveBacklog(value), minimum)
        + KERNEL
        + "; pass "
        + replacement
        + " or a resolved limit";
  }
}
