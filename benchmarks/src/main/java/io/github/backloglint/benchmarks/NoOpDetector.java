package io.github.backloglint.benchmarks;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;

/**
 * The baseline for the SpotBugs detector: a detector registered the same way (a plugin jar with
 * its own findbugs.xml, messages.xml and bugrank.txt, speed "fast") that looks at nothing and
 * reports nothing. It only counts the classes it is handed, so that a run proves SpotBugs really
 * ran it (a plugin without a rank file is silently never run). The harness packs it into a plugin
 * jar of its own; it is not part of any shipped jar.
 */
public class NoOpDetector implements Detector {

  static long classes;

  public NoOpDetector(BugReporter bugReporter) {
    // Nothing to report to.
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    classes++;
  }

  @Override
  public void report() {
    // Printed here: the plugin's class loader may hold a copy of this class of its own.
    System.out.println("bench-noop classes=" + classes);
  }
}
