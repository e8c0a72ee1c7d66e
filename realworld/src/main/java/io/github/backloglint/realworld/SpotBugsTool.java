package io.github.backloglint.realworld;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.IntAnnotation;
import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.drivers.SpotBugsAnalysis;
import io.github.backloglint.drivers.SpotBugsEngine;
import io.github.backloglint.drivers.SpotBugsPlugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the SpotBugs engine as the CLI does with {@code -pluginList <our jar> -visitors ...}: our
 * detector (and SpotBugs' own suppression reader) over one binary jar, with or without the
 * artifact's dependencies on the aux classpath.
 */
final class SpotBugsTool {

  /** SpotBugs' core detector that reads {@code @SuppressFBWarnings}, as every real run has. */
  private static final String SUPPRESSION_READER = "NoteSuppressedWarnings";

  private final SpotBugsPlugin plugin;

  SpotBugsTool(Path pluginJar) {
    this.plugin = SpotBugsPlugin.load(pluginJar);
  }

  ToolRun analyse(String tool, Path jar, List<Path> aux) {
    long start = System.nanoTime();
    try {
      // The runner reports the queued errors itself, per artifact, instead of on stderr.
      SpotBugsAnalysis analysis = SpotBugsEngine.withPlugin(plugin)
          .onlyPluginDetectors(SUPPRESSION_READER)
          .reportEverything()
          .freshDetectorCollection()
          .quiet()
          .auxClasspath(aux)
          .analyse(List.of(jar));

      List<Finding> findings = new ArrayList<>();
      for (BugInstance bug : analysis.bugsOfType(BacklogRule.SPOTBUGS_PATTERN)) {
        findings.add(finding(bug));
      }
      findings.sort(null);
      List<String> ours = new ArrayList<>();
      List<String> other = new ArrayList<>();
      for (AbstractBugReporter.Error error : analysis.errors()) {
        String text = error.getMessage()
            + (error.getCause() == null ? "" : " | " + ToolRun.firstLines(ToolRun.trace(error.getCause()), 8));
        (ToolRun.fromOurChecker(error.getCause()) || text.contains("SmallListenBacklog") ? ours : other)
            .add(text);
      }
      if (analysis.missingClasses() > 0) {
        other.add(analysis.missingClasses() + " classes missing from the aux classpath");
      }
      return new ToolRun(tool, DebugInfo.of(jar).classes(), findings, ours, other,
          millis(start), aux.isEmpty() ? "no aux classpath" : aux.size() + " aux jars");
    } catch (Exception e) {
      return ToolRun.crashed(tool, e, millis(start));
    }
  }

  private static Finding finding(BugInstance bug) {
    SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
    int value = bug.getAnnotations().stream()
        .filter(IntAnnotation.class::isInstance)
        .mapToInt(a -> ((IntAnnotation) a).getValue())
        .findFirst()
        .orElse(Integer.MIN_VALUE);
    MethodAnnotation method = bug.getPrimaryMethod();
    String where = method == null
        ? bug.getPrimaryClass().getClassName()
        : method.getClassName() + "." + method.getMethodName();
    return new Finding(line.getSourcePath(), line.getStartLine(), value, where);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
