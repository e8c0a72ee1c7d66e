package io.github.backloglint.realworld;

import io.github.backloglint.core.BacklogRule;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

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
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      List<String> arguments = List.of(
          "-XDcompilePolicy=simple",
          "--should-stop=ifError=FLOW",
          "-encoding", "UTF-8",
          "-Xmaxwarns", "100000",
          "-Xmaxerrs", "100000",
          "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
          // The runner's own classpath holds Error Prone and the check, as a build's processor path.
          "-processorpath", System.getProperty("java.class.path"),
          "-d", classes.toString(),
          "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:" + BacklogRule.NAME + ":WARN");
      boolean success = javac.getTask(output, fileManager, diagnostics, arguments, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();

      List<Finding> findings = new ArrayList<>();
      List<String> ours = new ArrayList<>();
      List<String> compileErrors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
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
      String note = success ? "compiled" : "did not compile: " + compileErrors.size() + " errors";
      List<String> other = compileErrors.size() > 5 ? compileErrors.subList(0, 5) : compileErrors;
      return new ToolRun(tool, files.size(), findings, ours, other,
          (System.nanoTime() - start) / 1_000_000, note);
    } catch (IOException | RuntimeException e) {
      return ToolRun.crashed(tool, e, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
