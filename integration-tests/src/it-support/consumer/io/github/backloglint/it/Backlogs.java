package io.github.backloglint.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The consumer's own resolved backlog, named by the checkers' replacement option in the ITs. */
public final class Backlogs {

  private Backlogs() {}

  /** The kernel's accept-queue limit where it can be read, else the largest backlog. */
  public static int max() {
    try {
      String value =
          new String(Files.readAllBytes(Path.of("/proc/sys/net/core/somaxconn")), StandardCharsets.US_ASCII);
      return Integer.parseInt(value.trim());
    } catch (IOException | NumberFormatException | SecurityException e) {
      return Integer.MAX_VALUE;
    }
  }
}
