package io.github.backloglint.pmd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.backloglint.fixtures.FixtureCorpus;
import io.github.backloglint.fixtures.Finding;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.renderers.Renderer;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * Runs PMD as a user would: a ruleset file that references the rule in the jar and sets its
 * properties, over source files, with or without an auxclasspath.
 */
final class PmdRunner {

  static final String RULESET = "io/github/backloglint/pmd/backlog-lint.xml";
  static final String RULE_REF = RULESET + "/SmallListenBacklog";

  private static final Pattern VALUE = Pattern.compile("^listen backlog (-?\\d+)\\b");

  private PmdRunner() {}

  /** The test classpath: JDK, Netty, annotations; what a build passes as auxclasspath. */
  static String testClasspath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classpath =
        surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return jdkOnly() + java.io.File.pathSeparator + classpath;
  }

  /** The running JDK's own classes, named explicitly so PMD need not guess them. */
  static String jdkOnly() {
    return Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar").toString();
  }

  /** Analyses {@code files} with the rule configured by {@code properties} (PMD names). */
  static Report analyse(Collection<Path> files, Map<String, String> properties, String auxclasspath,
      int threads, Path workDir, Renderer... renderers) {
    PMDConfiguration config = new PMDConfiguration();
    config.setThreads(threads);
    config.setIgnoreIncrementalAnalysis(true);
    if (auxclasspath != null) {
      config.prependAuxClasspath(auxclasspath);
    }
    config.addRuleSet(writeRuleset(properties, workDir).toString());
    files.forEach(config::addInputPath);
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      for (Renderer renderer : renderers) {
        pmd.addRenderer(renderer);
      }
      return pmd.performAnalysisAndCollectReport();
    }
  }

  /** A user's ruleset that references the shipped rule and sets the given properties. */
  static Path writeRuleset(Map<String, String> properties, Path workDir) {
    StringBuilder props = new StringBuilder();
    properties.forEach(
        (name, value) ->
            props.append("      <property name=\"").append(name).append("\" value=\"")
                .append(value).append("\"/>\n"));
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<ruleset name=\"test\" xmlns=\"http://pmd.sourceforge.net/ruleset/2.0.0\">\n"
            + "  <description>test</description>\n"
            + "  <rule ref=\"" + RULE_REF + "\">\n"
            + "    <properties>\n" + props + "    </properties>\n"
            + "  </rule>\n"
            + "</ruleset>\n";
    try {
      Path file = Files.createTempFile(workDir, "ruleset", ".xml");
      Files.writeString(file, xml);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
