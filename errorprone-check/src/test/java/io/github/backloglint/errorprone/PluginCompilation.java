package io.github.backloglint.errorprone;

import io.github.backloglint.core.BacklogRule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources the way a user's build runs the check: javac with {@code -Xplugin:ErrorProne}
 * and every Error Prone option in that one argument, the check found by the ServiceLoader on the
 * processor path (the test classpath holds the check's {@code META-INF/services}).
 */
final class PluginCompilation {

  /** What javac returned, reported and printed. */
  record Result(
      boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {

    List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
    }
  }

  private PluginCompilation() {}

  /**
   * Compiles {@code sources} into {@code classes} with only this check enabled, as a warning, and
   * {@code options} (neutral option names) as {@code -XepOpt} flags.
   */
  static Result compile(Path classes, List<Path> sources, Map<String, String> options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    String classPath = System.getProperty("java.class.path");
    List<String> arguments =
        List.of(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            // javac stops printing warnings after 100 by default.
            "-Xmaxwarns",
            "100000",
            "-classpath",
            classPath,
            "-processorpath",
            classPath,
            "-d",
            classes.toString(),
            errorProneArgument(options));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean success =
          javac
              .getTask(
                  output,
                  files,
                  diagnostics,
                  arguments,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      return new Result(success, diagnostics.getDiagnostics(), output.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code -Xplugin:ErrorProne} with every other Error Prone option in the same argument. */
  static String errorProneArgument(Map<String, String> options) {
    StringBuilder plugin =
        new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks -Xep:")
            .append(BacklogRule.NAME)
            .append(":WARN");
    options.forEach(
        (option, value) ->
            plugin
                .append(" -XepOpt:")
                .append(SmallListenBacklog.flagName(option))
                .append('=')
                .append(value));
    return plugin.toString();
  }
}
