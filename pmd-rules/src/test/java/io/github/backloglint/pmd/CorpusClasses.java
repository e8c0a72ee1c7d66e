package io.github.backloglint.pmd;

import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles the live corpus sources into this module's own folder: PMD resolves a constant of
 * another corpus class (Limits.ADMIN_BACKLOG) from the auxclasspath, as it does in a real build
 * where the project's classes are on it, and the installed test-fixtures jar may be older.
 */
final class CorpusClasses {

  private CorpusClasses() {}

  /** The compiled corpus folder followed by the test classpath. */
  static synchronized String auxclasspath(Path corpusRoot) {
    Path out = Path.of("target", "corpus-classes").toAbsolutePath();
    compile(corpusRoot.resolve("corpus"), out);
    return out + File.pathSeparator + PmdRunner.testClasspath();
  }

  private static void compile(Path sources, Path out) {
    List<String> args = new ArrayList<>(
        List.of("-proc:none", "-nowarn", "-d", out.toString(), "-cp", PmdRunner.testClasspath()));
    try (Stream<Path> walk = Files.walk(sources)) {
      Files.createDirectories(out);
      walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, null, diagnostics, args.toArray(String[]::new));
    if (status != 0) {
      throw new AssertionError("The corpus does not compile:\n" + diagnostics);
    }
  }
}
