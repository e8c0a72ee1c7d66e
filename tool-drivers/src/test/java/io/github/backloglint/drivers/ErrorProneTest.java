package io.github.backloglint.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error Prone's options reach javac as one argument, after the options it needs. */
class ErrorProneTest {

  @Test
  void oneCheckWithItsFlagsIsOneArgument() {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("Check:Minimum", "64");
    flags.put("Check:Replacement", "a.B.max()");

    assertThat(ErrorProne.onlyCheck("Check").withFlags(flags).pluginArgument())
        .isEqualTo("-Xplugin:ErrorProne -XepDisableAllChecks -Xep:Check:WARN"
            + " -XepOpt:Check:Minimum=64 -XepOpt:Check:Replacement=a.B.max()");
    assertThat(ErrorProne.allChecksDisabled().pluginArgument())
        .isEqualTo("-Xplugin:ErrorProne -XepDisableAllChecks");
  }

  /** This module's Surefire runs with the root POM's jdk.compiler.access: the same options. */
  @Test
  void theJvmOptionsAreTheBuildsOwn() {
    List<String> surefireJvm = ManagementFactory.getRuntimeMXBean().getInputArguments();

    assertThat(ErrorProne.JVM_ACCESS).hasSize(12);
    assertThat(surefireJvm).containsAll(ErrorProne.JVM_ACCESS);
    assertThat(surefireJvm.stream().filter(o -> o.contains("jdk.compiler/")))
        .containsExactlyInAnyOrderElementsOf(ErrorProne.JVM_ACCESS);
  }

  @Test
  void javacGetsTheCompilePolicyOnlyWithErrorProne() {
    Path classes = Path.of("classes");
    Javac plain = new Javac().classpath("a.jar").options("-proc:none");
    Javac withErrorProne =
        new Javac().classpath("a.jar").processorPath("p.jar").errorProne(ErrorProne.onlyCheck("C"));

    assertThat(plain.arguments(classes)).containsExactly(
        "-encoding", "UTF-8", "-Xmaxwarns", "100000", "-proc:none", "-classpath", "a.jar",
        "-d", "classes");
    assertThat(withErrorProne.arguments(classes)).containsExactly(
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-encoding", "UTF-8",
        "-Xmaxwarns", "100000", "-classpath", "a.jar", "-processorpath", "p.jar", "-d", "classes",
        "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:C:WARN");
  }
}
