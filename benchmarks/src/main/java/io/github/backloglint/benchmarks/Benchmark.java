package io.github.backloglint.benchmarks;

import io.github.backloglint.drivers.ErrorProne;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark: what each checker adds to its tool's run. Every comparison runs its two sides
 * (with the checker, without it) alternately and reports the ratios with ÷ without: each run a
 * fresh JVM timed from outside, or, for the {@code -warm} comparisons, runs inside long-lived JVMs,
 * one a side ({@link WarmRuns}). See BENCHMARKS.md for the comparisons and how to read them.
 *
 * <p>System properties (the POM passes them): {@code bench.rounds} pairs per comparison,
 * {@code bench.halfRounds} pairs of the half-corpus comparisons, {@code bench.spotbugsRounds} pairs
 * of the comparisons with SpotBugs' default detectors, {@code bench.warmForks},
 * {@code bench.warmups}, {@code bench.maxWarmups}, {@code bench.jitSettled} and {@code
 * bench.warmRounds} for the warm JVMs, {@code bench.only} comparison
 * ids, {@code bench.smoke} tiny inputs, {@code bench.profile} JFR recordings of the runs with the
 * checker, {@code bench.heap} the tools' {@code -Xmx}, {@code bench.pmdThreads}, the cache and
 * result folders, the tool versions, the checker jars and the tool drivers' jar.
 */
public final class Benchmark {

  /** javac's internals that Error Prone needs, as in the project's .mvn/jvm.config. */
  private static final List<String> JAVAC_ACCESS = ErrorProne.JVM_ACCESS;

  private static final String CHECK = "SmallListenBacklog";
  /** Error Prone with only the check, and with no check at all: the two sides of its comparisons. */
  private static final ErrorProne WITH_CHECK = ErrorProne.onlyCheck(CHECK);
  private static final ErrorProne WITHOUT_CHECK = ErrorProne.allChecksDisabled();
  private static final String PMD_RULE_REF = "io/github/backloglint/pmd/backlog-lint.xml/" + CHECK;
  private static final String NOOP_PLUGIN_RESOURCES = "io/github/backloglint/benchmarks/noop-plugin/";
  // By name: the harness's own JVM has neither PMD nor SpotBugs on its classpath.
  private static final String PACKAGE = Benchmark.class.getPackageName() + ".";
  private static final String PMD_RUN = PACKAGE + "PmdRun";
  private static final String SPOTBUGS_RUN = PACKAGE + "SpotBugsRun";
  private static final String WARM_RUNS = PACKAGE + "WarmRuns";
  private static final String NOOP_RULE = PACKAGE + "NoOpRule";
  private static final String NOOP_DETECTOR = PACKAGE + "NoOpDetector";

  private final PrintStream out = System.out;
  private final boolean smoke = Boolean.getBoolean("bench.smoke");
  private final boolean profile = Boolean.getBoolean("bench.profile");
  private final int rounds = smoke ? 1 : Integer.getInteger("bench.rounds", 9);
  private final int halfRounds = smoke ? 1 : Integer.getInteger("bench.halfRounds", 9);
  /**
   * SpotBugs' default detectors: a run takes ten seconds but its peak RSS moves by +-10 MB between
   * identical runs (C2's compilations of SpotBugs' bytecode visitor peak anywhere from 13 to 63 MB),
   * so these comparisons take more pairs.
   */
  private final int spotbugsRounds = smoke ? 1 : Integer.getInteger("bench.spotbugsRounds", 25);
  /**
   * Pairs of warm JVMs per warm block (an even number: half of them run the side with the checker
   * first), warm-up rounds and measured rounds in each.
   */
  private final int warmForks = smoke ? 1 : Integer.getInteger("bench.warmForks", 4);
  private final int warmups = smoke ? 1 : Integer.getInteger("bench.warmups", 5);
  private final int warmRounds = smoke ? 1 : Integer.getInteger("bench.warmRounds", 6);
  /**
   * A warm-up goes on past {@code warmups} rounds, up to {@code bench.maxWarmups}, until a round in
   * which the JIT compilers of each JVM worked at most this share of its run's wall time: until
   * then the compilers take a core of this two-core machine and change the code of every run, which
   * spreads the pairs by far more than a checker costs (see benchmarks/HISTORY.md).
   */
  private final double jitSettled = Double.parseDouble(System.getProperty("bench.jitSettled", "0.05"));
  private final int maxWarmups = smoke ? 1 : Integer.getInteger("bench.maxWarmups", 20);
  private final String heap = "-Xmx" + System.getProperty("bench.heap", "3g");
  /** Options of every tool JVM; the serial collector by default (see BENCHMARKS.md). */
  private final List<String> jvmOptions = Arrays.stream(System.getProperty("bench.jvmOptions", "").split("\\s+"))
      .filter(s -> !s.isBlank()).toList();
  private final Path javaHome = Path.of(required("bench.javaHome"));
  private final Path cache = cacheFolder();
  private final Path results = Path.of(required("bench.results"));
  private final Path scratch = cache.resolve("scratch");
  private Path logs;
  private Path runsFile;

