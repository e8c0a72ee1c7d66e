package io.github.backloglint.realworld;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * Runs PMD as a user's build does: a ruleset that references {@code SmallListenBacklog} in the
 * shipped jar, over the Java files of a sources jar, with the artifact and its dependencies (and
 * the JDK) as auxclasspath.
 */
final class PmdTool {

  private static final String RULE_REF = "io/github/backloglint/pmd/backlog-lint.xml/SmallListenBacklog";
  private static final Pattern VALUE = Pattern.compile("^listen backlog (-?\\d+)\\b");

  private final Path ruleset;

  PmdTool(Path workDir) throws IOException {
    ruleset = workDir.resolve("realworld-ruleset.xml");
    Files.writeString(ruleset, """
        <?xml version="1.0"?>
        <ruleset name="realworld" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
          <description>backlog-lint over real artifacts</description>
          <rule ref="%s"/>
        </ruleset>
        """.formatted(RULE_REF));
  }

  ToolRun analyse(String tool, Path sourceRoot, List<Path> auxclasspath, int threads) {
    long start = System.nanoTime();
    List<Path> files = javaFiles(sourceRoot);
    if (files.isEmpty()) {
      return ToolRun.skipped(tool, "no Java sources (Kotlin/Scala or no sources jar)");
    }
    try {
      PMDConfiguration config = new PMDConfiguration();
      config.setThreads(threads);
      config.setIgnoreIncrementalAnalysis(true);
      config.prependAuxClasspath(Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar")
          + File.pathSeparator
          + auxclasspath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      config.addRuleSet(ruleset.toString());
      files.forEach(config::addInputPath);
      Report report;
      try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
        report = pmd.performAnalysisAndCollectReport();
      }
      List<Finding> findings = new ArrayList<>();
      for (RuleViolation v : report.getViolations()) {
        Path file = Path.of(v.getFileId().getAbsolutePath());
        Map<String, String> info = v.getAdditionalInfo();
        String where = info.getOrDefault(RuleViolation.CLASS_NAME, "") + "."
            + info.getOrDefault(RuleViolation.METHOD_NAME, "");
        findings.add(new Finding(relative(sourceRoot, file), v.getBeginLine(),
            value(v.getDescription()), where));
      }
      findings.sort(null);
      List<String> ours = new ArrayList<>();
      List<String> other = new ArrayList<>();
      for (Report.ProcessingError error : report.getProcessingErrors()) {
        String text = relative(sourceRoot, Path.of(error.getFileId().getAbsolutePath())) + ": "
            + ToolRun.firstLines(error.getMsg(), 2);
        if (ToolRun.fromOurChecker(error.getError())) {
          ours.add(text + " | " + ToolRun.firstLines(ToolRun.trace(error.getError()), 10));
        } else {
          other.add(text);
        }
      }
      report.getConfigurationErrors().forEach(e -> ours.add("configuration: " + e.issue()));
      String note = threads + " thread(s), " + report.getSuppressedViolations().size() + " suppressed";
      return new ToolRun(tool, files.size(), findings, ours, other, millis(start), note);
    } catch (RuntimeException e) {
      return ToolRun.crashed(tool, e, millis(start));
    }
  }

  static List<Path> javaFiles(Path root) {
    if (root == null || !Files.isDirectory(root)) {
      return List.of();
    }
    try (var walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String relative(Path root, Path file) {
    return root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }

  private static int value(String message) {
    Matcher m = VALUE.matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : Integer.MIN_VALUE;
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
