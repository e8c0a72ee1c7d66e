package io.github.backloglint.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
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
  static Result analyse(String ruleset, int threads, List<String> files, List<String> aux) {
    PMDConfiguration config = new PMDConfiguration();
    config.setThreads(threads);
    config.setIgnoreIncrementalAnalysis(true);
    // The JDK's classes for type resolution come from the running JDK's image.
    Path jrt = Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar");
    config.prependAuxClasspath(jrt + File.pathSeparator + String.join(File.pathSeparator, aux));
    config.addRuleSet(ruleset);
    files.forEach(file -> config.addInputPath(Path.of(file)));
    long visitsBefore = NoOpRule.VISITS.sum();
    Report report;
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      report = pmd.performAnalysisAndCollectReport();
    }
    if (!report.getConfigurationErrors().isEmpty()) {
      report.getConfigurationErrors().forEach(e -> System.err.println("configuration: " + e.issue()));
      System.exit(2);
    }
    long findings = report.getViolations().size();
    return new Result(findings, String.format("findings=%d processingErrors=%d noopVisits=%d", findings,
        report.getProcessingErrors().size(), NoOpRule.VISITS.sum() - visitsBefore));
  }

  private static List<String> lines(String file) throws Exception {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
  }

  private PmdRun() {}
}
