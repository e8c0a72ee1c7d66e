package io.github.backloglint.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The harness's end of a {@link WarmRuns} JVM: starts it under GNU time, asks it for one run at a
 * time and copies everything else it prints into its log.
 */
final class WarmJvm implements AutoCloseable {

  private final Process process;
  private final Writer requests;
  private final BufferedReader output;
  private final Writer log;
  private final Path logFile;
  private final long started = System.nanoTime();

  WarmJvm(List<String> command, Path logFile) throws IOException {
    this.logFile = logFile;
    log = Files.newBufferedWriter(logFile);
    log.write(String.join(" ", command) + System.lineSeparator());
    process = new ProcessBuilder(Measurement.underTime(command, logFile)).redirectErrorStream(true).start();
    requests = process.outputWriter(StandardCharsets.UTF_8);
    output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** One run of {@code caseId}; returns the fields of its {@code bench-iter} line. */
  String[] run(String caseId, int round) throws IOException {
    requests.write(caseId + " " + round + "\n");
    requests.flush();
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      log.write(line + System.lineSeparator());
      String[] iteration = WarmRuns.iteration(line);
      if (iteration != null) {
        return iteration;
      }
    }
    log.flush();
    throw new IllegalStateException("warm JVM ended before answering " + caseId + ", see " + logFile + ":\n"
        + Measurement.tail(Files.readString(logFile), 40));
  }

  /** Ends the JVM (end of its input) and returns its whole run: wall time, CPU time and peak RSS. */
  Measurement finish() throws IOException, InterruptedException {
    requests.close();
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      log.write(line + System.lineSeparator());
    }
    log.close();
    int status = process.waitFor();
    long wall = (System.nanoTime() - started) / 1_000_000;
    if (status != 0) {
      throw new IllegalStateException("exit status " + status + " of " + logFile + ":\n"
          + Measurement.tail(Files.readString(logFile), 40));
    }
    return Measurement.ofProcess(wall, logFile);
  }

  /** Kills the JVM if {@link #finish} did not end it (a failed block). */
  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    log.close();
  }
}
