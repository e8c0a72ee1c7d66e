package io.github.backloglint.benchmarks;

import io.github.backloglint.drivers.Compilation;
import io.github.backloglint.drivers.ErrorProne;
import io.github.backloglint.drivers.Javac;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import javax.tools.Diagnostic;

/**
 * One JVM that runs a tool many times, as a long-lived build (a Maven reactor, a Gradle daemon,
 * an IDE) does: the tool's and the checker's code warm, the input the same every time. A warm JVM
 * runs one side only, with the checker or without it, as a build's JVM does: in a JVM that ran
 * both, the side it ran first was the faster one by 5-13%, far more than a checker costs (see
 * BENCHMARKS.md, "Why one warm JVM a side"). The harness starts one JVM per side and asks them for
 * runs in turn ({@link WarmJvm}), so the two runs of a pair are seconds apart.
 *
 * <p>Arguments: {@code javac}, {@code pmd} or {@code spotbugs}, the side ({@code with} or
 * {@code without}) and the plan: a file with one side of a case a line, tab-separated: case id,
 * side, then the side's arguments (javac: file of sources, file of the classpath, Error Prone's
 * options, e.g. {@code -XepDisableAllChecks}; PMD and SpotBugs: those of {@link PmdRun} and
 * {@link SpotBugsRun}). Reads requests from standard input, one a line: case id and round. Answers
 * each with one {@code bench-iter} line: case, round, side, wall and CPU nanoseconds, findings,
 * the JIT compilers' time ({@link #JIT_MS}) and the checker's own time where the tool measures it.
 * Exits at the end of its input.
 */
public final class WarmRuns {

  /** The check whose warnings a javac run counts as findings. */
  private static final String CHECK = "SmallListenBacklog";

  /**
   * The key of the detail that gives the JIT compilers' time during a run, in milliseconds: the
   * harness warms a JVM up until it is small (see {@link Benchmark}).
   */
  static final String JIT_MS = "jit-ms";

  /** One run of one side; returns its findings and the checker's own time. */
  private interface Side {
    Outcome run() throws Exception;
  }

  private record Outcome(long findings, String detail) {}

  public static void main(String[] args) throws Exception {
    String tool = args[0];
    String side = args[1];
    Map<String, Side> cases = plan(tool, side, Path.of(args[2]));
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String request = requests.readLine(); request != null; request = requests.readLine()) {
      String[] idAndRound = request.split(" ");
      Side run = cases.get(idAndRound[0]);
      if (run == null) {
        throw new IllegalArgumentException("no case " + idAndRound[0] + " in the plan");
      }
      System.gc(); // every run starts from the same heap, outside the clock
      long cpu = os.getProcessCpuTime();
      long compiling = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      Outcome outcome = run.run();
      long wall = System.nanoTime() - start;
      cpu = os.getProcessCpuTime() - cpu;
      compiling = jit.getTotalCompilationTime() - compiling;
      System.out.printf(Locale.ROOT, "bench-iter %s %s %s %d %d %d %s=%d %s%n", idAndRound[0], idAndRound[1], side,
          wall, cpu, outcome.findings(), JIT_MS, compiling, outcome.detail());
      System.out.flush();
    }
  }

  /** This side's line of every case of the plan. */
  private static Map<String, Side> plan(String tool, String side, Path planFile) throws IOException {
    Map<String, Side> cases = new LinkedHashMap<>();
    for (String line : lines(planFile.toString())) {
      String[] fields = line.split("\t");
      if (fields[1].equals(side)) {
        cases.put(fields[0], side(tool, Arrays.copyOfRange(fields, 2, fields.length)));
      }
    }
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("plan " + planFile + ": no case for the side " + side);
    }
    return cases;
  }

  private static Side side(String tool, String[] args) throws IOException {
    return switch (tool) {
      case "javac" -> javac(paths(args[0]), paths(args[1]), args[2]);
      case "pmd" -> () -> {
        PmdRun.Result result = PmdRun.analyse(args[0], Integer.parseInt(args[1]), paths(args[2]), paths(args[3]));
        return new Outcome(result.findings(), result.detail());
      };
      case "spotbugs" -> () -> {
        SpotBugsRun.Result result = SpotBugsRun.analyse(args[0], args[1], paths(args[2]), paths(args[3]));
        return new Outcome(result.findings(), result.detail());
      };
      default -> throw new IllegalArgumentException("unknown tool " + tool);
    };
  }

  /**
   * javac through its API in this JVM, with Error Prone (and the check, when enabled) loaded once
   * from this JVM's classpath; otherwise the options of the fresh-JVM runs. {@code errorProne} is
   * Error Prone's options, separated by spaces.
   */
  private static Side javac(List<Path> sources, List<Path> classpath, String errorProne) throws IOException {
    Path out = Files.createTempDirectory("backlog-lint-bench-javac");
    // Error Prone looks for plugin checks only when there is a processor path; an empty one makes
    // it search its class loader's parent, this JVM's classpath.
    Path emptyProcessorPath = Files.createTempDirectory("backlog-lint-bench-processorpath");
    String[] timings = {""};
    Javac javac = new Javac()
        .classpath(classpath)
        .processorPath(List.of(emptyProcessorPath))
        .options("-Xlint:none")
        .errorProne(ErrorProne.withOptions(errorProne.split(" ")))
        .beforeCall(task -> task.addTaskListener(new TaskListener() {
          @Override
          public void finished(TaskEvent event) {
            if (event.getKind() == TaskEvent.Kind.COMPILATION) {
              timings[0] = CheckTimingsPlugin.checkTimes(task); // javac forgets its context after call()
            }
          }
        }));
    return () -> {
      deleteContents(out);
      timings[0] = "";
      Compilation compilation = javac.compile(sources, out);
      compilation.ofKind(Diagnostic.Kind.ERROR).stream().findFirst().ifPresent(d -> {
        throw new IllegalStateException("compile error: " + d);
      });
      if (!compilation.success()) {
        throw new IllegalStateException("compilation failed");
      }
      return new Outcome(compilation.reportedBy(CHECK).size(), timings[0]);
    };
  }

  private static void deleteContents(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        if (!p.equals(folder)) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * The seven fields after the tag of a {@code bench-iter} line, or null for another line (the
   * detail, last, may be empty: {@link #main} always prints the space before it).
   */
  static String[] iteration(String line) {
    return line.startsWith("bench-iter ") ? line.substring(11).split(" ", 7) : null;
  }

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
  }

  private static List<Path> paths(String file) throws IOException {
    return lines(file).stream().map(Path::of).toList();
  }

  private WarmRuns() {}
}