  public static void main(String[] args) throws Exception {
    new Benchmark().run();
  }

  private void run() throws Exception {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Path resultsHere = results.resolve(started.toString().replace(":", ""));
    logs = Files.createDirectories(resultsHere.resolve("logs"));
    runsFile = resultsHere.resolve("runs.tsv");
    Files.writeString(runsFile, "comparison\tround\tside\twall_ms\tcpu_s\tpeak_rss_kb\tfindings\tload_after\tdetail\n");
    Files.createDirectories(scratch);

    out.println("backlog-lint benchmark" + (smoke ? " (SMOKE: tiny inputs, not a measurement)" : ""));
    out.println("preparing tools and corpus (cache " + cache + ")");
    Resolver tools = new Resolver(Path.of(required("bench.localRepository")));
    List<Path> errorProne = tools.classpath("com.google.errorprone:error_prone_core:" + required("bench.errorproneVersion"));
    List<Path> pmd = tools.classpath("net.sourceforge.pmd:pmd-java:" + required("bench.pmdVersion"),
        "org.slf4j:slf4j-nop:2.0.17");
    List<Path> spotbugs = tools.classpath("com.github.spotbugs:spotbugs:" + required("bench.spotbugsVersion"),
        "org.slf4j:slf4j-nop:2.0.17");
    Path benchClasses = Path.of(required("bench.classes"));
    // The runners' own code, loaded beside each tool: the benchmark's classes and the tool drivers.
    List<Path> runners = List.of(benchClasses, Path.of(required("bench.drivers")));
    Path epCheck = Path.of(required("bench.errorproneCheck"));
    Path pmdRule = Path.of(required("bench.pmdRule"));
    Path sbPlugin = Path.of(required("bench.spotbugsPlugin"));
    Path noopPlugin = noopPluginJar(benchClasses);
    Path timingsPlugin = timingsPluginJar(benchClasses);
    Corpus corpus = Corpus.prepare(Path.of(required("bench.corpus")), new Resolver(cache.resolve("repository")), cache);

    int step = smoke ? 16 : 1; // the "full" input of a smoke run is a sixteenth
    Corpus.Library lib = corpus.library;
    Corpus.Servers servers = corpus.servers;
    List<Path> libFull = Corpus.everyNth(lib.sources(), step);
    List<Path> libHalf = Corpus.everyNth(lib.sources(), 2 * step);
    List<Path> srvFull = Corpus.everyNth(servers.sources(), step);
    List<Path> srvHalf = Corpus.everyNth(servers.sources(), 2 * step);
    List<Path> jarsFull = step == 1 ? servers.jars() : Corpus.classSample(servers.jars(), step, scratch.resolve("classes"));
    List<Path> jarsHalf = Corpus.classSample(servers.jars(), 2 * step, scratch.resolve("classes"));
    List<Path> smallJars = step == 1 ? servers.smallJars() : Corpus.classSample(servers.smallJars(), step, scratch.resolve("classes"));
    List<Path> smallAux = concat(servers.jars().stream().filter(j -> !servers.smallJars().contains(j)).toList(),
        servers.dependencies());
    // The published jar may differ from its sources (kafka-clients shades some dependencies), so
    // what a partial compile needs and PMD's auxclasspath come from a plain compile of the sources.
    Path libClasses = plainCompile(lib);
    List<Path> libCompileAll = lib.dependencies();
    List<Path> libCompileSample = concat(lib.dependencies(), List.of(libClasses));
    List<Path> libAux = concat(List.of(libClasses), lib.dependencies());
    List<Path> srvAux = concat(servers.jars(), servers.dependencies());

    Path ruleset = writeRuleset("with-rule.xml", "<rule ref=\"" + PMD_RULE_REF + "\"/>");
    Path noopRuleset = writeRuleset("noop-rule.xml", "<rule name=\"NoOpRule\" language=\"java\" message=\"never\""
        + " class=\"" + NOOP_RULE + "\"/>");

    String libName = artifactName(lib.coordinates());
    String srvName = servers.coordinates().size() + " server artifacts";
    String smallName = servers.smallCoordinates().stream().map(Benchmark::artifactName).collect(Collectors.joining(", "));
    Javac javac = new Javac(concat(errorProne, List.of(timingsPlugin)), epCheck);
    Pmd pmdRun = new Pmd(concat(pmd, List.of(pmdRule), runners));
    SpotBugs sb = new SpotBugs(concat(spotbugs, runners), noopPlugin);

    List<Comparison> all = List.of(
        javac.comparison("ep", "Error Prone", "javac on " + libName + ", all " + libFull.size() + " files",
            libFull, step == 1 ? libCompileAll : libCompileSample, rounds),
        javac.comparison("ep-half", "Error Prone", "javac on half of " + libName + " (" + libHalf.size() + " files)",
            libHalf, libCompileSample, halfRounds),
        pmdRun.comparison("pmd-library", "PMD", "rule vs no-op rule on " + libName + " (" + libFull.size() + " files)",
            ruleset, noopRuleset, libFull, libAux, rounds),
        pmdRun.comparison("pmd-corpus", "PMD", "rule vs no-op rule on the sources of " + srvName
            + " (" + srvFull.size() + " files)", ruleset, noopRuleset, srvFull, srvAux, rounds),
        pmdRun.comparison("pmd-corpus-half", "PMD", "the same on half of the files (" + srvHalf.size() + ")",
            ruleset, noopRuleset, srvHalf, srvAux, halfRounds),
        // An A/A control: both sides the same, so its ratios are the method's own noise.
        pmdRun.comparison("pmd-corpus-control", "PMD", "control: the no-op rule on both sides, the sources of "
            + srvName, noopRuleset, noopRuleset, srvFull, srvAux, rounds),
        sb.comparison("spotbugs", "SpotBugs", "default detectors with vs without the plugin, " + smallName,
            "default", sbPlugin, null, smallJars, smallAux, spotbugsRounds),
        sb.comparison("spotbugs-noop", "SpotBugs", "default detectors with the plugin vs with a no-op plugin, "
            + smallName, "default", sbPlugin, noopPlugin, smallJars, smallAux, spotbugsRounds),
        sb.comparison("spotbugs-any-plugin", "SpotBugs", "control: default detectors with a no-op plugin vs"
            + " without a plugin, " + smallName, "default", noopPlugin, null, smallJars, smallAux, spotbugsRounds),
        sb.comparison("spotbugs-alone", "SpotBugs", "the detector alone vs a no-op detector, " + srvName,
            "alone", sbPlugin, noopPlugin, jarsFull, servers.dependencies(), rounds),
        sb.comparison("spotbugs-alone-half", "SpotBugs", "the same on half of the classes",
            "alone", sbPlugin, noopPlugin, jarsHalf, srvAux, halfRounds));
    // Error Prone and the check on the JVM's classpath: javac's plugin loader finds them there
    // and every compile of the JVM reuses the loaded (and JIT-compiled) classes.
    List<Path> warmJavac = concat(errorProne, runners);
    List<Path> warmPmd = concat(pmd, runners);
    List<Path> warmSpotBugs = concat(spotbugs, runners);
    List<WarmBlock> warmBlocks = List.of(
        new WarmBlock("javac", concat(warmJavac, List.of(epCheck)), warmJavac, List.of(
            javac.warm("ep-warm", "Error Prone", "javac in a warm JVM on " + libName + ", all " + libFull.size()
                + " files", libFull, step == 1 ? libCompileAll : libCompileSample),
            javac.warm("ep-warm-half", "Error Prone", "the same on half of the files (" + libHalf.size() + ")",
                libHalf, libCompileSample))),
        new WarmBlock("pmd", concat(warmPmd, List.of(pmdRule)), warmPmd, List.of(
            pmdWarm("pmd-library-warm", "PMD", "rule vs no-op rule in a warm JVM on " + libName + " ("
                + libFull.size() + " files)", ruleset, noopRuleset, libFull, libAux))),
        new WarmBlock("pmd", concat(warmPmd, List.of(pmdRule)), warmPmd, List.of(
            pmdWarm("pmd-corpus-warm", "PMD", "rule vs no-op rule in a warm JVM on the sources of " + srvName
                + " (" + srvFull.size() + " files)", ruleset, noopRuleset, srvFull, srvAux),
            pmdWarm("pmd-corpus-warm-half", "PMD", "the same on half of the files (" + srvHalf.size() + ")",
                ruleset, noopRuleset, srvHalf, srvAux))),
        // The JVM with the plugin loads its jar once, in its first run.
        new WarmBlock("spotbugs", warmSpotBugs, warmSpotBugs, List.of(
            sb.warm("spotbugs-warm", "SpotBugs", "default detectors with vs without the plugin in a warm JVM, "
                + smallName, sbPlugin, smallJars, smallAux))),
        // A/A controls: two JVMs of the side without the checker, so their ratios are the noise of
        // the warm method itself (JIT luck of each JVM, the machine's drift).
        new WarmBlock("javac", warmJavac, warmJavac, List.of(
            javac.warmControl("ep-warm-control", "Error Prone", "control: javac without the check in both"
                + " warm JVMs, " + libName, libFull, step == 1 ? libCompileAll : libCompileSample))),
        new WarmBlock("pmd", warmPmd, warmPmd, List.of(
            pmdWarm("pmd-corpus-warm-control", "PMD", "control: the no-op rule in both warm JVMs, the sources of "
                + srvName, noopRuleset, noopRuleset, srvFull, srvAux))));
    List<Comparison> reported = new ArrayList<>(all);
    warmBlocks.forEach(b -> b.cases().forEach(w -> reported.add(w.comparison())));
    Map<String, Comparison> byId = new LinkedHashMap<>();
    all.forEach(c -> byId.put(c.id(), c));
    // Comparisons of one block alternate with each other, so a half and its full see the same machine.
    List<List<String>> blocks = List.of(
        List.of("ep", "ep-half"),
        List.of("pmd-library"),
        List.of("pmd-corpus", "pmd-corpus-half", "pmd-corpus-control"),
        List.of("spotbugs", "spotbugs-noop", "spotbugs-any-plugin"),
        List.of("spotbugs-alone", "spotbugs-alone-half"));
    Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());

