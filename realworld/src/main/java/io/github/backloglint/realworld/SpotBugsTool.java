package io.github.backloglint.realworld;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.IntAnnotation;
import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.config.UserPreferences;
import io.github.backloglint.core.BacklogRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the SpotBugs engine as the CLI does with {@code -pluginList <our jar> -visitors ...}: our
 * detector (and SpotBugs' own suppression reader) over one binary jar, with or without the
 * artifact's dependencies on the aux classpath.
 */
final class SpotBugsTool {

  /** SpotBugs' core detector that reads {@code @SuppressFBWarnings}, as every real run has. */
  private static final Set<String> ALSO_ENABLED = Set.of("NoteSuppressedWarnings");

  private final Path pluginJar;
  private final String pluginId;

  SpotBugsTool(Path pluginJar) throws Exception {
    this.pluginJar = pluginJar;
    this.pluginId = Plugin.loadCustomPlugin(pluginJar.toFile(), null).getPluginId();
  }

  ToolRun analyse(String tool, Path jar, List<Path> aux) {
    long start = System.nanoTime();
    DetectorFactoryCollection.resetInstance(new DetectorFactoryCollection());
    try (FindBugs2 engine = new FindBugs2(); Project project = new Project()) {
      Plugin.addCustomPlugin(pluginJar.toUri());
      project.setPluginStatusTrinary(pluginId, Boolean.TRUE);
      project.addFile(jar.toAbsolutePath().toString());
      aux.forEach(p -> project.addAuxClasspathEntry(p.toAbsolutePath().toString()));
      engine.setProject(project);
      DetectorFactoryCollection detectors = DetectorFactoryCollection.instance();
      engine.setDetectorFactoryCollection(detectors);
      Reporter reporter = new Reporter(project);
      reporter.setPriorityThreshold(Priorities.LOW_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      preferences.getFilterSettings().clearAllCategories();
      preferences.enableAllDetectors(false);
      detectors.getFactories().forEach(factory -> {
        if (isOurs(factory) || ALSO_ENABLED.contains(factory.getShortName())) {
          preferences.enableDetector(factory, true);
        }
      });
      engine.setUserPreferences(preferences);
      engine.execute();

      List<Finding> findings = new ArrayList<>();
      for (BugInstance bug : reporter.getBugCollection().getCollection()) {
        if (bug.getType().equals(BacklogRule.SPOTBUGS_PATTERN)) {
          findings.add(finding(bug));
        }
      }
      findings.sort(null);
      List<String> ours = new ArrayList<>();
      List<String> other = new ArrayList<>();
      for (AbstractBugReporter.Error error : reporter.getQueuedErrors()) {
        String text = error.getMessage()
            + (error.getCause() == null ? "" : " | " + ToolRun.firstLines(ToolRun.trace(error.getCause()), 8));
        (ToolRun.fromOurChecker(error.getCause()) || text.contains("SmallListenBacklog") ? ours : other)
            .add(text);
      }
      int missing = reporter.missingClasses();
      if (missing > 0) {
        other.add(missing + " classes missing from the aux classpath");
      }
      return new ToolRun(tool, DebugInfo.of(jar).classes(), findings, ours, other,
          millis(start), aux.isEmpty() ? "no aux classpath" : aux.size() + " aux jars");
    } catch (Exception e) {
      return ToolRun.crashed(tool, e, millis(start));
    }
  }

  private boolean isOurs(DetectorFactory factory) {
    return factory.getPlugin().getPluginId().equals(pluginId);
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

  /** Keeps the bug collection and exposes how many classes the engine could not find. */
  private static final class Reporter extends BugCollectionBugReporter {
    Reporter(Project project) {
      super(project);
    }

    int missingClasses() {
      return getMissingClasses().size();
    }

    /** The runner reports the queued errors itself, per artifact, instead of on stderr. */
    @Override
    public void reportQueuedErrors() {}
  }
}
