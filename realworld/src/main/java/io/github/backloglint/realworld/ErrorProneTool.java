package io.github.backloglint.realworld;

import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.drivers.Classpaths;
import io.github.backloglint.drivers.Compilation;
import io.github.backloglint.drivers.ErrorProne;
import io.github.backloglint.drivers.Javac;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles a sources jar the way a user's build runs the check: javac with
 * {@code -Xplugin:ErrorProne -XepDisableAllChecks -Xep:SmallListenBacklog:WARN}, the check found
 * by the ServiceLoader on the processor path, the artifact's dependencies on the classpath.
 * A compile error that is not the check's is counted apart from a checker exception.
 */
final class ErrorProneTool {

  private static final Pattern VALUE =
      Pattern.compile("\\[" + BacklogRule.NAME + "\\] listen backlog (-?\\d+)\\b");
  /** How Error Prone reports an exception thrown by a check. */
  private static final String CRASH = "An unhandled exception was thrown by the Error Prone";

  ToolRun compile(String tool, Path sourceRoot, List<Path> classpath, Path classes) {
    long start = System.nanoTime();
    List<Path> files = PmdTool.javaFiles(sourceRoot).stream()
        .filter(p -> !p.getFileName().toString().equals("module-info.java"))
        .toList();
    if (files.isEmpty()) {
      return ToolRun.skipped(tool, "no Java sources");
    }
    try {
      Compilation result = new Javac()
          .classpath(classpath)
          // The runner's own classpath holds Error Prone and the check, as a build's processor path.
          .processorPath(Classpaths.ofThisJvm())
          .options("-Xmaxerrs", "100000")
          .errorProne(ErrorProne.onlyCheck(BacklogRule.NAME))
          .compile(files, classes);

      List<Finding> findings = new ArrayList<>();
      List<String> ours = new ArrayList<>();
      List<String> compileErrors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
        String message = d.getMessage(Locale.ROOT);
        String file = d.getSource() == null ? "?" : PmdTool.relative(sourceRoot, Path.of(d.getSource().toUri()));
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          if (message.contains(CRASH) || message.contains(ToolRun.OUR_PACKAGE)) {
            ours.add(file + ":" + d.getLineNumber() + ": " + ToolRun.firstLines(message, 12));
          } else {
            compileErrors.add(file + ":" + d.getLineNumber() + ": " + ToolRun.firstLines(message, 1));
          }
          continue;
        }
        Matcher m = VALUE.matcher(message);
        if (m.find()) {
          findings.add(new Finding(file, (int) d.getLineNumber(), Integer.parseInt(m.group(1)), ""));
        }
      }
      findings.sort(null);
      String note = result.success() ? "compiled" : "did not compile: " + compileErrors.size() + " errors";
      List<String> other = compileErrors.size() > 5 ? compileErrors.subList(0, 5) : compileErrors;
      return new ToolRun(tool, files.size(), findings, ours, other,
          (System.nanoTime() - start) / 1_000_000, note);
    } catch (RuntimeException e) {
      return ToolRun.crashed(tool, e, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
