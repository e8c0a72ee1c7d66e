package io.github.backloglint.realworld;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The real-world run: for each artifact of {@code artifacts.tsv}, downloads it and runs
 * <ul>
 *   <li>SpotBugs over the binary jar with its dependencies as aux classpath, and once without;
 *   <li>PMD over the sources jar with the auxclasspath, with 1 thread and with 2;
 *   <li>javac + Error Prone over the sources jar, for the artifacts marked {@code all+ep}.
 * </ul>
 * Prints a line per artifact, writes {@code summary.tsv}, {@code findings.tsv} and
 * {@code problems.txt} to the results folder, and fails when a checker threw or PMD's two runs
 * differ.
 *
 * <p>System properties: {@code backloglint.realworld.artifacts} (the list),
 * {@code .cache} (download cache), {@code .results} (output folder), {@code .only} (a filter on
 * coordinates), {@code .spotbugsPlugin} (the SpotBugs plugin jar), {@code .repository} (the
 * remote repository's address, from the build's own configuration).
 */
public final class RealWorldRun {

  private static final String SPOTBUGS = "spotbugs";
  private static final String SPOTBUGS_NO_AUX = "spotbugs-noaux";
  private static final String PMD = "pmd";
  private static final String PMD_2 = "pmd-2threads";
  private static final String ERROR_PRONE = "errorprone";
  private static final List<String> TOOLS = List.of(SPOTBUGS, SPOTBUGS_NO_AUX, PMD, PMD_2, ERROR_PRONE);

  private final PrintStream out = System.out;

  public static void main(String[] args) throws Exception {
    int status = new RealWorldRun().run();
    System.exit(status);
  }

