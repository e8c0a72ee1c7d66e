package corpus.suppression;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * Each tool's own suppression idiom. A suppression only silences the tool it is written for: the
 * others do not read it (a limitation by design), so each marker names the tools that still
 * report the line. Error Prone reads {@code @SuppressWarnings("SmallListenBacklog")}; PMD reads
 * {@code @SuppressWarnings("PMD.SmallListenBacklog")} and a NOPMD comment; SpotBugs reads the
 * class-retained {@code @SuppressFBWarnings("SMALL_LISTEN_BACKLOG")} from the bytecode, where the
 * source-only {@code @SuppressWarnings} is gone.
 */
class Suppressions {

  @SuppressWarnings("SmallListenBacklog")
  ServerSocket errorProneSuppressed() throws IOException {
    return new ServerSocket(8080); // FLAG[pmd,spotbugs]: 50
  }

  @SuppressWarnings("PMD.SmallListenBacklog")
  ServerSocket pmdSuppressed() throws IOException {
    return new ServerSocket(8080, 100); // FLAG[errorprone,spotbugs]: 100
  }

  ServerSocket pmdNoPmdComment() throws IOException {
    return new ServerSocket(8080); // NOPMD: admin port // FLAG[errorprone,spotbugs]: 50
  }

  @SuppressFBWarnings(value = "SMALL_LISTEN_BACKLOG", justification = "admin port, few clients")
  ServerSocket spotBugsSuppressed() throws IOException {
    return new ServerSocket(9090, 10); // FLAG[errorprone,pmd]: 10
  }

  @SuppressFBWarnings("SMALL_LISTEN_BACKLOG")
  ServerBootstrap spotBugsSuppressedNetty(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, 128); // FLAG[errorprone,pmd]: 128
  }

  @SuppressWarnings({"SmallListenBacklog", "PMD.SmallListenBacklog"})
  @SuppressFBWarnings("SMALL_LISTEN_BACKLOG")
  ServerSocket suppressedEverywhere() throws IOException {
    return new ServerSocket(8080, 5); // OK: suppressed in all three tools
  }

  // Suppressing another check silences nothing here.
  @SuppressWarnings("unused")
  ServerSocket otherWarningSuppressed() throws IOException {
    return new ServerSocket(8080, 20); // FLAG: 20
  }
}
