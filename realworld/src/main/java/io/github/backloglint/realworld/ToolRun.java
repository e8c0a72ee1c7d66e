package io.github.backloglint.realworld;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * What one tool did on one artifact: how many classes or files it analysed, its findings, the
 * exceptions that came from our checker (must stay empty), other problems the tool reported (a
 * missing class, a file that does not parse, a compile error that is not the check's), the time.
 */
record ToolRun(String tool, int analysed, List<Finding> findings, List<String> checkerErrors,
    List<String> otherErrors, long millis, String note) {

  static final String OUR_PACKAGE = "io.github.backloglint";

  /** A run that did not happen, with the reason. */
  static ToolRun skipped(String tool, String why) {
    return new ToolRun(tool, 0, List.of(), List.of(), List.of(), 0, why);
  }

  /** A run the tool's engine threw out of: the runner's own view of a crash. */
  static ToolRun crashed(String tool, Throwable t, long millis) {
    String trace = trace(t);
    boolean ours = trace.contains(OUR_PACKAGE);
    List<String> error = List.of(firstLines(trace, 12));
    return new ToolRun(tool, 0, List.of(), ours ? error : List.of(), ours ? List.of() : error,
        millis, "engine threw");
  }

  /** Whether an exception's stack passes through our checker's code. */
  static boolean fromOurChecker(Throwable t) {
    return t != null && trace(t).contains(OUR_PACKAGE);
  }

  static String trace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  static String firstLines(String text, int lines) {
    String[] all = text.split("\\R");
    return String.join(" | ", java.util.Arrays.copyOf(all, Math.min(lines, all.length)));
  }
}
