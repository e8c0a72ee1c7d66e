package io.github.backloglint.benchmarks;

import io.github.backloglint.drivers.Pmd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.pmd.reporting.Report;

/**
 * One PMD run in its own JVM, as a build runs it: one ruleset over a list of Java files with an
 * auxclasspath (type resolution), no incremental cache.
 *
 * <p>Arguments: ruleset file, threads, file with the Java files (one a line), file with the
 * auxclasspath entries (one a line). Prints one {@code bench-result} line for the harness.
 */
public final class PmdRun {

  public static void main(String[] args) throws Exception {
    Result result = analyse(args[0], Integer.parseInt(args[1]), lines(args[2]), lines(args[3]));
    System.out.println("bench-result " + result.detail());
  }

  /** What one analysis found: violations and the line the harness reads. */
  record Result(long findings, String detail) {}

  /**
   * Runs {@code ruleset} over {@code files}; exits the JVM with status 2 when PMD reports a
   * configuration error (a rule that PMD dropped would make the run measure nothing).
   */
  static Result analyse(String ruleset, int threads, List<Path> files, List<Path> aux) {
    long visitsBefore = NoOpRule.VISITS.sum();
    // The JDK's classes for type resolution come from the running JDK's image.
    Report report = Pmd.withRuleset(Path.of(ruleset))
        .threads(threads)
        .auxclasspath(Pmd.withJdk(aux))
        .analyse(files);
    if (!report.getConfigurationErrors().isEmpty()) {
      report.getConfigurationErrors().forEach(e -> System.err.println("configuration: " + e.issue()));
      System.exit(2);
    }
    long findings = report.getViolations().size();
    return new Result(findings, String.format("findings=%d processingErrors=%d noopVisits=%d", findings,
        report.getProcessingErrors().size(), NoOpRule.VISITS.sum() - visitsBefore));
  }

  private static List<Path> lines(String file) throws Exception {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).map(Path::of).toList();
  }

  private PmdRun() {}
}
