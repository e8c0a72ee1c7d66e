package io.github.backloglint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timed run of a tool in a fresh JVM, under GNU time: wall time (measured here), CPU time and
 * peak resident set size (the kernel's {@code ru_maxrss}, which {@code time} reads).
 *
 * @param wallMillis from starting the process to its exit
 * @param cpuSeconds user plus system time of the process
 * @param peakRssKb the process's peak resident set size
 * @param findings what the run reported, from its {@code bench-result} line (javac: warnings of
 *     the check), or -1 when it printed none
 * @param checkerMillis the time the tool itself measured inside the checker (Error Prone's
 *     per-check timings, SpotBugs' detector profiler), or -1 where the tool keeps none
 * @param detail the rest of the run's result line, for the log
 */
record Measurement(long wallMillis, double cpuSeconds, long peakRssKb, long findings, long checkerMillis,
    String detail) {

  private static final Pattern RESULT = Pattern.compile("^bench-result (.*)$", Pattern.MULTILINE);
  private static final Pattern FINDINGS = Pattern.compile("\\bfindings=(\\d+)");
  private static final Pattern NOOP = Pattern.compile("^bench-noop (.*)$", Pattern.MULTILINE);
  private static final Pattern JAVAC_FINDING = Pattern.compile("\\[SmallListenBacklog\\]");
  private static final Pattern TIMING = Pattern.compile("^bench-timing (.*)$", Pattern.MULTILINE);
  private static final Pattern JIT_MS = Pattern.compile("\\b" + WarmRuns.JIT_MS + "=(\\d+)");
  private static final Pattern CHECKER_MS = Pattern.compile("\\b(?:SmallListenBacklog|checker)-ms=(\\d+)");

  /**
   * A run timed inside a warm JVM ({@link WarmRuns}): no peak RSS of its own (-1); its JVM's
   * peak is that of all its runs.
   */
  static Measurement inProcess(long wallNanos, long cpuNanos, long findings, String detail) {
    return new Measurement(wallNanos / 1_000_000, cpuNanos / 1e9, -1, findings, checkerMillis(detail), detail);
  }

  /** Runs {@code command}; fails with the log's tail when it does not exit 0. */
  static Measurement of(List<String> command, Path log) throws IOException, InterruptedException {
    Files.writeString(log, String.join(" ", command) + System.lineSeparator());
    ProcessBuilder builder = new ProcessBuilder(underTime(command, log))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    String output = Files.readString(log);
    if (status != 0) {
      throw new IllegalStateException("exit status " + status + " of " + log + ":\n" + tail(output, 40));
    }
    Measurement whole = ofProcess(wall, log);
    double cpu = whole.cpuSeconds();
    long rss = whole.peakRssKb();

    String detail = "";
    long findings = -1;
    Matcher result = RESULT.matcher(output);
    if (result.find()) {
      detail = result.group(1);
      Matcher f = FINDINGS.matcher(detail);
      findings = f.find() ? Long.parseLong(f.group(1)) : -1;
    } else {
      findings = JAVAC_FINDING.matcher(output).results().count();
      detail = "warnings=" + findings;
    }
    Matcher noop = NOOP.matcher(output);
    if (noop.find()) {
      detail += " noop:" + noop.group(1);
    }
    Matcher timing = TIMING.matcher(output);
    if (timing.find()) {
      detail += " " + timing.group(1);
    }
    return new Measurement(wall, cpu, rss, findings, checkerMillis(detail), detail);
  }

  /** {@code command} under GNU time, which writes its CPU time and peak RSS beside {@code log}. */
  static List<String> underTime(List<String> command, Path log) {
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", timeFile(log).toString()));
    timed.addAll(command);
    return timed;
  }

  /** A whole process that ran {@link #underTime}: its wall time, CPU time and peak RSS. */
  static Measurement ofProcess(long wallMillis, Path log) throws IOException {
    List<String> time = Files.readAllLines(timeFile(log));
    String[] fields = time.get(time.size() - 1).trim().split(" ");
    double cpu = Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]);
    return new Measurement(wallMillis, cpu, Long.parseLong(fields[2]), -1, -1, "");
  }

  private static Path timeFile(Path log) {
    return log.resolveSibling(log.getFileName() + ".time");
  }

  /** The JIT compilers' time during a warm run ({@link WarmRuns#JIT_MS}), or 0 where not reported. */
  long jitMillis() {
    Matcher jit = JIT_MS.matcher(detail);
    return jit.find() ? Long.parseLong(jit.group(1)) : 0;
  }

  /** The checker's own time that the run's result line reports, or -1. */
  private static long checkerMillis(String detail) {
    Matcher checker = CHECKER_MS.matcher(detail);
    return checker.find() ? Long.parseLong(checker.group(1)) : -1;
  }

  static String tail(String text, int lines) {
    String[] all = text.split("\\R");
    return String.join("\n", java.util.Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
  }
}
