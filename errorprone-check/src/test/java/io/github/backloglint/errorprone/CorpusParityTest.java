package io.github.backloglint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.drivers.Compilation;
import io.github.backloglint.fixtures.Finding;
import io.github.backloglint.fixtures.FixtureCorpus;
import io.github.backloglint.fixtures.FixtureSet;
import io.github.backloglint.fixtures.Parity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the check over every option set of the shared corpus through the real plugin path (see
 * {@link PluginCompilation}) and compares its findings with the corpus markers.
 */
class CorpusParityTest {

  private static final Pattern VALUE = Pattern.compile("^listen backlog (-?\\d+)");
  private static final String PREFIX = "[" + BacklogRule.NAME + "] ";

  @TempDir Path classes;

  @TestFactory
  Stream<DynamicTest> everyFixtureSetMatchesTheCorpus() {
    FixtureCorpus corpus = FixtureCorpus.load();
    assertThat(corpus.sets()).isNotEmpty();
    return corpus.sets().stream()
        .map(
            set ->
                DynamicTest.dynamicTest(
                    "options " + set.options(),
                    () ->
                        Parity.assertSameFindings(
                            FixtureCorpus.ERRORPRONE,
                            set.expectedFor(FixtureCorpus.ERRORPRONE),
                            findings(corpus, set))));
  }

  /**
   * The check's findings in the files of {@code set}. The whole corpus is compiled with the set's
   * options, so that a file may use a class of another set even before the installed fixture jar
   * has it; only the set's own files are judged.
   */
  private List<Finding> findings(FixtureCorpus corpus, FixtureSet set) throws IOException {
    List<Path> everyFile = corpus.sets().stream().flatMap(s -> s.files().stream()).toList();
    Compilation result =
        PluginCompilation.compile(
            Files.createTempDirectory(classes, "set"), everyFile, set.options());
    assertThat(result.ofKind(Diagnostic.Kind.ERROR))
        .as("javac errors on the corpus: %s", result.output())
        .isEmpty();
    assertThat(result.success()).isTrue();
    List<Finding> findings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (!message.startsWith(PREFIX) || !set.files().contains(Paths.get(d.getSource().toUri()))) {
        continue;
      }
      Matcher value = VALUE.matcher(message.substring(PREFIX.length()));
      assertThat(value.find()).as("the value in %s", message).isTrue();
      findings.add(
          new Finding(
              FixtureCorpus.relativeName(corpus.root(), Paths.get(d.getSource().toUri())),
              (int) d.getLineNumber(),
              Integer.parseInt(value.group(1))));
    }
    return findings;
  }
}
