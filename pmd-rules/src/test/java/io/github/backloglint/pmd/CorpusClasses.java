package io.github.backloglint.pmd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.backloglint.drivers.Javac;

/**
 * Compiles the live corpus sources into this module's own folder: PMD resolves a constant of
 * another corpus class (Limits.ADMIN_BACKLOG) from the auxclasspath, as it does in a real build
 * where the project's classes are on it, and the installed test-fixtures jar may be older.
 */
final class CorpusClasses {

  private CorpusClasses() {}

  /** The compiled corpus folder followed by the test classpath. */
  static synchronized List<Path> auxclasspath(Path corpusRoot) {
    Path out = Path.of("target", "corpus-classes").toAbsolutePath();
    new Javac()
        .classpath(PmdRunner.testClasspath())
        .options("-proc:none", "-nowarn")
        .compile(javaFiles(corpusRoot.resolve("corpus")), out)
        .requireSuccess();
    List<Path> auxclasspath = new ArrayList<>(List.of(out));
    auxclasspath.addAll(PmdRunner.testClasspath());
    return auxclasspath;
  }

  private static List<Path> javaFiles(Path sources) {
    try (Stream<Path> walk = Files.walk(sources)) {
      return walk.filter(p -> p.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
