package io.github.backloglint.drivers;

import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What one javac run returned, reported and printed.
 *
 * @param success javac's own verdict (false after any error, a check's included)
 * @param diagnostics every diagnostic in the order javac reported them
 * @param output what javac printed besides its diagnostics (e.g. a crash report)
 */
public record Compilation(
    boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {

  public Compilation {
    diagnostics = List.copyOf(diagnostics);
  }

  /** The diagnostics of one kind, e.g. every error. */
  public List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
  }

  /**
   * What Error Prone's {@code check} reported: the diagnostics whose message starts with
   * {@code [check] }, as Error Prone prefixes each of them.
   */
  public List<Diagnostic<? extends JavaFileObject>> reportedBy(String check) {
    String prefix = "[" + check + "] ";
    return diagnostics.stream().filter(d -> d.getMessage(Locale.ROOT).startsWith(prefix)).toList();
  }

  /** This compilation, or an exception listing its errors when it failed. */
  public Compilation requireSuccess() {
    if (success) {
      return this;
    }
    StringBuilder errors = new StringBuilder("The sources do not compile:");
    ofKind(Diagnostic.Kind.ERROR).forEach(d -> errors.append("\n  ").append(d));
    if (!output.isBlank()) {
      errors.append('\n').append(output);
    }
    throw new IllegalStateException(errors.toString());
  }
}
