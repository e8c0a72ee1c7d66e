package io.github.backloglint.core;

import java.util.Locale;
import java.util.function.Function;

/**
 * The rule's options, the same in every tool, as {@link BacklogOption} declares them; each tool
 * reads them under its own spelling (Error Prone flags, PMD properties, SpotBugs system properties)
 * through {@link #read}.
 *
 * @param minimumBacklog the smallest backlog that is not reported (default 1024)
 * @param ignoreEphemeralPorts whether listeners on port 0 / a {@code null} address are exempt
 * @param ignorePortProbes whether sockets that are only bound, asked and closed are exempt
 * @param reportFrameworkDefaults whether servers built without their framework's knob are reported
 * @param reportConfigurableDefaults whether a backlog that is a field's default or a configuration
 *     read's fallback is reported
 * @param replacement the configured replacement, or {@code null} for each sink's default
 */
public record BacklogOptions(
    int minimumBacklog,
    boolean ignoreEphemeralPorts,
    boolean ignorePortProbes,
    boolean reportFrameworkDefaults,
    boolean reportConfigurableDefaults,
    Replacement replacement) {

  public static final int DEFAULT_MINIMUM_BACKLOG = 1024;

  public static final BacklogOptions DEFAULTS =
      new BacklogOptions(DEFAULT_MINIMUM_BACKLOG, true, true, true, true, null);

  /** The replacement for a sink of the table: the configured one, else the row's own default. */
  public Replacement replacementFor(Sink sink) {
    return replacement != null ? replacement : Replacement.of(sink.fix());
  }

  /** The replacement for a server built without its knob: the configured one, else the row's. */
  public Replacement replacementFor(FrameworkDefault row) {
    return replacement != null ? replacement : Replacement.of(row.fix());
  }

  /** Whether a sink of the table is reported at all with these options. */
  public boolean reports(Sink sink) {
    return reportFrameworkDefaults || !sink.isFrameworkDefault();
  }

  /**
   * Reads every option of {@link BacklogOption#ALL} through {@code lookup}, which maps an option to
   * its raw text or {@code null} when the user set none; {@code displayName} gives the option's
   * name as the user wrote it (a flag, a property), for errors.
   *
   * @throws IllegalArgumentException naming the option as the user wrote it and the value, when a
   *     value is malformed
   */
  public static BacklogOptions read(
      Function<BacklogOption<?>, String> lookup, Function<BacklogOption<?>, String> displayName) {
    return new BacklogOptions(
        value(BacklogOption.MINIMUM_BACKLOG, lookup, displayName, DEFAULT_MINIMUM_BACKLOG),
        value(BacklogOption.IGNORE_EPHEMERAL_PORTS, lookup, displayName, true),
        value(BacklogOption.IGNORE_PORT_PROBES, lookup, displayName, true),
        value(BacklogOption.REPORT_FRAMEWORK_DEFAULTS, lookup, displayName, true),
        value(BacklogOption.REPORT_CONFIGURABLE_DEFAULTS, lookup, displayName, true),
        value(BacklogOption.REPLACEMENT, lookup, displayName, null));
  }

  private static <T> T value(
      BacklogOption<T> option,
      Function<BacklogOption<?>, String> lookup,
      Function<BacklogOption<?>, String> displayName,
      T unset) {
    String text = lookup.apply(option);
    return text == null ? unset : option.parse(displayName.apply(option), text);
  }

  /** Parses a minimum backlog: a whole number of at least 1. */
  public static int parseMinimum(String optionName, String text) {
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the option's name
    }
    throw new IllegalArgumentException(
        "Invalid value for option " + optionName + ": '" + text + "' (expected a whole number >= 1)");
  }

  /** Parses {@code true} or {@code false}, nothing else. */
  public static boolean parseBoolean(String optionName, String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new IllegalArgumentException(
            "Invalid value for option " + optionName + ": '" + text + "' (expected true or false)");
    }
  }
}
