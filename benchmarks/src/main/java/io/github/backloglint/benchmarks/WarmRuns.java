package io.github.backloglint.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One JVM that runs a tool many times, as a long-lived build (a Maven reactor, a Gradle daemon,
 * an IDE) does: the tool's and the checker's code warm, the input the same every time. It repeats
 * both sides of every case alternately, so the two sides of a pair run within seconds of each
 * other in one warm JVM; in a fresh JVM per run, the JIT compiler and class loading of the tool
 * take seconds of their own, which vary from run to run far more than a checker costs.
 *
 * <p>Arguments: {@code javac}, {@code pmd} or {@code spotbugs}, the fork's number, warm-up rounds,
 * measured rounds, and the plan: a file with one side of a case a line, tab-separated: case id,
 * side ({@code with} or {@code without}), then the side's arguments (javac: file of sources, file
 * of the classpath, the {@code -Xplugin:ErrorProne ...} option; PMD and SpotBugs: those of
 * {@link PmdRun} and {@link SpotBugsRun}). Prints one {@code bench-iter} line a run for the
 * harness: case, round (0: warm-up), side, wall and CPU nanoseconds, findings, and the checker's
 * own time where the tool measures it.
 */
public final class WarmRuns {

  /** One run of one side; returns its findings and the checker's own time. */
  private interface Side {
    Outcome run() throws Exception;
  }

  private record Outcome(long findings, String detail) {}

  private record Case(String id, Side with, Side without) {}

  public static void main(String[] args) throws Exception {
    String tool = args[0];
    int fork = Integer.parseInt(args[1]);
    int warmups = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    List<Case> cases = plan(tool, Path.of(args[4]));
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = -warmups + 1; round <= rounds; round++) {
      for (Case c : cases) {
        // The side that goes first changes every round and from one fork to the next, so that a
        // drift of the machine within a round does not always favour one side.
        boolean withFirst = ((round + fork) & 1) == 0;
        for (String side : withFirst ? List.of("with", "without") : List.of("without", "with")) {
          System.gc(); // every run starts from the same heap, outside the clock
          long cpu = os.getProcessCpuTime();
          long start = System.nanoTime();
          Outcome outcome = (side.equals("with") ? c.with() : c.without()).run();
          long wall = System.nanoTime() - start;
          cpu = os.getProcessCpuTime() - cpu;
          System.out.printf(Locale.ROOT, "bench-iter %s %d %s %d %d %d %s%n", c.id(), Math.max(round, 0), side,
              wall, cpu, outcome.findings(), outcome.detail());
        }
      }
    }
  }

  private static List<Case> plan(String tool, Path planFile) throws IOException {
    List<String[]> lines = Files.readAllLines(planFile).stream().filter(l -> !l.isBlank())
        .map(l -> l.split("\t")).toList();
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i += 2) {
      String[] with = lines.get(i);
      String[] without = lines.get(i + 1);
      if (!with[0].equals(without[0]) || !with[1].equals("with") || !without[1].equals("without")) {
        throw new IllegalArgumentException("plan " + planFile + ": expected a with and a without line for "
            + with[0]);
      }
      cases.add(new Case(with[0], side(tool, Arrays.copyOfRange(with, 2, with.length)),
          side(tool, Arrays.copyOfRange(without, 2, without.length))));
    }
    return cases;
  }

  private static Side side(String tool, String[] args) throws IOException {
    return switch (tool) {
      case "javac" -> javac(lines(args[0]), lines(args[1]), args[2]);
      case "pmd" -> () -> {
        PmdRun.Result result = PmdRun.analyse(args[0], Integer.parseInt(args[1]), lines(args[2]), lines(args[3]));
        return new Outcome(result.findings(), result.detail());
      };
      case "spotbugs" -> () -> {
        SpotBugsRun.Result result = SpotBugsRun.analyse(args[0], args[1], lines(args[2]), lines(args[3]));
        return new Outcome(result.findings(), result.detail());
      };
      default -> throw new IllegalArgumentException("unknown tool " + tool);
    };
  }

  /**
   * javac through its API in this JVM, with Error Prone (and the check, when enabled) loaded once
   * from this JVM's classpath; otherwise the options of the fresh-JVM runs.
   */
  private static Side javac(List<String> sources, List<String> classpath, String plugin) throws IOException {
    Path out = Files.createTempDirectory("backlog-lint-bench-javac");
    // Error Prone looks for plugin checks only when there is a processor path; an empty one makes
    // it search its class loader's parent, this JVM's classpath.
    Path emptyProcessorPath = Files.createTempDirectory("backlog-lint-bench-processorpath");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    return () -> {
      deleteContents(out);
      long[] findings = {0};
      List<String> options = new ArrayList<>(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
          "-encoding", "UTF-8", "-Xlint:none", "-Xmaxwarns", "100000",
          "-classpath", String.join(java.io.File.pathSeparator, classpath), "-processorpath",
          emptyProcessorPath.toString(), "-d", out.toString()));
      options.add(plugin);
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null);
          Writer quiet = Writer.nullWriter()) {
        var task = (com.sun.source.util.JavacTask) javac.getTask(quiet, files, d -> {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            throw new IllegalStateException("compile error: " + d);
          }
          if (d.getMessage(Locale.ROOT).contains("[SmallListenBacklog]")) {
            findings[0]++;
          }
        }, options, null, files.getJavaFileObjectsFromStrings(sources));
        String[] timings = {""};
        task.addTaskListener(new TaskListener() {
          @Override
          public void finished(TaskEvent event) {
            if (event.getKind() == TaskEvent.Kind.COMPILATION) {
              timings[0] = CheckTimingsPlugin.checkTimes(task); // javac forgets its context after call()
            }
          }
        });
        if (!task.call()) {
          throw new IllegalStateException("compilation failed");
        }
        return new Outcome(findings[0], timings[0]);
      }
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
   * The {@code bench-iter} lines of a log, each split into its seven fields after the tag (the
   * detail, last, may be empty: {@link #main} always prints the space before it).
   */
  static List<String[]> iterations(String log) {
    return log.lines().filter(l -> l.startsWith("bench-iter ")).map(l -> l.substring(11).split(" ", 7)).toList();
  }

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
  }

  private WarmRuns() {}
}
