package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constructors as javac lays them out (initializer copies, blocks, branches, setters, the sink in a
 * constructor), the configuration APIs with their subtypes and relocations, and the same classes
 * compiled without line numbers ({@code -g:none}), where an initializer's copy and the
 * constructor's own assignment cannot be told apart: the last assignment of a constructor wins.
 */
class ClassDefaultShapesTest {

  private static final String FILE = "sample/Shapes.java";
  private static final String SOURCE = """
      package sample;

      import java.io.IOException;
      import java.net.ServerSocket;
      import org.apache.hadoop.mapred.JobConf;
      import org.eclipse.microprofile.config.inject.ConfigProperty;
      import org.springframework.beans.factory.annotation.Value;
      import org.springframework.core.env.Environment;
      import org.xnio.OptionMap;
      import org.xnio.Options;

      class Constructed {
        private int conditional = 50;
        private int viaSetter = 50;
        private static int staticInConstructor = 50;
        private Integer boxed;
        private int twice;
        private int blockAssigned = 50;

        {
          blockAssigned = 100;
        }

        Constructed(boolean flag) {
          if (flag) {
            conditional = 10;
          } else {
            conditional = 20;
          }
          setViaSetter(4096);
          staticInConstructor = 64;
          boxed = 30;
          twice = 5;
          twice = 2048;
        }

        void setViaSetter(int value) {
          viaSetter = value;
        }

        ServerSocket open() throws IOException {
          new ServerSocket(8080, conditional).close(); // expect 10
          new ServerSocket(8080, viaSetter).close();
          new ServerSocket(8080, staticInConstructor).close();
          new ServerSocket(8080, boxed).close(); // expect 30
          new ServerSocket(8080, twice).close(); // expect 5
          return new ServerSocket(8080, blockAssigned); // expect 100
        }
      }

      class InConstructor {
        private int backlog = 50;
        private int assigned = 50;

        InConstructor() throws IOException {
          new ServerSocket(8080, backlog).close(); // expect 50
          assigned = 10;
          new ServerSocket(8080, assigned).close(); // expect 10
        }
      }

      class Outer {
        static int queue = 25;

        static class Nested {
          ServerSocket open() throws IOException {
            return new ServerSocket(8080, queue); // expect 25
          }
        }
      }

      class MoreReads {
        @ConfigProperty(name = "server.backlog", defaultValue = "64") int micro;
        @ConfigProperty(name = "server.backlog") int microWithout = 10;
        @Value("${server.backlog}") int springWithout;

        ServerSocket reads(Environment env, OptionMap options, JobConf job,
            shaded.org.apache.hadoop.conf.Configuration relocated) throws IOException {
          new ServerSocket(8080, env.getProperty("server.backlog", Integer.class, 128)).close(); // expect 128
          new ServerSocket(8080, options.get(Options.BACKLOG, 100)).close(); // expect 100
          new ServerSocket(8080, job.getInt("backlog", 200)).close(); // expect 200
          new ServerSocket(8080, relocated.getInt("backlog", 300)).close(); // expect 300
          new ServerSocket(8080, micro).close(); // expect 64
          new ServerSocket(8080, microWithout).close();
          return new ServerSocket(8080, springWithout);
        }
      }
      """;

  /** A subtype of Hadoop's Configuration (from hadoop-mapreduce, not compiled against) and a relocation. */
  private static final Map<String, String> STUBS = Map.of(
      "org/apache/hadoop/mapred/JobConf.java", """
          package org.apache.hadoop.mapred;
          public class JobConf extends org.apache.hadoop.conf.Configuration {}
          """,
      "shaded/org/apache/hadoop/conf/Configuration.java", """
          package shaded.org.apache.hadoop.conf;
          public class Configuration {
            public int getInt(String name, int defaultValue) { return defaultValue; }
          }
          """);

  private static Map<String, String> sources() {
    Map<String, String> sources = new HashMap<>(STUBS);
    sources.put(FILE, SOURCE);
    return sources;
  }

  @Test
  void constructorsAndReadsAsTheSourceToolsSeeThem(@TempDir Path dir) {
    Path classes = SpotBugsRun.compileInline(dir, sources(), SpotBugsRun.libraries());
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    assertThat(result.errors()).isEmpty();
    assertThat(ClassDefaultsTest.expected(FILE, SOURCE)).hasSize(12);
    assertThat(result.findings()).containsExactlyElementsOf(ClassDefaultsTest.expected(FILE, SOURCE));
  }

  @Test
  void withoutLineNumbersTheLastAssignmentOfAConstructorWins(@TempDir Path dir) throws Exception {
    SpotBugsRun.compileInline(dir, sources(), SpotBugsRun.libraries());
    Path classes = dir.resolve("no-lines");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve("src"))) {
      files = walk.filter(file -> file.toString().endsWith(".java")).toList();
    }
    SpotBugsRun.compile(files, dir.resolve("src"), classes, SpotBugsRun.libraries(), "-g:none");
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    assertThat(result.errors()).isEmpty();
    // Each constructor's last assignment wins: conditional = 20 (not 10 and 20), twice = 2048,
    // blockAssigned = 100 (the block's, as with lines), and in InConstructor the initializer's
    // copy counts as the body's assignment, so assigned is assigned twice there: unknown.
    assertThat(result.findings()).extracting(Finding::value)
        .containsExactlyInAnyOrder(20, 30, 100, 50, 25, 128, 100, 200, 300, 64);
  }
}
