package io.github.backloglint.benchmarks;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import io.github.backloglint.drivers.SpotBugsAnalysis;
import io.github.backloglint.drivers.SpotBugsEngine;
import io.github.backloglint.drivers.SpotBugsPlugin;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

  public static void main(String[] args) throws Exception {
    Result result = analyse(args[0], args[1], lines(args[2]), lines(args[3]));
    System.out.println("bench-result " + result.detail());
  }

  /** What one analysis found: the plugin's findings and the line the harness reads. */
  record Result(long findings, String detail) {}

  /**
   * Runs SpotBugs over {@code jars}. Mode {@code default}: the default detectors, and the given
   * plugin's ({@code -} for none); {@code alone}: only the given plugin's detectors. The detector
   * collection is this JVM's, kept warm: a plugin is loaded once, and any other plugin this JVM
   * loaded before takes no part.
   */
  static Result analyse(String mode, String pluginJar, List<Path> jars, List<Path> aux) throws Exception {
    if (!mode.equals("default") && !mode.equals("alone")) {
      throw new IllegalArgumentException("mode: " + mode);
    }
    // SpotBugs' own detectors load with the collection, before the allocation count starts (as
    // when a plugin is loaded), so that both sides count only the analysis.
    DetectorFactoryCollection.instance();
    SpotBugsPlugin plugin = pluginJar.equals("-") ? null : SpotBugsPlugin.load(Path.of(pluginJar));
    SpotBugsEngine engine = plugin == null ? SpotBugsEngine.withoutPlugin() : SpotBugsEngine.withPlugin(plugin);
    if (mode.equals("alone")) {
      engine.onlyPluginDetectors();
    }
    var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = thread.getCurrentThreadAllocatedBytes();
    SpotBugsAnalysis analysis = engine.auxClasspath(aux).analyse(jars);
    // The engine analyses on this thread: what it allocated tells a memory difference that comes
    // from more garbage apart from one of collector timing.
    long allocatedMb = (thread.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20;
    // SpotBugs' own profiler times every detector's visits in every run.
    long checkerNanos = 0;
    if (plugin != null) {
      for (var factory : plugin.plugin().getDetectorFactories()) {
        Class<?> detector = Class.forName(factory.getFullName(), false, plugin.plugin().getClassLoader());
        var profile = analysis.stats().getProfiler().getProfile(detector);
        checkerNanos += profile == null ? 0 : profile.getTotalTime();
      }
    }
    List<BugInstance> ours = analysis.bugsOfType("SMALL_LISTEN_BACKLOG");
    if (Boolean.getBoolean("bench.listFindings")) {
      for (BugInstance bug : ours) {
        var line = bug.getPrimarySourceLineAnnotation();
        System.out.println("finding " + line.getClassName() + ":" + line.getStartLine());
      }
    }
    return new Result(ours.size(), String.format("findings=%d bugs=%d classes=%d errors=%d checker-ms=%d alloc-mb=%d",
        ours.size(), analysis.bugs().size(), analysis.classes(), analysis.errors().size(),
        checkerNanos / 1_000_000, allocatedMb));
  }

  private static List<Path> lines(String file) throws Exception {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).map(Path::of).toList();
  }

  private SpotBugsRun() {}
}
