package io.github.backloglint.drivers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The options Error Prone gets as a javac plugin. A build must pass all of them in the one
 * {@code -Xplugin:ErrorProne ...} argument: given apart, javac takes them for its own and fails.
 *
 * @param options Error Prone's own options, each without spaces, e.g. {@code -XepDisableAllChecks}
 */
public record ErrorProne(List<String> options) {

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
