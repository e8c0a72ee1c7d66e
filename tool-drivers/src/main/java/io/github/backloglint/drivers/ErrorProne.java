package io.github.backloglint.drivers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The options Error Prone gets as a javac plugin. A build must pass all of them in the one
 * {@code -Xplugin:ErrorProne ...} argument: given apart, javac takes them for its own and fails.
 *
 * @param options Error Prone's own options, each without spaces, e.g. {@code -XepDisableAllChecks}
 */
public record ErrorProne(List<String> options) {

  /**
   * What a JVM that runs Error Prone in javac needs: javac's internal packages exported and two
   * of them opened to the classpath (as the root POM's {@code jdk.compiler.access} for Surefire,
   * and a consumer's {@code .mvn/jvm.config}). Without them Error Prone fails with an
   * {@code IllegalAccessError}.
   */
  public static final List<String> JVM_ACCESS = Stream.concat(
          Stream.of("api", "code", "comp", "file", "main", "model", "parser", "processing", "tree", "util")
              .map(p -> "--add-exports=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED"),
          Stream.of("code", "comp")
              .map(p -> "--add-opens=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED"))
      .toList();

  public ErrorProne {
    options = List.copyOf(options);
  }

  /** Error Prone with {@code options} (each an option, as a command line spells it). */
  public static ErrorProne withOptions(String... options) {
    return new ErrorProne(Arrays.asList(options));
  }

  /** Error Prone with every built-in check off: it runs, but reports nothing of its own. */
  public static ErrorProne allChecksDisabled() {
    return withOptions("-XepDisableAllChecks");
  }

  /** Only {@code check} enabled, as a warning: how the checkers' users run one plugin check. */
  public static ErrorProne onlyCheck(String check) {
    return allChecksDisabled().enabling(check, "WARN");
  }

  /** These options and {@code -Xep:check:severity}. */
  public ErrorProne enabling(String check, String severity) {
    return adding("-Xep:" + check + ":" + severity);
  }

  /** These options and a {@code -XepOpt:name=value} for each flag, in the map's order. */
  public ErrorProne withFlags(Map<String, String> flags) {
    List<String> all = new ArrayList<>(options);
    flags.forEach((name, value) -> all.add("-XepOpt:" + name + "=" + value));
    return new ErrorProne(all);
  }

  /** The one javac argument: {@code -Xplugin:ErrorProne} followed by every option. */
  public String pluginArgument() {
    StringBuilder argument = new StringBuilder("-Xplugin:ErrorProne");
    options.forEach(option -> argument.append(' ').append(option));
    return argument.toString();
  }

  private ErrorProne adding(String option) {
    List<String> all = new ArrayList<>(options);
    all.add(option);
    return new ErrorProne(all);
  }
}
