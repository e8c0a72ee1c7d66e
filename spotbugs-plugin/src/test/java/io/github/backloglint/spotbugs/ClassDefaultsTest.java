package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defaults a class gives its listener, in the bytecode shapes javac 17 emits for them: field
 * initializers copied into constructors, inner classes reading {@code this$0}, getters, static
 * initializers, configuration reads through locals, casts and unboxing, injection annotations,
 * against the corpus's libraries (Hadoop, javax.inject, Spring). Each
 * reported shape sits beside a silent one; {@code // expect N} ends a line that must be reported
 * with N (read by this test only, to compare).
 */
class ClassDefaultsTest {

  private static final String FILE = "sample/Fields.java";
  private static final String SOURCE = """
      package sample;

      import io.netty.bootstrap.ServerBootstrap;
      import io.netty.channel.ChannelOption;
      import java.io.IOException;
      import java.net.ServerSocket;
      import java.util.Map;
      import java.util.Optional;
      import java.util.OptionalInt;
      import java.util.Properties;
      import javax.inject.Inject;
      import org.apache.hadoop.conf.Configuration;
      import org.springframework.beans.factory.annotation.Value;

      class Fields {
        private int backlog = 50;
        private int large = 50;
        private int unassigned;
        private Integer boxedUnassigned;
        private int fromParameter = 10;
        static int shared = 64;
        static final Integer BOXED = 100;
        @Inject int injected = 10;
        @Value("${server.backlog:128}") int valued;
        @Deprecated int deprecated = 32;

        Fields() {
          large = 2048;
        }

        Fields(int given) {
          this();
          fromParameter = given;
        }

        void setBacklog(int backlog) {
          this.backlog = backlog;
        }

        int getBacklog() {
          return backlog;
        }

        ServerSocket field() throws IOException {
          return new ServerSocket(8080, backlog); // expect 50
        }

        ServerSocket thisField() throws IOException {
          int queue = this.backlog;
          return new ServerSocket(8080, queue); // expect 50
        }

        ServerSocket getter() throws IOException {
          return new ServerSocket(8080, getBacklog()); // expect 50
        }

        ServerSocket others(Fields other) throws IOException {
          new ServerSocket(8080, large).close();
          new ServerSocket(8080, unassigned).close(); // expect 0
          new ServerSocket(8080, boxedUnassigned).close();
          new ServerSocket(8080, fromParameter).close();
          new ServerSocket(8080, shared).close(); // expect 64
          new ServerSocket(8080, BOXED).close(); // expect 100
          new ServerSocket(8080, injected).close();
          new ServerSocket(8080, valued).close(); // expect 128
          new ServerSocket(8080, deprecated).close(); // expect 32
          new ServerSocket(8080, other.backlog).close();
          return new ServerSocket(8080, other.getBacklog());
        }

        ServerSocket assignedFirst() throws IOException {
          backlog = 10;
          return new ServerSocket(8080, backlog); // expect 10
        }

        ServerSocket assignedTwice() throws IOException {
          backlog = 10;
          backlog = 20;
          return new ServerSocket(8080, backlog);
        }

        ServerSocket setterCalledFirst() throws IOException {
          setBacklog(10);
          return new ServerSocket(8080, backlog);
        }

        ServerBootstrap netty(ServerBootstrap bootstrap) {
          return bootstrap.option(ChannelOption.SO_BACKLOG, backlog); // expect 50
        }

        class Inner {
          ServerSocket outerField() throws IOException {
            return new ServerSocket(8080, backlog); // expect 50
          }

          ServerSocket outerGetter() throws IOException {
            return new ServerSocket(8080, Fields.this.getBacklog()); // expect 50
          }
        }

        Runnable anonymous() {
          return new Runnable() {
            @Override
            public void run() {
              try {
                new ServerSocket(8080, backlog).close(); // expect 50
              } catch (IOException e) {
                throw new RuntimeException(e);
              }
            }
          };
        }
      }

      class Base {
        protected int inherited = 50;
      }

      class Derived extends Base {
        ServerSocket superclassField() throws IOException {
          return new ServerSocket(8080, inherited);
        }
      }

      class Reads {
        int getInt(String key, int fallback) {
          return fallback;
        }

        ServerSocket reads(Configuration conf, Map<String, Integer> map, Properties properties,
            Optional<Integer> optional, OptionalInt optionalInt) throws IOException {
          new ServerSocket(8080, conf.getInt("ipc.server.listen.queue.size", 128)).close(); // expect 128
          int queue = Integer.getInteger("server.backlog", 10);
          new ServerSocket(8080, queue).close(); // expect 10
          new ServerSocket(8080, Integer.parseInt(System.getProperty("backlog", "50"))).close(); // expect 50
          new ServerSocket(8080, Integer.valueOf(properties.getProperty("backlog", "60"))).close(); // expect 60
          new ServerSocket(8080, map.getOrDefault("backlog", 70)).close(); // expect 70
          new ServerSocket(8080, optional.orElse(80)).close(); // expect 80
          new ServerSocket(8080, optionalInt.orElse(90)).close(); // expect 90
          new ServerSocket(8080, optional.orElseGet(() -> 100)).close();
          new ServerSocket(8080, getInt("backlog", 110)).close();
          new ServerSocket(8080, conf.getInt("backlog", 4096)).close();
          return new ServerSocket(8080, conf.getInt("backlog", queue * 2));
        }
      }
      """;

  private static Path classes;

  @BeforeAll
  static void compile(@TempDir Path dir) {
    classes = SpotBugsRun.compileInline(dir, Map.of(FILE, SOURCE), SpotBugsRun.libraries());
  }

  /** The lines of {@code source} that end in {@code // expect N}. */
  static List<Finding> expected(String file, String source) {
    List<Finding> findings = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    Pattern marker = Pattern.compile("// expect (-?\\d+)$");
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = marker.matcher(lines[i]);
      if (matcher.find()) {
        findings.add(new Finding(file, i + 1, Integer.parseInt(matcher.group(1))));
      }
    }
    return findings;
  }

  @Test
  void eachDefaultAsTheSourceToolsSeeIt() {
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    assertThat(result.errors()).isEmpty();
    assertThat(expected(FILE, SOURCE)).hasSize(20);
    assertThat(result.findings()).containsExactlyElementsOf(expected(FILE, SOURCE));
  }

  @Test
  void theMessageSaysWhereTheDefaultComesFrom() {
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), Map.of());
    List<String> messages = result.bugs().stream().map(SpotBugsRun::message).toList();
    assertThat(messages).anyMatch(message -> message.startsWith(
            "listen backlog 128 (the default of `Configuration.getInt(...)` when"
                + " `ipc.server.listen.queue.size` is not set) is below 1024")
        && message.endsWith("change that default to Integer.MAX_VALUE or a resolved limit"));
    assertThat(messages).anyMatch(message -> message.startsWith(
        "listen backlog 50 (the default of field `backlog`) is below 1024"));
    assertThat(messages).anyMatch(message -> message.startsWith(
        "listen backlog 128 (the default of field `valued`, from `@Value` when `server.backlog` is"
            + " not set)"));
  }

  @Test
  void theOptionOffMakesThemUnknownAgain() {
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, SpotBugsRun.libraries(),
        Map.of("backloglint.reportConfigurableDefaults", "false"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).isEmpty();
  }
}
