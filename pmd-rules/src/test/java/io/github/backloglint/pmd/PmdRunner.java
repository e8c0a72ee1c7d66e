package io.github.backloglint.pmd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.backloglint.drivers.Classpaths;
import io.github.backloglint.drivers.Pmd;
import io.github.backloglint.drivers.PmdRuleset;
import io.github.backloglint.fixtures.Finding;
import io.github.backloglint.fixtures.FixtureCorpus;
import net.sourceforge.pmd.renderers.Renderer;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * Runs PMD as a user would: a ruleset file that references the rule in the jar and sets its
 * properties, over source files, with an auxclasspath.
 */
final class PmdRunner {

  static final String RULESET = "io/github/backloglint/pmd/backlog-lint.xml";
  static final String RULE_REF = RULESET + "/SmallListenBacklog";

  private static final Pattern VALUE = Pattern.compile("^listen backlog (-?\\d+)\\b");

  private PmdRunner() {}

  /** The test classpath: JDK, Netty, annotations; what a build passes as auxclasspath. */
  static List<Path> testClasspath() {
    return Pmd.withJdk(Classpaths.ofThisJvm());
  }

  /** The running JDK's own classes, named explicitly so PMD need not guess them. */
  static List<Path> jdkOnly() {
    return Pmd.withJdk(List.of());
  }

  /** Analyses {@code files} with the rule configured by {@code properties} (PMD names). */
  static Report analyse(Collection<Path> files, Map<String, String> properties,
      List<Path> auxclasspath, int threads, Path workDir, Renderer... renderers) {
    Path ruleset = PmdRuleset.named("test").reference(RULE_REF, properties).writeIn(workDir);
    return Pmd.withRuleset(ruleset)
        .threads(threads)
        .auxclasspath(auxclasspath)
        .renderers(renderers)
        .analyse(files);
  }

  /** The violations as corpus findings, files relative to {@code root}. */
  static List<Finding> findings(Report report, Path root) {
    List<Finding> findings = new ArrayList<>();
    for (RuleViolation v : report.getViolations()) {
      String file = FixtureCorpus.relativeName(root, Path.of(v.getFileId().getAbsolutePath()));
      findings.add(new Finding(file, v.getBeginLine(), valueOf(v.getDescription())));
    }
    findings.sort(null);
    return findings;
  }

  static int valueOf(String message) {
    Matcher m = VALUE.matcher(message);
    if (!m.find()) {
      throw new AssertionError("Message does not start with 'listen backlog N': " + message);
    }
    return Integer.parseInt(m.group(1));
  }
}
