package io.github.backloglint.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.backloglint.drivers.Javac;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration reads of libraries relocated by a shading build ({@code
 * com.acme.shaded.org.apache.hadoop.conf.Configuration}) count as the library's, subclasses
 * included; a class of the same simple name elsewhere does not, and without the library's classes
 * nothing resolves and nothing is reported.
 */
class ShadedConfigurationReadsTest {

  private static final Map<String, String> SHADED_LIBRARIES = Map.of(
      "com/acme/shaded/org/apache/hadoop/conf/Configuration.java",
      "package com.acme.shaded.org.apache.hadoop.conf;\n"
          + "public class Configuration { public int getInt(String name, int fallback) { return fallback; } }\n",
      "com/acme/shaded/org/apache/hadoop/mapred/JobConf.java",
      "package com.acme.shaded.org.apache.hadoop.mapred;\n"
          + "public class JobConf extends com.acme.shaded.org.apache.hadoop.conf.Configuration {}\n",
      "com/acme/shaded/org/xnio/Option.java",
      "package com.acme.shaded.org.xnio;\npublic class Option<T> {}\n",
      "com/acme/shaded/org/xnio/OptionMap.java",
      "package com.acme.shaded.org.xnio;\n"
          + "public class OptionMap { public int get(Option<Integer> option, int fallback) { return fallback; } }\n",
      "com/acme/Configuration.java",
      "package com.acme;\n"
          + "public class Configuration { public int getInt(String name, int fallback) { return fallback; } }\n");

  private static final String SERVER = String.join("\n",
      "import java.net.*;",
      "import com.acme.shaded.org.apache.hadoop.conf.Configuration;",
      "import com.acme.shaded.org.apache.hadoop.mapred.JobConf;",
      "import com.acme.shaded.org.xnio.Option;",
      "import com.acme.shaded.org.xnio.OptionMap;",
      "",
      "class Ipc {",
      "  void open(ServerSocket socket, SocketAddress address, Configuration conf, JobConf job,",
      "      OptionMap options, Option<Integer> backlog, com.acme.Configuration own) throws Exception {",
      "    socket.bind(address, conf.getInt(\"ipc.server.listen.queue.size\", 128));",
      "    socket.bind(address, job.getInt(\"ipc.server.listen.queue.size\", 256));",
      "    socket.bind(address, options.get(backlog, 100));",
      "    socket.bind(address, own.getInt(\"ipc.server.listen.queue.size\", 64));",
      "  }",
      "}",
      "");

  @TempDir Path tmp;
  private Path server;
  private Path libraries;

  @BeforeEach
  void compileTheShadedLibraries() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Map.Entry<String, String> library : SHADED_LIBRARIES.entrySet()) {
      Path source = tmp.resolve("src").resolve(library.getKey());
      Files.createDirectories(source.getParent());
      sources.add(Files.writeString(source, library.getValue()));
    }
    libraries = tmp.resolve("classes");
    new Javac().options("-proc:none").compile(sources, libraries).requireSuccess();
    server = Files.writeString(tmp.resolve("Ipc.java"), SERVER);
  }

  @Test
  void relocatedReadsAndTheirSubclassesAreTheLibrarysReads() {
    List<Path> auxclasspath = new ArrayList<>(List.of(libraries));
    auxclasspath.addAll(PmdRunner.jdkOnly());
    Report report = PmdRunner.analyse(List.of(server), Map.of(), auxclasspath, 1, tmp);

    assertThat(report.getProcessingErrors()).isEmpty();
    assertThat(report.getViolations())
        .extracting(v -> v.getBeginLine() + ": " + PmdRunner.valueOf(v.getDescription()))
        .containsExactly("10: 128", "11: 256", "12: 100");
    assertThat(report.getViolations().get(0).getDescription())
        .startsWith("listen backlog 128 (the default of `Configuration.getInt(...)` when"
            + " `ipc.server.listen.queue.size` is not set) is below 1024");
  }

  @Test
  void withoutTheLibraryNothingResolvesAndNothingIsReported() {
    Report report = PmdRunner.analyse(List.of(server), Map.of(), PmdRunner.jdkOnly(), 1, tmp);

    assertThat(report.getProcessingErrors()).isEmpty();
    assertThat(report.getViolations()).extracting(RuleViolation::getBeginLine).isEmpty();
  }
}