  private int run() throws Exception {
    Path list = Path.of(required("backloglint.realworld.artifacts"));
    Path cache = cacheFolder();
    Path results = Path.of(required("backloglint.realworld.results"));
    Path pluginJar = Path.of(required("backloglint.realworld.spotbugsPlugin"));
    List<Artifact> artifacts = Artifact.read(list, System.getProperty("backloglint.realworld.only"));
    Files.createDirectories(cache);
    Files.createDirectories(results);
    Path work = Files.createDirectories(cache.resolve("work"));

    out.printf("backlog-lint real-world run: %d artifacts, cache %s%n", artifacts.size(), cache);
    Downloads downloads =
        new Downloads(cache.resolve("repository"), required("backloglint.realworld.repository"));
    SpotBugsTool spotbugs = new SpotBugsTool(pluginJar);
    PmdTool pmd = new PmdTool(work);
    ErrorProneTool errorProne = new ErrorProneTool();

    List<String> summary = new ArrayList<>();
    summary.add(String.join("\t", "artifact", "dependencies", "classes", "classes_without_lines",
        "spotbugs_classes", "spotbugs_findings", "spotbugs_noaux_classes", "spotbugs_noaux_findings",
        "pmd_files", "pmd_findings", "pmd_2threads_findings", "pmd_threads_agree",
        "errorprone_files", "errorprone_findings", "errorprone_status", "checker_exceptions",
        "other_problems", "seconds"));
    List<String> findingRows = new ArrayList<>();
    findingRows.add(String.join("\t", "artifact", "file", "line", "value", SPOTBUGS,
        SPOTBUGS_NO_AUX, PMD, PMD_2, ERROR_PRONE, "where"));
    List<String> problems = new ArrayList<>();
    Totals totals = new Totals();

    out.printf("%-44s %7s %6s %6s %6s %6s %6s %6s %6s %4s %6s%n", "artifact", "classes", "sb",
        "sb-nx", "files", "pmd", "pmd2", "ep", "exc", "oth", "sec");
    for (Artifact artifact : artifacts) {
      long start = System.nanoTime();
      Map<String, ToolRun> runs = new LinkedHashMap<>();
      Downloads.Resolved resolved;
      try {
        resolved = downloads.resolve(artifact.coordinates());
      } catch (Exception e) {
        problems.add(artifact.coordinates() + " download: " + withoutUrls(e.toString()));
        out.printf("%-44s download failed: %s%n", artifact.shortName(), withoutUrls(e.getMessage()));
        totals.downloadFailures++;
        continue;
      }
      resolved.unresolved().forEach(u -> problems.add(artifact.coordinates() + " dependencies: "
          + withoutUrls(ToolRun.firstLines(u, 1))));
      List<Path> aux = new ArrayList<>();
      aux.add(resolved.jar());
      aux.addAll(resolved.dependencies());
      Path sources = extractSources(resolved.sources(), cache.resolve("sources").resolve(artifact.shortName()));
      DebugInfo.Counts debug = DebugInfo.of(resolved.jar());

      runs.put(SPOTBUGS, spotbugs.analyse(SPOTBUGS, resolved.jar(), resolved.dependencies()));
      runs.put(SPOTBUGS_NO_AUX, spotbugs.analyse(SPOTBUGS_NO_AUX, resolved.jar(), List.of()));
      runs.put(PMD, pmd.analyse(PMD, sources, aux, 1));
      runs.put(PMD_2, pmd.analyse(PMD_2, sources, aux, 2));
      runs.put(ERROR_PRONE, artifact.errorProne()
          ? errorProne.compile(ERROR_PRONE, sources, resolved.dependencies(),
              work.resolve("classes").resolve(artifact.shortName()))
          : ToolRun.skipped(ERROR_PRONE, "not in the Error Prone set"));

      int checkerErrors = 0;
      int otherProblems = 0;
      for (ToolRun run : runs.values()) {
        checkerErrors += run.checkerErrors().size();
        otherProblems += run.otherErrors().size();
        run.checkerErrors().forEach(e -> problems.add(artifact.coordinates() + " " + run.tool()
            + " CHECKER EXCEPTION: " + e));
        run.otherErrors().forEach(e -> problems.add(artifact.coordinates() + " " + run.tool() + ": " + e));
      }
      boolean threadsAgree = runs.get(PMD).findings().equals(runs.get(PMD_2).findings());
      ToolRun ep = runs.get(ERROR_PRONE);
      long seconds = (System.nanoTime() - start) / 1_000_000_000;
      totals.add(debug, runs, checkerErrors, threadsAgree, artifact.errorProne());
      summary.add(String.join("\t", artifact.coordinates(),
          String.valueOf(resolved.dependencies().size()), String.valueOf(debug.classes()),
          String.valueOf(debug.withoutLines()),
          String.valueOf(runs.get(SPOTBUGS).analysed()), String.valueOf(runs.get(SPOTBUGS).findings().size()),
          String.valueOf(runs.get(SPOTBUGS_NO_AUX).analysed()),
          String.valueOf(runs.get(SPOTBUGS_NO_AUX).findings().size()),
          String.valueOf(runs.get(PMD).analysed()), String.valueOf(runs.get(PMD).findings().size()),
          String.valueOf(runs.get(PMD_2).findings().size()), String.valueOf(threadsAgree),
          String.valueOf(ep.analysed()), String.valueOf(ep.findings().size()), ep.note(),
          String.valueOf(checkerErrors), String.valueOf(otherProblems), String.valueOf(seconds)));
      findingRows.addAll(findingRows(artifact, runs));
      out.printf("%-44s %7d %6d %6d %6d %6d %6d %6s %6d %4d %6d%s%n", artifact.shortName(),
          runs.get(SPOTBUGS).analysed(), runs.get(SPOTBUGS).findings().size(),
          runs.get(SPOTBUGS_NO_AUX).findings().size(), runs.get(PMD).analysed(),
          runs.get(PMD).findings().size(), runs.get(PMD_2).findings().size(),
          artifact.errorProne() ? ep.findings().size() + (ep.note().equals("compiled") ? "" : "!") : "-",
          checkerErrors, otherProblems, seconds,
          debug.withoutLines() > 0 ? "  (" + debug.withoutLines() + " classes without line numbers)" : "");
    }
    Files.write(results.resolve("summary.tsv"), summary);
    Files.write(results.resolve("findings.tsv"), findingRows);
    Files.write(results.resolve("problems.txt"), problems);
    totals.print(out, results);
    return totals.checkerErrors == 0 && totals.threadMismatches == 0 && totals.downloadFailures == 0 ? 0 : 1;
  }

