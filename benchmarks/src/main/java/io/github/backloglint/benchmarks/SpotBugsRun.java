package io.github.backloglint.benchmarks;

import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One SpotBugs run in its own JVM, as the CLI's {@code -pluginList} runs it: the engine over jars
 * or class folders with an aux classpath, default effort, the default reporting thresholds.
 *
 * <p>Arguments: mode, plugin jar or {@code -}, file with the analysed jars, file with the aux
 * classpath (one entry a line). Modes: {@code default}, the default detectors (and the plugin's,
 * when one is given); {@code alone}, only the given plugin's detectors. Prints one
 * {@code bench-result} line for the harness.
 */
public final class SpotBugsRun {

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path pluginJar = args[1].equals("-") ? null : Path.of(args[1]);
    DetectorFactoryCollection detectors = DetectorFactoryCollection.instance();
    Plugin plugin = pluginJar == null ? null : Plugin.addCustomPlugin(pluginJar.toUri());
    int classes;
    BugCollectionBugReporter reporter;
    try (FindBugs2 engine = new FindBugs2(); Project project = new Project()) {
      if (plugin != null) {
        project.setPluginStatusTrinary(plugin.getPluginId(), Boolean.TRUE);
      }
      lines(args[2]).forEach(project::addFile);
      lines(args[3]).forEach(project::addAuxClasspathEntry);
      engine.setProject(project);
      engine.setDetectorFactoryCollection(detectors);
      reporter = new BugCollectionBugReporter(project);
      reporter.setPriorityThreshold(Priorities.NORMAL_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      if (mode.equals("alone")) {
        preferences.enableAllDetectors(false);
        plugin.getDetectorFactories().forEach(f -> preferences.enableDetector(f, true));
      } else if (!mode.equals("default")) {
        throw new IllegalArgumentException("mode: " + mode);
      }
      engine.setUserPreferences(preferences);
      int[] seen = {0};
      engine.addClassObserver(c -> seen[0]++);
      engine.execute();
      classes = seen[0];
    }
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
    // The engine analyses on this thread: what it allocated tells a memory difference that comes
    // from more garbage apart from one of collector timing.
    long allocatedMb = ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes() >> 20;
    System.out.printf("bench-result findings=%d bugs=%d classes=%d errors=%d checker-ms=%d alloc-mb=%d%n",
        ours, reporter.getBugCollection().getCollection().size(), classes,
        reporter.getQueuedErrors().size(), checkerNanos / 1_000_000, allocatedMb);
  }

  private static List<String> lines(String file) throws Exception {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
  }

  private SpotBugsRun() {}
}
