package io.github.backloglint.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ruleset file a user would write, with property values escaped for XML. */
class PmdRulesetTest {

  @Test
  void referencesAndDeclaresRules() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("minimum", " 32 ");
    properties.put("replacement", "a<b & \"c\"");

    String xml = PmdRuleset.named("test")
        .reference("x/rules.xml/Plain")
        .reference("x/rules.xml/Configured", properties)
        .javaRule("Baseline", "com.acme.Baseline", "never")
        .xml();

    assertThat(xml).isEqualTo("""
        <?xml version="1.0"?>
        <ruleset name="test" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
          <description>test</description>
          <rule ref="x/rules.xml/Plain"/>
          <rule ref="x/rules.xml/Configured">
            <properties>
              <property name="minimum" value=" 32 "/>
              <property name="replacement" value="a&lt;b &amp; &quot;c&quot;"/>
            </properties>
          </rule>
          <rule name="Baseline" language="java" message="never" class="com.acme.Baseline"/>
        </ruleset>
        """);
  }
}
