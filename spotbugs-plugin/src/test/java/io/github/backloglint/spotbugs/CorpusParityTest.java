package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.FixtureCorpus;
import io.github.backloglint.fixtures.FixtureSet;
import io.github.backloglint.fixtures.Parity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parity contract: every option set of the shared corpus, compiled from its live sources and
 * analysed by the real SpotBugs engine with the set's options, yields exactly the findings the
 * corpus marks for {@code spotbugs}. The corpus is compiled twice: with {@code -g}, as Maven and
 * Gradle builds do, and with {@code -g:source,lines}, javac's own default, which writes no
 * LocalVariableTable; the plugin must meet the same markers on both.
 */
class CorpusParityTest {

  private static final Path OUTPUT = Paths.get("target", "corpus-classes");

  /** The debug information of each run: with and without a LocalVariableTable. */
  private static final List<String> DEBUG_LEVELS = List.of("-g", "-g:source,lines");

  @TestFactory
  Stream<DynamicTest> everyOptionSetMatchesTheCorpus() {
    FixtureCorpus corpus = FixtureCorpus.load();
    assertThat(corpus.sets()).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (String debug : DEBUG_LEVELS) {
      for (int i = 0; i < corpus.sets().size(); i++) {
        FixtureSet set = corpus.sets().get(i);
        Path classes = OUTPUT.resolve("set-" + i + debug.replace(':', '-').replace(',', '-'));
        String name = debug + ", "
            + (set.options().isEmpty() ? "default options" : "options " + set.options());
        tests.add(DynamicTest.dynamicTest(name, () -> {
          deleteRecursively(classes);
          SpotBugsRun.compile(set.files(), corpus.root(), classes, SpotBugsRun.libraries(), debug);
          SpotBugsRun.Result result =
              SpotBugsRun.analyse(classes, SpotBugsRun.libraries(), systemProperties(set.options()));
          assertThat(result.errors()).as("analysis errors").isEmpty();
          // A spotbugs-g marker is a line only class files with a LocalVariableTable decide.
          String markers = debug.equals("-g") ? FixtureCorpus.SPOTBUGS_WITH_TABLE : FixtureCorpus.SPOTBUGS;
          Parity.assertSameFindings(
              "spotbugs " + debug, set.expectedFor(markers), result.findings());
        }));
      }
    }
    return tests.stream();
  }

  /** The corpus header's neutral option names as the detector's system properties. */
  static Map<String, String> systemProperties(Map<String, String> options) {
    Map<String, String> properties = new HashMap<>();
    options.forEach(
        (name, value) -> properties.put(SmallListenBacklogDetector.PROPERTY_PREFIX + name, value));
    return properties;
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
