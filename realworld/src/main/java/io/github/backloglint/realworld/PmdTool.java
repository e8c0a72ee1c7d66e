package io.github.backloglint.realworld;

import io.github.backloglint.drivers.Pmd;
import io.github.backloglint.drivers.PmdRuleset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  PmdTool(Path workDir) {
    ruleset = PmdRuleset.named("realworld").reference(RULE_REF)
        .writeTo(workDir.resolve("realworld-ruleset.xml"));
  }

  ToolRun analyse(String tool, Path sourceRoot, List<Path> auxclasspath, int threads) {
    long start = System.nanoTime();
    List<Path> files = javaFiles(sourceRoot);
    if (files.isEmpty()) {
      return ToolRun.skipped(tool, "no Java sources (Kotlin/Scala or no sources jar)");
    }
    try {
      Report report = Pmd.withRuleset(ruleset)
          .threads(threads)
          .auxclasspath(Pmd.withJdk(auxclasspath))
          .analyse(files);
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
