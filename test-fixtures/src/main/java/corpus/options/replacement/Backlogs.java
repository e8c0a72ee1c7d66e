// backlog-lint options: replacement=corpus.options.replacement.Backlogs.max()
package corpus.options.replacement;

/** The project's own backlog policy, named by the replacement option. */
public final class Backlogs {

  private Backlogs() {}

  /** The largest backlog: the kernel lowers it to its own limit. */
  public static int max() {
    return Integer.MAX_VALUE;
  }
}
