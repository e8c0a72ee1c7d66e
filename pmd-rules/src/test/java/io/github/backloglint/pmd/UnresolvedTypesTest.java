package io.github.backloglint.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.backloglint.fixtures.Finding;
import io.github.backloglint.fixtures.FixtureCorpus;
import io.github.backloglint.fixtures.FixtureSet;
import net.sourceforge.pmd.reporting.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without the project's classes on the auxclasspath (only the JDK), the rule does not guess:
 * Netty's and the frameworks' calls and calls into other corpus classes cannot be resolved and are
 * not reported, and
 * nothing throws; what it does report is still right.
 */
class UnresolvedTypesTest {

  @TempDir Path tmp;

  @Test
  void nettyWithoutNettyOnTheAuxclasspathIsNotReported() {
    FixtureCorpus corpus = FixtureCorpus.load();
    List<Path> nettyFiles = corpus.sets().stream()
        .flatMap(set -> set.files().stream())
        .filter(file -> file.toString().contains("netty"))
        .toList();
    assertThat(nettyFiles).as("the corpus has Netty files").isNotEmpty();

    Report withNetty = PmdRunner.analyse(nettyFiles, Map.of(), PmdRunner.testClasspath(), 1, tmp);
    assertThat(withNetty.getViolations()).as("found with Netty on the auxclasspath").isNotEmpty();

    Report report = PmdRunner.analyse(nettyFiles, Map.of(), PmdRunner.jdkOnly(), 1, tmp);

    assertThat(report.getProcessingErrors()).isEmpty();
    assertThat(PmdRunner.findings(report, corpus.root()))
        .filteredOn(f -> f.file().contains("netty"))
        .isEmpty();
  }

  @Test
  void frameworksWithoutTheirJarsOnTheAuxclasspathAreNotReported() {
    FixtureCorpus corpus = FixtureCorpus.load();
    List<Path> frameworkFiles = corpus.sets().stream()
        .flatMap(set -> set.files().stream())
        .filter(file -> file.toString().contains("frameworks"))
        .toList();
    assertThat(frameworkFiles).as("the corpus has framework files").isNotEmpty();

    Report withJars =
        PmdRunner.analyse(frameworkFiles, Map.of(), PmdRunner.testClasspath(), 1, tmp);
    assertThat(withJars.getViolations()).as("found with the frameworks on the auxclasspath")
        .isNotEmpty();

    // Without the jars no overload resolves: PMD would still match (_*) patterns, the rule not.
    Report report = PmdRunner.analyse(frameworkFiles, Map.of(), PmdRunner.jdkOnly(), 1, tmp);

    assertThat(report.getProcessingErrors()).isEmpty();
    assertThat(report.getViolations()).isEmpty();
  }

  @Test
  void withOnlyTheJdkEveryFindingIsAnExpectedOne() {
    FixtureCorpus corpus = FixtureCorpus.load();
    int reported = 0;
    for (FixtureSet set : corpus.sets()) {
      Report report = PmdRunner.analyse(set.files(), set.options(), PmdRunner.jdkOnly(), 1, tmp);
      assertThat(report.getProcessingErrors()).isEmpty();
      List<Finding> actual = PmdRunner.findings(report, corpus.root());
      assertThat(set.expectedFor("pmd")).containsAll(actual);
      reported += actual.size();
    }
    assertThat(reported).as("JDK sinks still resolve").isPositive();
  }
}
