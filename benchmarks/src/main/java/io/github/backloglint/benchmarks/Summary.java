package io.github.backloglint.benchmarks;

import io.github.backloglint.benchmarks.Benchmark.Comparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The tables of BENCHMARKS.md, from the measured pairs. */
final class Summary {

  /** A target of the issue: a median ratio that must not exceed {@code limit}. */
  private record Target(String what, String comparison, String metric, double limit) {}

  /**
   * The targets, each on the comparison that resolves it: time on warm JVMs, where both sides of a
   * pair run on a warm tool seconds apart; peak RSS on fresh JVMs, a process per run.
   */
  private static final List<Target> TARGETS = List.of(
      new Target("Error Prone: time with ÷ without", "ep-warm", "wall", 1.02),
      new Target("SpotBugs: time with ÷ without the plugin", "spotbugs-warm", "wall", 1.02),
      new Target("PMD: time rule ÷ no-op rule (library)", "pmd-library-warm", "wall", 1.03),
      new Target("PMD: time rule ÷ no-op rule (corpus)", "pmd-corpus-warm", "wall", 1.03),
      new Target("Error Prone: peak RSS with ÷ without", "ep", "rss", 1.02),
      new Target("PMD: peak RSS rule ÷ no-op rule (library)", "pmd-library", "rss", 1.02),
      new Target("PMD: peak RSS rule ÷ no-op rule (corpus)", "pmd-corpus", "rss", 1.02),
      new Target("SpotBugs: peak RSS with ÷ without the plugin", "spotbugs", "rss", 1.02),
      new Target("Error Prone: (full ÷ half) with ÷ (full ÷ half) without", "ep-warm", "scaling", 1.05),
      new Target("PMD: (full ÷ half) rule ÷ (full ÷ half) no-op", "pmd-corpus-warm", "scaling", 1.05),
      new Target("SpotBugs: (full ÷ half) detector ÷ (full ÷ half) no-op", "spotbugs-alone", "scaling", 1.05));

  /**
   * Time in fresh JVMs, one-off runs: shown against the same limits beside their A/A controls,
   * whose medians are the method's own noise (several percent at these numbers of pairs).
   */
  private static final List<Target> FRESH_TIME = List.of(
      new Target("Error Prone: time with ÷ without", "ep", "wall", 1.02),
      new Target("SpotBugs: time with ÷ without the plugin", "spotbugs", "wall", 1.02),
      new Target("SpotBugs, control: time with a no-op plugin ÷ without a plugin", "spotbugs-any-plugin", "wall", 1.02),
      new Target("PMD: time rule ÷ no-op rule (library)", "pmd-library", "wall", 1.03),
      new Target("PMD: time rule ÷ no-op rule (corpus)", "pmd-corpus", "wall", 1.03),
      new Target("PMD, A/A control: time no-op rule ÷ no-op rule (corpus)", "pmd-corpus-control", "wall", 1.03),
      new Target("Error Prone: (full ÷ half) with ÷ (full ÷ half) without", "ep", "scaling", 1.05),
      new Target("PMD: (full ÷ half) rule ÷ (full ÷ half) no-op", "pmd-corpus", "scaling", 1.05));

  /** The warm method's A/A controls: both JVMs of a pair without the checker. */
  private static final List<Target> WARM_CONTROLS = List.of(
      new Target("Error Prone, A/A control: time without ÷ without", "ep-warm-control", "wall", 1.02),
      new Target("PMD, A/A control: time no-op rule ÷ no-op rule (corpus)", "pmd-corpus-warm-control", "wall", 1.03));

