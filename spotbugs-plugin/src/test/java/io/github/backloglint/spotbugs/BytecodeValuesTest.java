package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytecode shapes the corpus does not pin down: javac's split local scopes, reassignment after the
 * sink, fields that look constant to the operand stack (only their class's defaults count, see
 * {@link ClassDefaultsTest}), slot reuse, anonymous subclasses.
 */
class BytecodeValuesTest {

  private static final String FILE = "sample/Shapes.java";
  private static final String SOURCE = """
      package sample;

      import java.io.IOException;
      import java.net.ServerSocket;

      class Shapes {
        static int nonFinal = 100;
        static final Integer BOXED = 100;
        private final int assigned;

        Shapes(int assigned) {
          this.assigned = assigned;
        }

        ServerSocket assignedOnEachBranch(boolean production) throws IOException {
          int backlog;
          if (production) {
            backlog = 4096;
          } else {
            backlog = 100;
          }
          return new ServerSocket(8080, backlog); // two assignments: unknown
        }

        ServerSocket reassignedAfterTheSink() throws IOException {
          int backlog = 100;
          ServerSocket s = new ServerSocket(8080, backlog); // assigned again below: unknown
          backlog++;
          return s;
        }

        ServerSocket fields() throws IOException {
          new ServerSocket(8080, nonFinal).close(); // the class's default: 100
          new ServerSocket(8080, BOXED).close(); // the class's default: 100
          new ServerSocket(8080, nonFinal * 2).close(); // an expression of a field: unknown
          return new ServerSocket(8080, assigned);
        }

        ServerSocket knownThroughLocals() throws IOException {
          int base = 64;
          int backlog = base * 2;
          return new ServerSocket(8080, backlog);
        }

        boolean twoProbes(int first, int second) throws IOException {
          try (ServerSocket a = new ServerSocket(first, 1)) {
            a.setReuseAddress(true);
          }
          try (ServerSocket b = new ServerSocket(second, 1)) {
            return b.isBound();
          }
        }

        ServerSocket probeThatEscapes(int port) throws IOException {
          ServerSocket s = new ServerSocket(port, 2);
          s.setSoTimeout(10);
          return s;
        }

        static ServerSocket anonymous(int extra) throws IOException {
          int captured = 5;
          return new ServerSocket(8080, 128) {
            @Override
            public String toString() {
              return "x" + captured + extra;
            }
          };
        }
      }

      class OlderJavac {
        // What javac 9 and 10 generate for try-with-resources, written out.
        int probe(int port) throws IOException {
          ServerSocket s = new ServerSocket(port, 1);
          Throwable primary = null;
          try {
            return s.getLocalPort();
          } finally {
            $closeResource(primary, s);
          }
        }

        int notAProbe(int port) throws IOException {
          ServerSocket s = new ServerSocket(port, 3);
          Throwable primary = null;
          try {
            return s.getLocalPort();
          } finally {
            otherHelper(primary, s);
          }
        }

        private static void $closeResource(Throwable primary, AutoCloseable resource) {}

        private static void otherHelper(Throwable primary, AutoCloseable resource) {}
      }

      class Named extends ServerSocket {
        Named(int port) throws IOException {
          super(port, 64);
        }

        static Named create() throws IOException {
          return new Named(8080);
        }
      }
      """;

  @Test
  void eachShapeAsTheSourceToolsSeeIt(@TempDir Path dir) {
    Path classes = SpotBugsRun.compileInline(dir, Map.of(FILE, SOURCE), List.of());
    SpotBugsRun.Result result = SpotBugsRun.analyse(classes, List.of(), Map.of());
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).containsExactly(
        new Finding(FILE, 33, 100), // a static field whose only assignment is its initializer
        new Finding(FILE, 34, 100), // a static final Integer: the same, boxed
        new Finding(FILE, 42, 128), // knownThroughLocals
        new Finding(FILE, 55, 2), // probeThatEscapes
        new Finding(FILE, 62, 128), // the anonymous subclass, at its creation
        new Finding(FILE, 84, 3), // notAProbe: passing the socket to a helper is a use
        new Finding(FILE, 100, 64)); // super(port, 64), not new Named(8080)
  }
}
