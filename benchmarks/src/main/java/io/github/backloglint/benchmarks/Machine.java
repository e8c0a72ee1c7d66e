package io.github.backloglint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the numbers were taken on: the machine, and how busy it was. */
record Machine(Instant time, String cpu, int cores, long memoryMb, String load, String java) {

  static Machine now() {
    return new Machine(Instant.now().truncatedTo(ChronoUnit.SECONDS), cpuModel(),
        Runtime.getRuntime().availableProcessors(), totalMemoryMb(), loadAverage(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
  }

  private static String cpuModel() {
    return read("/proc/cpuinfo").lines()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("unknown CPU");
  }

  private static long totalMemoryMb() {
    return read("/proc/meminfo").lines()
        .filter(l -> l.startsWith("MemTotal:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
        .findFirst()
        .orElse(-1L);
  }

  /** The 1, 5 and 15 minute load averages. */
  private static String loadAverage() {
    String[] fields = read("/proc/loadavg").trim().split(" ");
    return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public String toString() {
    return cores + " cores (" + cpu + "), " + memoryMb + " MB, " + java + ", load average " + load
        + " at " + time;
  }
}
