package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.IntAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.StringAnnotation;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.drivers.Classpaths;
import io.github.backloglint.drivers.Javac;
import io.github.backloglint.drivers.SpotBugsAnalysis;
import io.github.backloglint.drivers.SpotBugsEngine;
import io.github.backloglint.drivers.SpotBugsPlugin;
import io.github.backloglint.fixtures.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real SpotBugs engine with this module's plugin over compiled classes, the way the CLI
 * and the Maven plugin do, and collects what {@code SMALL_LISTEN_BACKLOG} reported. Also compiles
 * test sources with {@code -g}, as a normal build does.
 */
final class SpotBugsRun {

  /** One analysis: the findings, the bug instances behind them, and the analysis errors. */
  record Result(List<Finding> findings, List<BugInstance> bugs, List<String> errors) {}

  /** This module's classes and resources: the plugin, packed into a jar by the driver. */
  private static final SpotBugsPlugin PLUGIN = SpotBugsPlugin.load(moduleClasses());

  private SpotBugsRun() {}

  /**
   * Jars of the test classpath that the corpus compiles against (backlog-lint-frameworks too: the
   * server frameworks, the configuration libraries and the injection annotations), and the Kotlin
   * standard library with its annotations (org.jetbrains:annotations), which the compiled Kotlin
   * corpus calls.
   */
  private static final List<String> LIBRARY_PREFIXES =
      List.of("netty-", "spotbugs-annotations-", "jsr305-", "jetty-", "tomcat-", "undertow-",
          "xnio-", "vertx-", "mina-", "libthrift-", "grizzly-", "httpcore", "httpclient",
          "hadoop-common-", "hadoop-annotations-", "commons-configuration2-",
          "microprofile-config-api-", "javax.inject-", "jakarta.inject-api-",
          "jakarta.annotation-api-",
          "kotlin-stdlib", "annotations-",
          // Application frameworks (Javalin runs on Jetty's websocket modules).
          "javalin-", "websocket-",
          // Server libraries: Spring Integration (and the Spring jars it needs), SSHD, Pekko and
          // Akka with the Scala library and what their types refer to.
          "spring-", "reactor-core-", "micrometer-", "sshd-", "slf4j-api-", "pekko-", "akka-",
          "scala-library-", "config-", "reactive-streams-", "ssl-config-", "parboiled");

  /** The test classpath entries SpotBugs needs to resolve types: frameworks and annotations. */
  static List<Path> libraries() {
    return Classpaths.ofThisJvmNamed(LIBRARY_PREFIXES);
  }

  /** Compiles {@code sources} (with {@code sourceRoot} for references) into {@code out}, with {@code -g}. */
  static void compile(List<Path> sources, Path sourceRoot, Path out, List<Path> classpath) {
    compile(sources, sourceRoot, out, classpath, "-g");
  }

  /**
   * Compiles {@code sources} with the debug information {@code debug} asks for: {@code -g} (a
   * LocalVariableTable, as Maven and Gradle builds make) or {@code -g:source,lines} (javac's own
   * default: none).
   */
  static void compile(
      List<Path> sources, Path sourceRoot, Path out, List<Path> classpath, String debug) {
    new Javac()
        .classpath(classpath)
        .options(debug, "-proc:none", "-implicit:none", "-nowarn", "-sourcepath", sourceRoot.toString())
        .compile(sources, out)
        .requireSuccess();
  }

  /** Writes {@code sources} (path relative to a source root → text) under {@code root}, compiles them. */
  static Path compileInline(Path root, Map<String, String> sources, List<Path> classpath) {
    Path src = root.resolve("src");
    Path classes = root.resolve("classes");
    List<Path> files = new ArrayList<>();
    try {
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    compile(files, src, classes, classpath);
    return classes;
  }

  /**
   * Analyses the classes under {@code classes} with {@code aux} on the aux classpath (the JDK is
   * always there) and the system properties {@code properties} set for the run: SpotBugs' default
   * detectors and the plugin's, every priority, a fresh detector collection each time.
   */
  static Result analyse(Path classes, List<Path> aux, Map<String, String> properties) {
    SpotBugsAnalysis analysis = SpotBugsEngine.withPlugin(PLUGIN)
        .reportEverything()
        .freshDetectorCollection()
        .auxClasspath(aux)
        .systemProperties(properties)
        .analyse(List.of(classes));
    List<BugInstance> bugs = analysis.bugsOfType(BacklogRule.SPOTBUGS_PATTERN);
    List<String> errors = new ArrayList<>();
    for (AbstractBugReporter.Error error : analysis.errors()) {
      errors.add(error.getMessage() + (error.getCause() == null ? "" : " (" + error.getCause() + ")"));
    }
    return new Result(bugs.stream().map(SpotBugsRun::finding).sorted().toList(), bugs, errors);
  }

  /** The finding a bug stands for: its source file, line and backlog value. */
  static Finding finding(BugInstance bug) {
    SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
    return new Finding(line.getSourcePath(), line.getStartLine(), value(bug));
  }

  static int value(BugInstance bug) {
    return bug.getAnnotations().stream()
        .filter(IntAnnotation.class::isInstance)
        .map(a -> ((IntAnnotation) a).getValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no int annotation on " + bug));
  }

  /** The message text: the string annotation holding core's BacklogRule.message. */
  static String message(BugInstance bug) {
    return bug.getAnnotations().stream()
        .filter(StringAnnotation.class::isInstance)
        .map(a -> ((StringAnnotation) a).getValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no string annotation on " + bug));
  }

  /** The folder (or jar) this module's main classes were loaded from. */
  private static Path moduleClasses() {
    try {
      return Paths.get(SmallListenBacklogDetector.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