    Path summaryFile = resultsHere.resolve("summary.md");
    Machine before = Machine.now();
    out.printf("corpus: %s (%d files, %d dependency jars); %s (%d jars, %d source files, %d dependency jars)%n",
        libName, lib.sources().size(), lib.dependencies().size(), srvName, servers.jars().size(),
        servers.sources().size(), servers.dependencies().size());
    out.println("machine: " + before);
    Map<String, List<Measurement[]>> measured = new LinkedHashMap<>();
    for (List<String> block : blocks) {
      List<Comparison> running = block.stream().filter(id -> only.isEmpty() || only.contains(id))
          .map(byId::get).toList();
      if (running.isEmpty()) {
        continue;
      }
      Comparison warm = running.get(running.size() - 1);
      out.printf("%n== %s (warm-up: one run of %s without the checker)%n",
          running.stream().map(Comparison::id).collect(Collectors.joining(", ")), warm.id());
      measure(warm, 0, "without", warm.without());
      int most = running.stream().mapToInt(Comparison::rounds).max().orElse(0);
      for (int round = 1; round <= most; round++) {
        for (Comparison c : running) {
          if (round <= c.rounds()) {
            // Which side runs first flips each round: neither profits from what the other left.
            Measurement with;
            Measurement without;
            if (round % 2 == 1) {
              with = measure(c, round, "with", c.with());
              without = measure(c, round, "without", c.without());
            } else {
              without = measure(c, round, "without", c.without());
              with = measure(c, round, "with", c.with());
            }
            measured.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(new Measurement[] {with, without});
          }
        }
      }
      // Written after each block, so that an interrupted run keeps what it measured.
      Files.writeString(summaryFile,
          Summary.markdown(reported, measured, before, Machine.now(), smoke, corpusLine(corpus, libFull.size())));
    }
    for (WarmBlock block : warmBlocks) {
      List<WarmCase> running = block.cases().stream()
          .filter(w -> only.isEmpty() || only.contains(w.comparison().id())).toList();
      if (!running.isEmpty()) {
        measureWarm(block, running, measured);
        Files.writeString(summaryFile,
            Summary.markdown(reported, measured, before, Machine.now(), smoke, corpusLine(corpus, libFull.size())));
      }
    }
    String summary = Summary.markdown(reported, measured, before, Machine.now(), smoke, corpusLine(corpus, libFull.size()));
    Files.writeString(summaryFile, summary);
    out.println();
    out.println(summary);
    if (profile) {
      String profiles = Profiles.summarize(resultsHere.resolve("profiles"));
      Files.writeString(resultsHere.resolve("profiles.txt"), profiles);
      out.println(profiles);
    }
    out.println("runs: " + runsFile);
    out.println("summary: " + summaryFile);
  }

  /** The library's classes, compiled once by plain javac into the scratch folder. */
  private Path plainCompile(Corpus.Library lib) throws Exception {
    Path classes = scratch.resolve("library-classes");
    Path done = scratch.resolve("library-classes.done");
    if (Files.exists(done)) {
      return classes;
    }
    out.println("compiling " + lib.coordinates() + " once without Error Prone (for partial compiles)");
    deleteTree(classes);
    Files.createDirectories(classes);
    Path files = writeLines("library-all-files.txt", lib.sources());
    List<String> command = List.of(javaHome.resolve("bin/javac").toString(), "-J" + heap, "-encoding", "UTF-8",
        "-nowarn", "-Xlint:none", "-proc:none", "-classpath", joined(lib.dependencies()), "-d", classes.toString(),
        "@" + files);
    Measurement.of(command, scratch.resolve("library-classes.log"));
    Files.createFile(done);
    return classes;
  }

  private Measurement measure(Comparison c, int round, String side, Side run) throws Exception {
    String tag = c.id() + "-" + round + "-" + side;
    List<String> command = run.command(tag, profile && side.equals("with") && round > 0);
    Measurement m = Measurement.of(command, logs.resolve(tag + ".log"));
    out.printf("%-20s %-8s %-7s %8.2f s  cpu %8.2f s  rss %6d MB  load %s  %s%n", c.id(),
        round == 0 ? "warm-up" : "round " + round, side, m.wallMillis() / 1000.0, m.cpuSeconds(),
        m.peakRssKb() / 1024, Machine.now().load(), m.detail());
    Files.writeString(runsFile, String.join("\t", c.id(), String.valueOf(round), side,
        String.valueOf(m.wallMillis()), String.valueOf(m.cpuSeconds()), String.valueOf(m.peakRssKb()),
        String.valueOf(m.findings()), Machine.now().load(), m.detail()) + "\n", StandardOpenOption.APPEND);
    return m;
  }

  /**
   * Runs a warm block: {@code warmForks} times a pair of {@link WarmRuns} JVMs, one with the
   * checker and one without, each warmed up (at least {@code warmups} discarded rounds, then until
   * their JIT compilers have settled) and then measured over {@code warmRounds} rounds of all of the
   * block's cases; a pair is the two sides of one case in one round, run one after the other.
   */
  private void measureWarm(WarmBlock block, List<WarmCase> cases, Map<String, List<Measurement[]>> measured)
      throws Exception {
    String ids = cases.stream().map(w -> w.comparison().id()).collect(Collectors.joining(", "));
    out.printf("%n== %s (%d pairs of warm JVMs, one a side, each %d-%d warm-up rounds (until the JIT works"
        + " at most %.0f%% of a run) and %d measured rounds)%n", ids, warmForks, warmups, maxWarmups,
        100 * jitSettled, warmRounds);
    Path plan = scratch.resolve(cases.get(0).comparison().id() + "-plan.tsv");
    List<String> lines = new ArrayList<>();
    for (WarmCase w : cases) {
      lines.add(w.comparison().id() + "\twith\t" + w.withArgs());
      lines.add(w.comparison().id() + "\twithout\t" + w.withoutArgs());
    }
    Files.write(plan, lines);
    for (int fork = 1; fork <= warmForks; fork++) {
      Map<String, WarmJvm> jvms = new LinkedHashMap<>();
      try {
        for (String side : List.of("with", "without")) {
          List<String> jvm = new ArrayList<>(block.tool().equals("javac") ? JAVAC_ACCESS : List.of());
          // A heap of fixed size: the collector then runs alike in every round, not more often while
          // the heap is still growing.
          jvm.add(heap.replace("-Xmx", "-Xms"));
          String tag = cases.get(0).comparison().id() + "-jvm" + fork + "-" + side;
          jvm.addAll(jfr("", tag, profile));
          List<String> command = java(side.equals("with") ? block.withClasspath() : block.withoutClasspath(), jvm,
              WARM_RUNS, block.tool(), side, plan.toString());
          jvms.put(side, new WarmJvm(command, logs.resolve(tag + ".log")));
        }
        int warmed = 0;
        double jitShare = 1;
        while (warmed < warmups || (jitShare > jitSettled && warmed < maxWarmups)) {
          warmed++;
          jitShare = warmRound(cases, jvms, fork, warmed, 0, measured);
        }
        out.printf("%-20s jvm %d: warm after %d rounds (JIT at most %.1f%% of a run in the last)%s%n", "", fork,
            warmed, 100 * jitShare, jitShare > jitSettled ? ", NOT settled" : "");
        for (int round = 1; round <= warmRounds; round++) {
          warmRound(cases, jvms, fork, warmed + round, (fork - 1) * warmRounds + round, measured);
        }
        for (var jvm : jvms.entrySet()) {
          Measurement whole = jvm.getValue().finish();
          out.printf("%-20s jvm %d %-7s: %.1f s, peak RSS %d MB%n", "", fork, jvm.getKey(),
              whole.wallMillis() / 1000.0, whole.peakRssKb() / 1024);
        }
      } finally {
        for (WarmJvm jvm : jvms.values()) {
          jvm.close();
        }
      }
    }
  }

  /**
   * One round of a pair of warm JVMs: both sides of every case, one after the other. {@code
   * globalRound} 0 is a warm-up round, whose pairs are not kept. Returns the largest share of a
   * run's wall time that the JIT compilers of its JVM worked during it.
   */
  private double warmRound(List<WarmCase> cases, Map<String, WarmJvm> jvms, int fork, int jvmRound,
      int globalRound, Map<String, List<Measurement[]>> measured) throws IOException {
    double jitShare = 0;
    for (WarmCase w : cases) {
      String id = w.comparison().id();
      // The side that goes first changes every round and from one pair of JVMs to the next,
      // so that a drift of the machine does not always favour one side.
      boolean withFirst = ((jvmRound + fork) & 1) == 0;
      Measurement[] pair = new Measurement[2];
      for (String side : withFirst ? List.of("with", "without") : List.of("without", "with")) {
        // bench-iter id round side wall-ns cpu-ns findings detail...
        String[] iter = jvms.get(side).run(id, globalRound);
        Measurement m = Measurement.inProcess(Long.parseLong(iter[3]), Long.parseLong(iter[4]),
            Long.parseLong(iter[5]), iter[6]);
        jitShare = Math.max(jitShare, m.jitMillis() / (double) Math.max(1, m.wallMillis()));
        out.printf("%-20s %-8s %-7s %8.2f s  cpu %8.2f s  jvm %d  load %s  %s%n", id,
            globalRound == 0 ? "warm-up" : "round " + globalRound, side, m.wallMillis() / 1000.0, m.cpuSeconds(),
            fork, Machine.now().load(), m.detail());
        Files.writeString(runsFile, String.join("\t", id, String.valueOf(globalRound), side,
            String.valueOf(m.wallMillis()), String.valueOf(m.cpuSeconds()), "-", String.valueOf(m.findings()),
            Machine.now().load(), "jvm " + fork + " " + m.detail()) + "\n", StandardOpenOption.APPEND);
        pair[side.equals("with") ? 0 : 1] = m;
      }
      if (globalRound > 0) {
        measured.computeIfAbsent(id, k -> new ArrayList<>()).add(pair);
      }
    }
    return jitShare;
  }

  /**
   * Warm comparisons that share JVMs; their pairs interleave, as in a block of fresh runs. The JVM
   * without the checker has none of its classes.
   */
  record WarmBlock(String tool, List<Path> withClasspath, List<Path> withoutClasspath, List<WarmCase> cases) {}

  /** A warm comparison: the {@link WarmRuns} plan arguments of its two sides. */
  record WarmCase(Comparison comparison, String withArgs, String withoutArgs) {}

  /** One comparison: the same input with the checker and without it (or with the no-op). */
  record Comparison(String id, String tool, String what, String withLabel, String withoutLabel,
      Side with, Side without, int rounds) {}

  /** How to start one side's run: {@code tag} names its files, {@code jfr} asks for a profile. */
  interface Side {
    List<String> command(String tag, boolean jfr) throws IOException;
  }

  private List<String> jfr(String prefix, String tag, boolean on) throws IOException {
    if (!on) {
      return List.of();
    }
    Path recording = Files.createDirectories(logs.resolveSibling("profiles")).resolve(tag + ".jfr");
    return List.of(prefix + "-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
  }

  /** javac with Error Prone on the processor path, as a Maven or Gradle build runs it. */
  private final class Javac {
    private final List<Path> errorProne;
    private final Path check;

    Javac(List<Path> errorProne, Path check) {
      this.errorProne = errorProne;
      this.check = check;
    }

    Comparison comparison(String id, String tool, String what, List<Path> files, List<Path> classpath, int n)
        throws IOException {
      Path fileList = writeLines(id + "-files.txt", files);
      Side with = (tag, jfr) -> command(tag, jfr, fileList, classpath,
          concat(errorProne, List.of(check)), WITH_CHECK.pluginArgument());
      Side without = (tag, jfr) -> command(tag, jfr, fileList, classpath, errorProne,
          WITHOUT_CHECK.pluginArgument());
      return new Comparison(id, tool, what, "-XepDisableAllChecks -Xep:" + CHECK + ":WARN, check jar on the processor path",
          "-XepDisableAllChecks, no check jar", with, without, n);
    }

    WarmCase warm(String id, String tool, String what, List<Path> files, List<Path> classpath) throws IOException {
      Path fileList = writeLines(id + "-files.txt", files);
      Path classpathList = writeLines(id + "-classpath.txt", classpath);
      String common = fileList + "\t" + classpathList + "\t";
      return new WarmCase(new Comparison(id, tool, what, "-XepDisableAllChecks -Xep:" + CHECK + ":WARN",
          "-XepDisableAllChecks, no check jar", null, null, warmForks * warmRounds),
          common + String.join(" ", WITH_CHECK.options()), common + String.join(" ", WITHOUT_CHECK.options()));
    }

    /** {@link #warm} with Error Prone's options of the side without the check on both sides. */
    WarmCase warmControl(String id, String tool, String what, List<Path> files, List<Path> classpath)
        throws IOException {
      WarmCase warm = warm(id, tool, what, files, classpath);
      Comparison c = warm.comparison();
      return new WarmCase(new Comparison(c.id(), c.tool(), c.what(), c.withoutLabel(), c.withoutLabel(), null, null,
          c.rounds()), warm.withoutArgs(), warm.withoutArgs());
    }

    private List<String> command(String tag, boolean jfr, Path fileList, List<Path> classpath,
        List<Path> processorPath, String plugin) throws IOException {
      Path classes = scratch.resolve("javac-out");
      deleteTree(classes); // before the clock starts
      Files.createDirectories(classes);
      List<String> command = new ArrayList<>();
      command.add(javaHome.resolve("bin/javac").toString());
      command.add("-J" + heap);
      jvmOptions.forEach(o -> command.add("-J" + o));
      JAVAC_ACCESS.forEach(a -> command.add("-J" + a));
      command.addAll(jfr("-J", tag, jfr));
      command.addAll(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
          "-encoding", "UTF-8", "-Xlint:none", "-Xmaxwarns", "100000",
          "-processorpath", joined(processorPath), "-classpath", joined(classpath),
          "-d", classes.toString(), plugin, "-Xplugin:BacklogLintBenchTimings", "@" + fileList));
      return command;
    }
  }

  /** PMD's analysis in a JVM of its own ({@link PmdRun}). */
  private final class Pmd {
    private final List<Path> classpath;

    Pmd(List<Path> classpath) {
      this.classpath = classpath;
    }

    Comparison comparison(String id, String tool, String what, Path ruleset, Path noopRuleset,
        List<Path> files, List<Path> aux, int n) throws IOException {
      Path fileList = writeLines(id + "-files.txt", files);
      Path auxList = writeLines(id + "-aux.txt", aux);
      String threads = System.getProperty("bench.pmdThreads", "1");
      Side with = (tag, jfr) -> java(classpath, jfr("", tag, jfr), PMD_RUN,
          ruleset.toString(), threads, fileList.toString(), auxList.toString());
      Side without = (tag, jfr) -> java(classpath, jfr("", tag, jfr), PMD_RUN,
          noopRuleset.toString(), threads, fileList.toString(), auxList.toString());
      String withLabel = ruleset.equals(noopRuleset) ? "no-op rule" : "rule " + CHECK + " alone";
      return new Comparison(id, tool, what, withLabel, "no-op rule, same node types", with, without, n);
    }
  }

  /** PMD in a warm JVM ({@link WarmRuns}), its arguments those of {@link PmdRun}. */
  private WarmCase pmdWarm(String id, String tool, String what, Path ruleset, Path noopRuleset,
      List<Path> files, List<Path> aux) throws IOException {
    String rest = System.getProperty("bench.pmdThreads", "1") + "\t" + writeLines(id + "-files.txt", files)
        + "\t" + writeLines(id + "-aux.txt", aux);
    String withLabel = ruleset.equals(noopRuleset) ? "no-op rule" : "rule " + CHECK + " alone";
    return new WarmCase(new Comparison(id, tool, what, withLabel, "no-op rule, same node types",
        null, null, warmForks * warmRounds), ruleset + "\t" + rest, noopRuleset + "\t" + rest);
  }

  /** The SpotBugs engine in a JVM of its own ({@link SpotBugsRun}). */
  private final class SpotBugs {
    private final List<Path> classpath;
    private final Path noopPlugin;

    SpotBugs(List<Path> classpath, Path noopPlugin) {
      this.classpath = classpath;
      this.noopPlugin = noopPlugin;
    }

    Comparison comparison(String id, String tool, String what, String mode, Path plugin, Path baselinePlugin,
        List<Path> jars, List<Path> aux, int n) throws IOException {
      Path jarList = writeLines(id + "-jars.txt", jars);
      Path auxList = writeLines(id + "-aux.txt", aux);
      Side with = (tag, jfr) -> java(classpath, jfr("", tag, jfr), SPOTBUGS_RUN,
          mode, plugin.toString(), jarList.toString(), auxList.toString());
      Side without = (tag, jfr) -> java(classpath, jfr("", tag, jfr), SPOTBUGS_RUN,
          mode, baselinePlugin == null ? "-" : baselinePlugin.toString(), jarList.toString(), auxList.toString());
      return new Comparison(id, tool, what, label(mode, plugin), label(mode, baselinePlugin), with, without, n);
    }

    /** SpotBugs in a warm JVM ({@link WarmRuns}): the default detectors with and without the plugin. */
    WarmCase warm(String id, String tool, String what, Path plugin, List<Path> jars, List<Path> aux)
        throws IOException {
      String input = writeLines(id + "-jars.txt", jars) + "\t" + writeLines(id + "-aux.txt", aux);
      return new WarmCase(new Comparison(id, tool, what, label("default", plugin),
          "default detectors", null, null,
          warmForks * warmRounds), "default\t" + plugin + "\t" + input, "default\t-\t" + input);
    }

    private String label(String mode, Path plugin) {
      if (mode.equals("alone")) {
        return plugin.equals(noopPlugin) ? "only a no-op detector" : "only the plugin's detector";
      }
      return plugin == null ? "default detectors"
          : plugin.equals(noopPlugin) ? "default detectors + no-op plugin" : "default detectors + plugin";
    }
  }

  private List<String> java(List<Path> classpath, List<String> jvmOptions, String main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin/java").toString());
    command.add(heap);
    command.addAll(this.jvmOptions);
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", joined(classpath), main));
    command.addAll(List.of(args));
    return command;
  }

  /** The no-op detector's plugin jar, packed from the benchmark's own classes and resources. */
  private Path noopPluginJar(Path classes) throws IOException {
    Path jar = scratch.resolve("noop-spotbugs-plugin.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(file)) {
      for (String name : List.of("findbugs.xml", "messages.xml", "bugrank.txt")) {
        add(zip, name, classes.resolve(NOOP_PLUGIN_RESOURCES + name));
      }
      String detector = NOOP_DETECTOR.replace('.', '/') + ".class";
      add(zip, detector, classes.resolve(detector));
    }
    return jar;
  }

  /** A javac plugin that prints Error Prone's own per-check timings ({@link CheckTimingsPlugin}). */
  private Path timingsPluginJar(Path classes) throws IOException {
    Path jar = scratch.resolve("timings-javac-plugin.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(file)) {
      add(zip, "META-INF/services/com.sun.source.util.Plugin",
          classes.resolve(PACKAGE.replace('.', '/') + "timings-plugin/com.sun.source.util.Plugin"));
      String plugin = (PACKAGE + "CheckTimingsPlugin").replace('.', '/');
      add(zip, plugin + ".class", classes.resolve(plugin + ".class"));
      add(zip, plugin + "$1.class", classes.resolve(plugin + "$1.class"));
    }
    return jar;
  }

  private static void add(JarOutputStream zip, String name, Path file) throws IOException {
    zip.putNextEntry(new JarEntry(name));
    try (InputStream in = Files.newInputStream(file)) {
      in.transferTo(zip);
    }
    zip.closeEntry();
  }

  private Path writeRuleset(String name, String rule) throws IOException {
    return Files.writeString(scratch.resolve(name), """
        <?xml version="1.0"?>
        <ruleset name="benchmark" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
          <description>backlog-lint benchmark</description>
          %s
        </ruleset>
        """.formatted(rule));
  }

  private Path writeLines(String name, List<Path> paths) throws IOException {
    return Files.write(scratch.resolve(name), paths.stream().map(Path::toString).toList());
  }

  private static String corpusLine(Corpus corpus, int libraryFiles) {
    return "Error Prone and PMD (library): " + corpus.library.coordinates() + ", " + libraryFiles
        + " Java files, " + corpus.library.dependencies().size() + " jars on the classpath. "
        + "SpotBugs and PMD (corpus): " + String.join(", ", corpus.servers.coordinates()) + "; "
        + corpus.servers.sources().size() + " Java files, " + corpus.servers.dependencies().size()
        + " dependency jars; SpotBugs' default detectors on " + String.join(", ", corpus.servers.smallCoordinates())
        + ".";
  }

  private static String artifactName(String coordinates) {
    String[] parts = coordinates.split(":");
    return parts[1] + " " + parts[parts.length - 1];
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path cacheFolder() {
    String configured = System.getProperty("bench.cache", "");
    if (!configured.isBlank()) {
      return Path.of(configured);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
    return base.resolve("backlog-lint").resolve("benchmarks");
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("system property " + property + " is not set");
    }
    return value;
  }
}
