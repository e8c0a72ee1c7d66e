package io.github.backloglint.core;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The rule's options, the same in every tool; each tool reads them its own way (Error Prone flags,
 * PMD properties, SpotBugs system properties) and validates them here.
 *
 * @param minimumBacklog the smallest backlog that is not reported (default 1024)
 * @param ignoreEphemeralPorts whether listeners on port 0 / a {@code null} address are exempt
 * @param ignorePortProbes whether sockets that are only bound, asked and closed are exempt
 * @param reportFrameworkDefaults whether servers built without their framework's knob are reported
 * @param replacement the configured replacement, or {@code null} for each sink's default
 */
public record BacklogOptions(
    int minimumBacklog,
    boolean ignoreEphemeralPorts,
    boolean ignorePortProbes,
    boolean reportFrameworkDefaults,
    Replacement replacement) {

  public static final int DEFAULT_MINIMUM_BACKLOG = 1024;

  public static final BacklogOptions DEFAULTS =
      new BacklogOptions(DEFAULT_MINIMUM_BACKLOG, true, true, true, null);

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
   * Reads all five options through {@code lookup}, which maps a neutral option name ({@code
   * minimumBacklog}, {@code ignoreEphemeralPorts}, {@code ignorePortProbes}, {@code
   * reportFrameworkDefaults}, {@code replacement})
   * to the raw value or {@code null}; {@code displayName} maps it to the name the user wrote, for
   * errors.
   */
  public static BacklogOptions read(UnaryOperator<String> lookup, UnaryOperator<String> displayName) {
    String minimum = lookup.apply("minimumBacklog");
    String ephemeral = lookup.apply("ignoreEphemeralPorts");
    String probes = lookup.apply("ignorePortProbes");
    String defaults = lookup.apply("reportFrameworkDefaults");
    String replacement = lookup.apply("replacement");
    return new BacklogOptions(
        minimum == null
            ? DEFAULT_MINIMUM_BACKLOG
            : parseMinimum(displayName.apply("minimumBacklog"), minimum),
        ephemeral == null || parseBoolean(displayName.apply("ignoreEphemeralPorts"), ephemeral),
        probes == null || parseBoolean(displayName.apply("ignorePortProbes"), probes),
        defaults == null || parseBoolean(displayName.apply("reportFrameworkDefaults"), defaults),
        replacement == null ? null : Replacement.parse(displayName.apply("replacement"), replacement));
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