  /** One row per distinct (file, line, value) of the artifact, with which tools reported it. */
  private static List<String> findingRows(Artifact artifact, Map<String, ToolRun> runs) {
    Map<String, Finding> all = new TreeMap<>();
    Map<String, Map<String, Boolean>> byTool = new TreeMap<>();
    runs.forEach((tool, run) -> run.findings().forEach(f -> {
      all.merge(f.key(), f, (a, b) -> a.where().isEmpty() ? b : a);
      byTool.computeIfAbsent(f.key(), k -> new LinkedHashMap<>()).put(tool, true);
    }));
    List<String> rows = new ArrayList<>();
    all.values().stream().sorted().forEach(f -> {
      List<String> columns = new ArrayList<>(List.of(artifact.coordinates(), f.file(),
          String.valueOf(f.line()), String.valueOf(f.value())));
      for (String tool : TOOLS) {
        ToolRun run = runs.get(tool);
        boolean ran = run.analysed() > 0;
        columns.add(byTool.get(f.key()).containsKey(tool) ? "x" : ran ? "-" : "n/a");
      }
      columns.add(f.where());
      rows.add(String.join("\t", columns));
    });
    return rows;
  }

  /** The Java files of a sources jar, extracted once into the cache. */
  private static Path extractSources(Path sourcesJar, Path target) throws IOException {
    if (sourcesJar == null) {
      return null;
    }
    Path done = target.resolve(".extracted");
    if (Files.exists(done)) {
      return target;
    }
    Files.createDirectories(target);
    try (JarFile jar = new JarFile(sourcesJar.toFile())) {
      for (JarEntry entry : java.util.Collections.list(jar.entries())) {
        if (entry.isDirectory() || !entry.getName().endsWith(".java")) {
          continue;
        }
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          continue; // a zip entry that would escape the folder
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createFile(done);
    return target;
  }

  /** A resolver message without the repository's address (the results say "central"). */
  private static String withoutUrls(String message) {
    return message.replaceAll("\\s*\\(https?://[^)]*\\)", "");
  }

  /** The property, or {@code ${XDG_CACHE_HOME:-$HOME/.cache}/backlog-lint/realworld}. */
  private static Path cacheFolder() {
    String property = System.getProperty("backloglint.realworld.cache");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("backlog-lint").resolve("realworld");
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Set the system property " + property);
    }
    return value;
  }

  /** The totals printed at the end. */
  private static final class Totals {
    int artifacts;
    int classes;
    int withoutLines;
    int spotbugsClasses;
    int spotbugsNoAuxClasses;
    int pmdFiles;
    int epFiles;
    int epCompiled;
    int epArtifacts;
    int checkerErrors;
    int threadMismatches;
    int downloadFailures;
    final Map<String, Integer> findings = new LinkedHashMap<>();
    final Map<String, Integer> otherProblems = new LinkedHashMap<>();

    void add(DebugInfo.Counts debug, Map<String, ToolRun> runs, int checkerErrors,
        boolean threadsAgree, boolean errorProne) {
      artifacts++;
      classes += debug.classes();
      withoutLines += debug.withoutLines();
      spotbugsClasses += runs.get(SPOTBUGS).analysed();
      spotbugsNoAuxClasses += runs.get(SPOTBUGS_NO_AUX).analysed();
      pmdFiles += runs.get(PMD).analysed();
      if (errorProne) {
        epArtifacts++;
        epFiles += runs.get(ERROR_PRONE).analysed();
        if (runs.get(ERROR_PRONE).note().equals("compiled")) {
          epCompiled++;
        }
      }
      this.checkerErrors += checkerErrors;
      if (!threadsAgree) {
        threadMismatches++;
      }
      runs.forEach((tool, run) -> {
        findings.merge(tool, run.findings().size(), Integer::sum);
        otherProblems.merge(tool, run.otherErrors().size(), Integer::sum);
      });
    }

    void print(PrintStream out, Path results) {
      out.println();
      out.printf("artifacts analysed: %d (download failures: %d)%n", artifacts, downloadFailures);
      out.printf("classes in the jars: %d (%d without line numbers)%n", classes, withoutLines);
      out.printf("SpotBugs classes analysed: %d with dependencies, %d without%n", spotbugsClasses,
          spotbugsNoAuxClasses);
      out.printf("PMD Java files analysed: %d%n", pmdFiles);
      out.printf("Error Prone: %d of %d artifacts compiled, %d Java files%n", epCompiled,
          epArtifacts, epFiles);
      out.printf("findings: %s%n", findings);
      out.printf("other problems reported by the tools (not the checkers'): %s%n", otherProblems);
      out.printf("PMD 1 thread vs 2 threads: %s%n",
          threadMismatches == 0 ? "identical" : threadMismatches + " artifacts differ");
      out.printf("exceptions from the checkers: %d%n", checkerErrors);
      out.printf("results: %s%n", results);
    }
  }
}
