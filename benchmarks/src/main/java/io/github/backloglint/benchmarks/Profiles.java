package io.github.backloglint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the JFR recordings of a profiled run ({@code -Dbench.profile=true}) and says which share
 * of the CPU samples was inside a checker, and where: the checker's methods by inclusive samples,
 * and the leaf frames (in the checker or in what it calls) of those samples.
 */
final class Profiles {

  private static final String CHECKERS = "io.github.backloglint.";
  /** Ours but not a checker: the harness, and the drivers that run each tool for it. */
  private static final List<String> HARNESS =
      List.of("io.github.backloglint.benchmarks.", "io.github.backloglint.drivers.");

  static String summarize(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jfr")).sorted().toList()) {
        text.append(summarize(file, 12));
      }
    }
    return text.toString();
  }

  private static String summarize(Path recording, int top) throws IOException {
    long samples = 0;
    long inChecker = 0;
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> leaves = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      samples++;
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null) {
        continue;
      }
      Set<String> ours = new HashSet<>();
      for (RecordedFrame frame : stack.getFrames()) {
        String type = frame.getMethod().getType().getName();
        if (type.startsWith(CHECKERS) && HARNESS.stream().noneMatch(type::startsWith)) {
          ours.add(type + "." + frame.getMethod().getName());
        }
      }
      if (ours.isEmpty()) {
        continue;
      }
      inChecker++;
      ours.forEach(m -> inclusive.merge(m, 1L, Long::sum));
      List<RecordedFrame> frames = stack.getFrames();
      RecordedFrame leaf = frames.get(0);
      leaves.merge(leaf.getMethod().getType().getName() + "." + leaf.getMethod().getName(), 1L, Long::sum);
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "%s: %d CPU samples, %d (%.2f%%) inside the checker%n", recording.getFileName(), samples, inChecker,
        samples == 0 ? 0.0 : 100.0 * inChecker / samples));
    append(text, "  checker methods (inclusive)", inclusive, top);
    append(text, "  leaf frames of those samples", leaves, top);
    return text.toString();
  }

  private static void append(StringBuilder text, String title, Map<String, Long> counts, int top) {
    if (counts.isEmpty()) {
      return;
    }
    text.append(title).append('\n');
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> text.append(String.format(Locale.ROOT, "    %6d  %s%n", e.getValue(), e.getKey())));
  }

  /** {@code java ... Profiles <folder>}: the same summary for recordings made by hand. */
  public static void main(String[] args) throws IOException {
    System.out.print(summarize(Path.of(args[0])));
  }

  private Profiles() {}
}
