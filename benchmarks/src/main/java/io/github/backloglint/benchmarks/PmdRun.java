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
    PMDConfiguration config = new PMDConfiguration();
    config.setThreads(Integer.parseInt(args[1]));
    config.setIgnoreIncrementalAnalysis(true);
    // The JDK's classes for type resolution come from the running JDK's image.
    Path jrt = Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar");
    config.prependAuxClasspath(jrt + File.pathSeparator
        + String.join(File.pathSeparator, lines(args[3])));
    config.addRuleSet(args[0]);
    lines(args[2]).forEach(file -> config.addInputPath(Path.of(file)));
    Report report;
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      report = pmd.performAnalysisAndCollectReport();
    }
    if (!report.getConfigurationErrors().isEmpty()) {
      report.getConfigurationErrors().forEach(e -> System.err.println("configuration: " + e.issue()));
      System.exit(2);
    }
    System.out.printf("bench-result findings=%d processingErrors=%d noopVisits=%d%n",
        report.getViolations().size(), report.getProcessingErrors().size(), NoOpRule.VISITS.sum());
  }

  private static List<String> lines(String file) throws Exception {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
  }

  private PmdRun() {}
}
