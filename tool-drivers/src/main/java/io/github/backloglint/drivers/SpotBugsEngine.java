package io.github.backloglint.drivers;

import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SpotBugs engine ({@link FindBugs2}, the class behind the CLI and the Maven plugin) over jars
 * or class folders, with one plugin (or none), an aux classpath and system properties set for the
 * run; default effort. What it may differ in from one user to the next is a setting:
 * <ul>
 *   <li>which detectors: SpotBugs' default ones and the plugin's, or the plugin's alone (with some
 *       of SpotBugs' own, e.g. {@code NoteSuppressedWarnings}, which reads
 *       {@code @SuppressFBWarnings});
 *   <li>what is reported: the CLI's defaults (normal priority and up, the default categories), or
 *       everything a detector reports;
 *   <li>the detector collection: this JVM's, loaded once and kept warm, or a fresh one each run,
 *       as a CLI process has;
 *   <li>whether the engine prints its queued errors at the end (the analysis keeps them anyway).
 * </ul>
 * Plugins this JVM loaded through {@link SpotBugsPlugin#load} other than this run's take no part.
 *
 * <p>A configuration: set it up once, {@link #analyse} as often as needed.
 */
public final class SpotBugsEngine {

  private final SpotBugsPlugin plugin;
  private boolean pluginDetectorsOnly;
  private Set<String> coreDetectors = Set.of();
  private boolean reportEverything;
  private boolean freshDetectorCollection;
  private boolean quiet;
  private List<Path> auxClasspath = List.of();
  private Map<String, String> systemProperties = Map.of();

  private SpotBugsEngine(SpotBugsPlugin plugin) {
    this.plugin = plugin;
  }

  /** SpotBugs with {@code plugin} enabled. */
  public static SpotBugsEngine withPlugin(SpotBugsPlugin plugin) {
    return new SpotBugsEngine(plugin);
  }

  /** SpotBugs with no plugin: its default detectors only. */
  public static SpotBugsEngine withoutPlugin() {
    return new SpotBugsEngine(null);
  }

  /** Runs only the plugin's detectors, and SpotBugs' own {@code coreDetectors} (short names). */
  public SpotBugsEngine onlyPluginDetectors(String... coreDetectors) {
    this.pluginDetectorsOnly = true;
    this.coreDetectors = Set.of(coreDetectors);
    return this;
  }

  /** Reports every priority down to low and every category, not only the CLI's defaults. */
  public SpotBugsEngine reportEverything() {
    this.reportEverything = true;
    return this;
  }

  /** Starts each run from a new detector collection with the plugin registered again. */
  public SpotBugsEngine freshDetectorCollection() {
    this.freshDetectorCollection = true;
    return this;
  }

  /** Keeps the engine from printing its queued errors; the caller reads them from the analysis. */
  public SpotBugsEngine quiet() {
    this.quiet = true;
    return this;
  }

  /** The aux classpath: classes the analysed code uses (the JDK's are always there). */
  public SpotBugsEngine auxClasspath(List<Path> entries) {
    this.auxClasspath = List.copyOf(entries);
    return this;
  }

  /** System properties set for each run and restored after it, e.g. a plugin's options. */
  public SpotBugsEngine systemProperties(Map<String, String> properties) {
    this.systemProperties = Map.copyOf(properties);
    return this;
  }

  /** Analyses the classes in {@code files} (jars or class folders). */
  public SpotBugsAnalysis analyse(List<Path> files) {
    Map<String, String> previous = new HashMap<>();
    systemProperties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
    try {
      return run(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("SpotBugs was interrupted", e);
    } finally {
      previous.forEach((k, v) -> {
        if (v == null) {
          System.clearProperty(k);
        } else {
          System.setProperty(k, v);
        }
      });
    }
  }

  private SpotBugsAnalysis run(List<Path> files) throws IOException, InterruptedException {
    Plugin enabled = plugin == null ? null : plugin.plugin();
    if (freshDetectorCollection) {
      DetectorFactoryCollection.resetInstance(new DetectorFactoryCollection());
      enabled = plugin == null ? null : SpotBugsPlugin.register(plugin.jar());
    }
    DetectorFactoryCollection detectors = DetectorFactoryCollection.instance();
    try (FindBugs2 engine = new FindBugs2(); Project project = new Project()) {
      if (enabled != null) {
        project.setPluginStatusTrinary(enabled.getPluginId(), Boolean.TRUE);
      }
      files.forEach(f -> project.addFile(f.toAbsolutePath().toString()));
      auxClasspath.forEach(p -> project.addAuxClasspathEntry(p.toAbsolutePath().toString()));
      engine.setProject(project);
      engine.setDetectorFactoryCollection(detectors);
      Reporter reporter = new Reporter(project, quiet);
      reporter.setPriorityThreshold(
          reportEverything ? Priorities.LOW_PRIORITY : Priorities.NORMAL_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      engine.setUserPreferences(preferences(detectors, enabled));
      int[] classes = {0};
      engine.addClassObserver(c -> classes[0]++);
      engine.execute();
      return new SpotBugsAnalysis(List.copyOf(reporter.getBugCollection().getCollection()),
          List.copyOf(reporter.getQueuedErrors()), reporter.missingClasses(), classes[0],
          reporter.getProjectStats());
    }
  }

  private UserPreferences preferences(DetectorFactoryCollection detectors, Plugin enabled) {
    UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
    if (reportEverything) {
      preferences.getFilterSettings().clearAllCategories();
    }
    if (pluginDetectorsOnly) {
      preferences.enableAllDetectors(false);
      for (String name : coreDetectors) {
        DetectorFactory factory = detectors.getFactory(name);
        if (factory == null) {
          throw new IllegalArgumentException("SpotBugs has no detector " + name);
        }
        preferences.enableDetector(factory, true);
      }
    }
    for (SpotBugsPlugin loaded : SpotBugsPlugin.loaded()) {
      boolean ours = plugin != null && loaded.jar().equals(plugin.jar());
      (ours ? enabled : loaded.plugin()).getDetectorFactories()
          .forEach(f -> preferences.enableDetector(f, ours));
    }
    return preferences;
  }

  /** Keeps the bug collection, counts the missing classes, prints its errors unless quiet. */
  private static final class Reporter extends BugCollectionBugReporter {
    private final boolean quiet;

    Reporter(Project project, boolean quiet) {
      super(project);
      this.quiet = quiet;
    }

    int missingClasses() {
      return getMissingClasses().size();
    }

    @Override
    public void reportQueuedErrors() {
      if (!quiet) {
        super.reportQueuedErrors();
      }
    }
  }
}
