package io.github.backloglint.drivers;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.ProjectStats;
import java.util.List;

/**
 * What one SpotBugs run reported.
 *
 * @param bugs every bug instance reported, of every pattern, above the run's thresholds
 * @param errors the analysis errors the engine queued (a detector's exception among them)
 * @param missingClasses how many classes the analysed code used that were on no classpath
 * @param classes how many classes the engine analysed
 * @param stats the run's statistics, with SpotBugs' profile of each detector's time
 */
public record SpotBugsAnalysis(List<BugInstance> bugs, List<AbstractBugReporter.Error> errors,
    int missingClasses, int classes, ProjectStats stats) {

  /** The bugs of one pattern, e.g. a plugin's own. */
  public List<BugInstance> bugsOfType(String pattern) {
    return bugs.stream().filter(bug -> bug.getType().equals(pattern)).toList();
  }
}
