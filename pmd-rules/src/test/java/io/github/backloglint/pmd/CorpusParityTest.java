package io.github.backloglint.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.backloglint.fixtures.Finding;
import io.github.backloglint.fixtures.FixtureCorpus;
import io.github.backloglint.fixtures.FixtureSet;
import io.github.backloglint.fixtures.Parity;
import net.sourceforge.pmd.reporting.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The rule against the shared corpus: every option set, exactly the findings marked for pmd. */
class CorpusParityTest {

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyFixtureSet() {
    FixtureCorpus corpus = FixtureCorpus.load();
    return corpus.sets().stream()
        .map(set -> DynamicTest.dynamicTest("options " + set.options(), () -> assertParity(corpus, set)));
  }

  @Test
  void severalThreadsFindWhatOneThreadFinds() {
    FixtureCorpus corpus = FixtureCorpus.load();
    List<Path> auxclasspath = CorpusClasses.auxclasspath(corpus.root());
    int findings = 0;
    for (FixtureSet set : corpus.sets()) {
      List<Finding> single = PmdRunner.findings(
          PmdRunner.analyse(set.files(), set.options(), auxclasspath, 1, tmp), corpus.root());
      List<Finding> parallel = PmdRunner.findings(
          PmdRunner.analyse(set.files(), set.options(), auxclasspath, 4, tmp), corpus.root());
      assertThat(parallel).as("options %s", set.options()).isEqualTo(single);
      findings += single.size();
    }
    assertThat(findings).isPositive();
  }

  private void assertParity(FixtureCorpus corpus, FixtureSet set) {
    Report report = PmdRunner.analyse(set.files(), set.options(), CorpusClasses.auxclasspath(corpus.root()), 1, tmp);
    assertThat(report.getProcessingErrors()).isEmpty();
    assertThat(report.getConfigurationErrors()).isEmpty();
    List<Finding> actual = PmdRunner.findings(report, corpus.root());
    Parity.assertSameFindings("pmd", set.expectedFor("pmd"), actual);
  }
}
