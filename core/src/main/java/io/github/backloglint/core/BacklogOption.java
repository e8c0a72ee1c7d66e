package io.github.backloglint.core;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One option of the rule, declared once: its neutral name, its default as the user would write it,
 * what it means, and how its text is read. Each tool derives its own spelling from the declaration —
 * the Error Prone flag {@link #flagName()}, the PMD property {@link #name()}, the SpotBugs system
 * property {@link #systemProperty()} — and reads the value through {@link BacklogOptions#read}.
 *
 * @param name the neutral name, also the PMD property ({@code minimumBacklog})
 * @param defaultText the default as text ({@code ""} for the replacement: each sink's own)
 * @param description what the option does, for PMD's property and the docs
 * @param parser reads the text given under the tool's spelling of the name; throws {@link
 *     IllegalArgumentException} naming that spelling and the text when it is malformed
 * @param <T> the value's type
 */
public record BacklogOption<T>(
    String name, String defaultText, String description, BiFunction<String, String, T> parser) {

  /** The prefix of the SpotBugs system properties. */
  public static final String SYSTEM_PROPERTY_PREFIX = "backloglint.";

  public static final BacklogOption<Integer> MINIMUM_BACKLOG =
      new BacklogOption<>(
          "minimumBacklog",
          String.valueOf(BacklogOptions.DEFAULT_MINIMUM_BACKLOG),
          "The smallest backlog that is not reported: a whole number of at least 1",
          BacklogOptions::parseMinimum);

  public static final BacklogOption<Boolean> IGNORE_EPHEMERAL_PORTS =
      flag("ignoreEphemeralPorts", true,
          "whether listeners on port 0 or a null address are exempt");

  public static final BacklogOption<Boolean> IGNORE_PORT_PROBES =
      flag("ignorePortProbes", true,
          "whether sockets that a method only binds, asks about and closes are exempt");

  public static final BacklogOption<Boolean> REPORT_FRAMEWORK_DEFAULTS =
      flag("reportFrameworkDefaults", true,
          "whether servers built without their framework's backlog setting"
              + " (Jetty, Tomcat, MINA, Thrift, HttpCore defaults) are reported");

  public static final BacklogOption<Boolean> REPORT_CONFIGURABLE_DEFAULTS =
      flag("reportConfigurableDefaults", true,
          "whether a backlog that is its class's default (a field, its getter, a configuration"
              + " read with a hard-coded fallback) is reported");

  public static final BacklogOption<Replacement> REPLACEMENT =
      new BacklogOption<>(
          "replacement",
          "",
          "The backlog the message recommends, a static field or no-argument static method"
              + " with its class (e.g. com.acme.net.Backlogs.max()); empty for Integer.MAX_VALUE,"
              + " or NetUtil.SOMAXCONN for Netty",
          Replacement::parse);

  /** Every option, in the order the docs list them. */
  public static final List<BacklogOption<?>> ALL =
      List.of(MINIMUM_BACKLOG, IGNORE_EPHEMERAL_PORTS, IGNORE_PORT_PROBES, REPORT_FRAMEWORK_DEFAULTS,
          REPORT_CONFIGURABLE_DEFAULTS, REPLACEMENT);

  private static BacklogOption<Boolean> flag(String name, boolean defaultValue, String meaning) {
    return new BacklogOption<>(
        name, String.valueOf(defaultValue), "true or false: " + meaning, BacklogOptions::parseBoolean);
  }

  /** The Error Prone flag: {@code SmallListenBacklog:MinimumBacklog}. */
  public String flagName() {
    return BacklogRule.NAME + ":" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The SpotBugs system property: {@code backloglint.minimumBacklog}. */
  public String systemProperty() {
    return SYSTEM_PROPERTY_PREFIX + name;
  }

  /** The value of {@code text}, read under the tool's spelling {@code displayName}. */
  public T parse(String displayName, String text) {
    return parser.apply(displayName, text);
  }
}
