package io.github.backloglint.drivers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.renderers.Renderer;
import net.sourceforge.pmd.reporting.Report;

/**
 * PMD through its API, as a build runs it: one ruleset file over Java files, an auxclasspath for
 * type resolution, a number of threads, no incremental cache (every run analyses every file).
 * Returns PMD's {@link Report}: violations, processing and configuration errors.
 *
 * <p>A rule's message goes through {@code MessageFormat} (an {@code Integer} 1024 prints
 * "1,024"): the rules pass strings, and the report's descriptions are the final text.
 *
 * <p>A configuration: set it up once, {@link #analyse} as often as needed.
 */
public final class Pmd {

  private final Path ruleset;
  private int threads = 1;
  private String auxclasspath;
  private final List<Renderer> renderers = new ArrayList<>();

  private Pmd(Path ruleset) {
    this.ruleset = ruleset;
  }

  /** PMD with the rules of {@code ruleset}, a file (see {@link PmdRuleset}). */
  public static Pmd withRuleset(Path ruleset) {
    return new Pmd(ruleset);
  }

  /** The auxclasspath led by the JDK's own classes ({@link Classpaths#jdkClasses}). */
  public static List<Path> withJdk(List<Path> auxclasspath) {
    List<Path> entries = new ArrayList<>();
    entries.add(Classpaths.jdkClasses());
    entries.addAll(auxclasspath);
    return entries;
  }

  /** Analysis threads (1 by default; 0 analyses on the calling thread). */
  public Pmd threads(int count) {
    this.threads = count;
    return this;
  }

  /**
   * The auxclasspath, exactly these entries (none by default). Without a type's classes PMD
   * cannot resolve calls on it; see {@link #withJdk} for the JDK's.
   */
  public Pmd auxclasspath(List<Path> entries) {
    this.auxclasspath = Classpaths.joined(entries);
    return this;
  }

  /** Renderers that also get the report, e.g. PMD's XML renderer. */
  public Pmd renderers(Renderer... more) {
    renderers.addAll(List.of(more));
    return this;
  }

  /** Analyses {@code files} and returns the report. */
  public Report analyse(Collection<Path> files) {
    PMDConfiguration config = new PMDConfiguration();
    config.setThreads(threads);
    config.setIgnoreIncrementalAnalysis(true);
    if (auxclasspath != null) {
      config.prependAuxClasspath(auxclasspath);
    }
    config.addRuleSet(ruleset.toString());
    files.forEach(config::addInputPath);
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      renderers.forEach(pmd::addRenderer);
      return pmd.performAnalysisAndCollectReport();
    }
  }
}
