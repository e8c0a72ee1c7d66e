package io.github.backloglint.drivers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A user's PMD ruleset file: rules referenced from a jar's ruleset (with properties, as a build
 * configures them) or declared by their class. Written in PMD's ruleset 2.0.0 format.
 */
public final class PmdRuleset {

  private final String name;
  private final StringBuilder rules = new StringBuilder();

  private PmdRuleset(String name) {
    this.name = name;
  }

  /** An empty ruleset called {@code name} (also its description). */
  public static PmdRuleset named(String name) {
    return new PmdRuleset(name);
  }

  /** References a shipped rule, e.g. {@code category/x/rules.xml/SomeRule}, with its defaults. */
  public PmdRuleset reference(String ruleRef) {
    return reference(ruleRef, Map.of());
  }

  /** References a shipped rule and sets {@code properties} (PMD's property names) on it. */
  public PmdRuleset reference(String ruleRef, Map<String, String> properties) {
    rules.append("  <rule ref=\"").append(escaped(ruleRef)).append('"');
    if (properties.isEmpty()) {
      rules.append("/>\n");
      return this;
    }
    rules.append(">\n    <properties>\n");
    properties.forEach((property, value) -> rules.append("      <property name=\"")
        .append(escaped(property)).append("\" value=\"").append(escaped(value)).append("\"/>\n"));
    rules.append("    </properties>\n  </rule>\n");
    return this;
  }

  /** Declares a Java rule by its class, e.g. a baseline rule that is in no ruleset. */
  public PmdRuleset javaRule(String ruleName, String className, String message) {
    rules.append("  <rule name=\"").append(escaped(ruleName)).append("\" language=\"java\" message=\"")
        .append(escaped(message)).append("\" class=\"").append(escaped(className)).append("\"/>\n");
    return this;
  }

  /** The ruleset's XML. */
  public String xml() {
    return "<?xml version=\"1.0\"?>\n"
        + "<ruleset name=\"" + escaped(name) + "\" xmlns=\"http://pmd.sourceforge.net/ruleset/2.0.0\">\n"
        + "  <description>" + escaped(name) + "</description>\n"
        + rules
        + "</ruleset>\n";
  }

  /** Writes the ruleset to {@code file} and returns it. */
  public Path writeTo(Path file) {
    try {
      return Files.writeString(file, xml());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the ruleset to a new file in {@code folder} and returns it. */
  public Path writeIn(Path folder) {
    try {
      return writeTo(Files.createTempFile(folder, "ruleset", ".xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