  static String markdown(List<Comparison> comparisons, Map<String, List<Measurement[]>> measured,
      Machine before, Machine after, boolean smoke, String corpus) {
    StringBuilder md = new StringBuilder();
    if (smoke) {
      md.append("**SMOKE RUN: tiny inputs, one round. Not a measurement.**\n\n");
    }
    md.append("- Machine: ").append(before).append("\n");
    md.append("- Finished: load average ").append(after.load()).append(" at ").append(after.time()).append("\n");
    md.append("- Corpus: ").append(corpus).append("\n");
    md.append("- JVMs: -Xmx").append(System.getProperty("bench.heap", "3g")).append(" ")
        .append(System.getProperty("bench.jvmOptions", ""))
        .append(", PMD threads ").append(System.getProperty("bench.pmdThreads", "1"))
        .append(". Each run of a comparison without `-warm` is a fresh JVM; the `-warm` comparisons run")
        .append(" in pairs of warm JVMs, one a side, asked for runs in turn (no RSS per run). A ratio is with ÷ without")
        .append(" of one pair.\n\n");

    md.append("| comparison | with | without | pairs | median time with | median time without "
        + "| time ratio median (min–max) | CPU ratio median | median peak RSS with | RSS ratio median (min–max) "
        + "| findings with / without | checker's own time ÷ run (median) |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Comparison c : comparisons) {
      List<Measurement[]> pairs = measured.get(c.id());
      if (pairs == null) {
        continue;
      }
      double[] own = pairs.stream().filter(p -> p[0].checkerMillis() >= 0)
          .mapToDouble(p -> (double) p[0].checkerMillis() / p[0].wallMillis()).toArray();
      String ownShare = own.length == 0 ? "–" : String.format(Locale.ROOT, "%.2f%%", 100 * median(own));
      md.append(String.format(Locale.ROOT, "| `%s` %s: %s | %s | %s | %d | %.2f s | %.2f s | **%s** | %.3f | %s | **%s** | %d / %d | %s |%n",
          c.id(), c.tool(), c.what(), c.withLabel(), c.withoutLabel(), pairs.size(),
          median(values(pairs, 0, m -> m.wallMillis() / 1000.0)),
          median(values(pairs, 1, m -> m.wallMillis() / 1000.0)),
          spread(ratios(pairs, m -> m.wallMillis())),
          median(ratios(pairs, Measurement::cpuSeconds)),
          rss(pairs) ? Math.round(median(values(pairs, 0, m -> m.peakRssKb() / 1024.0))) + " MB" : "–",
          rss(pairs) ? spread(ratios(pairs, m -> m.peakRssKb())) : "–",
          pairs.get(0)[0].findings(), pairs.get(0)[1].findings(), ownShare));
    }

    md.append("\n| scaling | pairs | full ÷ half with | full ÷ half without | ratio median (min–max) |\n");
    md.append("|---|---|---|---|---|\n");
    for (String full : List.of("ep", "pmd-corpus", "spotbugs-alone", "ep-warm", "pmd-corpus-warm")) {
      double[] scaling = scaling(measured, full);
      if (scaling.length == 0) {
        continue;
      }
      List<Measurement[]> f = measured.get(full);
      List<Measurement[]> h = measured.get(full + "-half");
      int n = scaling.length;
      md.append(String.format(Locale.ROOT, "| `%s` vs `%s-half` | %d | %.3f | %.3f | **%s** |%n", full, full, n,
          median(values(f.subList(0, n), 0, m -> m.wallMillis())) / median(values(h.subList(0, n), 0, m -> m.wallMillis())),
          median(values(f.subList(0, n), 1, m -> m.wallMillis())) / median(values(h.subList(0, n), 1, m -> m.wallMillis())),
          spread(scaling)));
    }

    md.append("\n| target | limit | median | met |\n|---|---|---|---|\n");
    targetRows(md, TARGETS, measured, true);
    md.append("\n| fresh JVMs, one-off runs (no target: see their controls) | limit | median | within |\n"
        + "|---|---|---|---|\n");
    targetRows(md, FRESH_TIME, measured, false);
    if (WARM_CONTROLS.stream().anyMatch(t -> measured.containsKey(t.comparison()))) {
      md.append("\n| warm JVMs, A/A controls (no target: the method's own noise) | limit | median | within |\n"
          + "|---|---|---|---|\n");
      targetRows(md, WARM_CONTROLS, measured, false);
    }
    return md.toString();
  }

  private static void targetRows(StringBuilder md, List<Target> targets, Map<String, List<Measurement[]>> measured,
      boolean marked) {
    for (Target t : targets) {
      List<Measurement[]> pairs = measured.get(t.comparison());
      if (pairs == null) {
        continue;
      }
      double[] ratios = switch (t.metric()) {
        case "wall" -> ratios(pairs, m -> m.wallMillis());
        case "rss" -> ratios(pairs, m -> m.peakRssKb());
        default -> scaling(measured, t.comparison());
      };
      if (ratios.length == 0) {
        continue;
      }
      double median = median(ratios);
      String within = median <= t.limit() ? "yes" : marked ? "**no**" : "no";
      md.append(String.format(Locale.ROOT, "| %s (`%s`) | ≤ %.2f | %.3f | %s |%n", t.what(), t.comparison(),
          t.limit(), median, within));
    }
  }

  /** Per round: (with full ÷ with half) ÷ (without full ÷ without half). */
  private static double[] scaling(Map<String, List<Measurement[]>> measured, String full) {
    List<Measurement[]> f = measured.get(full);
    List<Measurement[]> h = measured.get(full + "-half");
    if (f == null || h == null) {
      return new double[0];
    }
    int n = Math.min(f.size(), h.size());
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double with = (double) f.get(i)[0].wallMillis() / h.get(i)[0].wallMillis();
      double without = (double) f.get(i)[1].wallMillis() / h.get(i)[1].wallMillis();
      out[i] = with / without;
    }
    return out;
  }

  private static boolean rss(List<Measurement[]> pairs) {
    return pairs.get(0)[0].peakRssKb() >= 0;
  }

  private static double[] ratios(List<Measurement[]> pairs, ToDoubleFunction<Measurement> metric) {
    return pairs.stream().mapToDouble(p -> metric.applyAsDouble(p[0]) / metric.applyAsDouble(p[1])).toArray();
  }

  private static double[] values(List<Measurement[]> pairs, int side, ToDoubleFunction<Measurement> metric) {
    return pairs.stream().mapToDouble(p -> metric.applyAsDouble(p[side])).toArray();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String spread(double[] values) {
    double min = Arrays.stream(values).min().orElse(Double.NaN);
    double max = Arrays.stream(values).max().orElse(Double.NaN);
    return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", median(values), min, max);
  }

  private Summary() {}
}
