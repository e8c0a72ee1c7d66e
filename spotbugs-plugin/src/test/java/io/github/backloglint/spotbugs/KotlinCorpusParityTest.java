package io.github.backloglint.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.fixtures.FixtureCorpus;
import io.github.backloglint.fixtures.FixtureSet;
import io.github.backloglint.fixtures.Parity;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parity contract on Kotlin: the Kotlin corpus, compiled by kotlinc in its own module (a test
 * dependency of this one), analysed by the real SpotBugs engine with kotlin-stdlib and Netty on the
 * aux classpath, yields exactly the findings its markers expect of {@code spotbugs}.
 */
class KotlinCorpusParityTest {

  @Test
  void theKotlinCorpusMatches() throws Exception {
    FixtureCorpus corpus = FixtureCorpus.loadKotlin();
    assertThat(corpus.sets()).as("the Kotlin corpus has default options only").hasSize(1);
    FixtureSet set = corpus.defaultSet();
    assertThat(set.expectedFor(FixtureCorpus.SPOTBUGS)).isNotEmpty();

    SpotBugsRun.Result result = SpotBugsRun.analyse(compiledKotlinCorpus(), SpotBugsRun.libraries(), Map.of());

    assertThat(result.errors()).as("analysis errors").isEmpty();
    Parity.assertSameFindings("spotbugs on Kotlin", set.expectedFor(FixtureCorpus.SPOTBUGS), result.findings());
  }

  /** The jar (or classes folder) of the Kotlin corpus module on the test classpath. */
  private static Path compiledKotlinCorpus() throws ClassNotFoundException, URISyntaxException {
    Class<?> anyCorpusClass = Class.forName("corpus.kotlin.TopLevelKt");
    return Paths.get(anyCorpusClass.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
