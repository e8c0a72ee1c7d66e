package io.github.backloglint.benchmarks;

import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One SpotBugs run in its own JVM (or one of many in a warm one, {@link WarmRuns}), as the CLI's
 * {@code -pluginList} runs it: the engine over jars or class folders with an aux classpath,
 * default effort, the default reporting thresholds.
 *
 * <p>Arguments: mode, plugin jar or {@code -}, file with the analysed jars, file with the aux
 * classpath (one entry a line). Modes: {@code default}, the default detectors (and the plugin's,
 * when one is given); {@code alone}, only the given plugin's detectors. Prints one
 * {@code bench-result} line for the harness.
 */
public final class SpotBugsRun {

  /** Plugins loaded into this JVM, by jar: a warm JVM ({@link WarmRuns}) loads each once. */
  private static final Map<Path, Plugin> PLUGINS = new HashMap<>();

  public static void main(String[] args) throws Exception {
    Result result = analyse(args[0], args[1], lines(args[2]), lines(args[3]));
    System.out.println("bench-result " + result.detail());
  }

  /** What one analysis found: the plugin's findings and the line the harness reads. */
  record Result(long findings, String detail) {}

  /**
   * Runs SpotBugs over {@code jars}. Mode {@code default}: the default detectors, and the given
   * plugin's ({@code -} for none); {@code alone}: only the given plugin's detectors. Any other
   * plugin this JVM loaded before takes no part.
   */
  static Result analyse(String mode, String pluginJar, List<String> jars, List<String> aux) throws Exception {
    if (!mode.equals("default") && !mode.equals("alone")) {
      throw new IllegalArgumentException("mode: " + mode);
    }
    DetectorFactoryCollection detectors = DetectorFactoryCollection.instance();
    Plugin plugin = pluginJar.equals("-") ? null : PLUGINS.computeIfAbsent(Path.of(pluginJar), SpotBugsRun::load);
    var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = thread.getCurrentThreadAllocatedBytes();
    int classes;
    BugCollectionBugReporter reporter;
    try (FindBugs2 engine = new FindBugs2(); Project project = new Project()) {
      if (plugin != null) {
        project.setPluginStatusTrinary(plugin.getPluginId(), Boolean.TRUE);
      }
      jars.forEach(project::addFile);
      aux.forEach(project::addAuxClasspathEntry);
      engine.setProject(project);
      engine.setDetectorFactoryCollection(detectors);
      reporter = new BugCollectionBugReporter(project);
      reporter.setPriorityThreshold(Priorities.NORMAL_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      if (mode.equals("alone")) {
        preferences.enableAllDetectors(false);
      }
      for (Plugin loaded : PLUGINS.values()) {
        loaded.getDetectorFactories().forEach(f -> preferences.enableDetector(f, loaded == plugin));
      }
      engine.setUserPreferences(preferences);
      int[] seen = {0};
      engine.addClassObserver(c -> seen[0]++);
      engine.execute();
      classes = seen[0];
    }
    // The engine analyses on this thread: what it allocated tells a memory difference that comes
    // from more garbage apart from one of collector timing.
    long allocatedMb = (thread.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20;
    // SpotBugs' own profiler times every detector's visits in every run.
    long checkerNanos = 0;
    if (plugin != null) {
      for (var factory : plugin.getDetectorFactories()) {
        Class<?> detector = Class.forName(factory.getFullName(), false, plugin.getClassLoader());
        var profile = reporter.getProjectStats().getProfiler().getProfile(detector);
        checkerNanos += profile == null ? 0 : profile.getTotalTime();
      }
    }
    long ours = 0;
    for (BugInstance bug : reporter.getBugCollection().getCollection()) {
      if (bug.getType().equals("SMALL_LISTEN_BACKLOG")) {
        ours++;
        if (Boolean.getBoolean("bench.listFindings")) {
          var line = bug.getPrimarySourceLineAnnotation();
          System.out.println("finding " + line.getClassName() + ":" + line.getStartLine());
        }
      }
    }
    return new Result(ours, String.format("findings=%d bugs=%d classes=%d errors=%d checker-ms=%d alloc-mb=%d",
        ours, reporter.getBugCollection().getCollection().size(), classes, reporter.getQueuedErrors().size(),
        checkerNanos / 1_000_000, allocatedMb));
  }

  private static Plugin load(Path jar) {
    try {
      Plugin plugin = Plugin.addCustomPlugin(jar.toUri());
      if (plugin == null) {
        throw new IllegalStateException("plugin " + jar + ": SpotBugs did not load it");
      }
      return plugin;
    } catch (PluginException e) {
      throw new IllegalStateException("plugin " + jar + ": " + e.getMessage(), e);
    }
  }

  private static List<String> lines(String file) throws Exception {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
  }

  private SpotBugsRun() {}
}
