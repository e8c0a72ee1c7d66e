package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.BugReporter;
import io.github.backloglint.core.BacklogOption;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;

/**
 * The options as SpotBugs users give them: JVM system properties of the run, named by core's
 * {@link BacklogOption#systemProperty()} ({@code backloglint.minimumBacklog}, ...).
 */
final class SystemPropertyOptions {

  /** The prefix of every option's system property. */
  static final String PREFIX = BacklogOption.SYSTEM_PROPERTY_PREFIX;

  private SystemPropertyOptions() {}

  /**
   * The options from system properties, or {@code null} (the detector is then off) after logging
   * why: a malformed value is one analysis error naming the property and the value.
   */
  static BacklogOptions read(BugReporter bugReporter) {
    try {
      return BacklogOptions.read(
          option -> System.getProperty(option.systemProperty()), BacklogOption::systemProperty);
    } catch (IllegalArgumentException e) {
      bugReporter.logError(
          BacklogRule.SPOTBUGS_PATTERN + ": " + e.getMessage() + "; the detector is disabled");
      return null;
    }
  }
}
