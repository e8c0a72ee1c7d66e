package io.github.backloglint.it;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * One listener per suppression idiom. Each idiom silences only its own tool, so every listener
 * here is still reported by the other two: the ITs see each suppression work, and only there.
 */
final class SuppressionIdioms {

  @SuppressWarnings("SmallListenBacklog")
  ServerSocket errorProneOnly(int port) throws IOException {
    return new ServerSocket(port, 10);
  }

  ServerSocket noPmdComment(int port) throws IOException {
    return new ServerSocket(port, 20); // NOPMD - reviewed: a test double
  }

  @SuppressWarnings("PMD.SmallListenBacklog")
  ServerSocket pmdOnly(int port) throws IOException {
    return new ServerSocket(port, 30);
  }

  @SuppressFBWarnings(value = "SMALL_LISTEN_BACKLOG", justification = "reviewed")
  ServerSocket spotBugsOnly(int port) throws IOException {
    return new ServerSocket(port, 40);
  }

  /** Excluded from SpotBugs by the consumer's exclude filter (spotbugs-exclude.xml). */
  ServerSocket spotBugsExcludeFilter(int port) throws IOException {
    return new ServerSocket(port, 60);
  }
}
