package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.IntAnnotation;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.StringAnnotation;
import edu.umd.cs.findbugs.config.UserPreferences;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.fixtures.Finding;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the real SpotBugs engine ({@link FindBugs2}) with this module's plugin over compiled
 * classes, the way the CLI and the Maven plugin do, and collects what {@code SMALL_LISTEN_BACKLOG}
 * reported. Also compiles test sources with {@code -g}, as a normal build does.
 */
final class SpotBugsRun {

  /** One analysis: the findings, the bug instances behind them, and the analysis errors. */
  record Result(List<Finding> findings, List<BugInstance> bugs, List<String> errors) {}

  private static final Path PLUGIN_JAR = pluginJar();

  private SpotBugsRun() {}

  /**
   * Jars of the test classpath that the corpus compiles against (backlog-lint-frameworks too), and
   * the Kotlin standard library with its annotations (org.jetbrains:annotations), which the
   * compiled Kotlin corpus calls.
   */
  private static final List<String> LIBRARY_PREFIXES =
      List.of("netty-", "spotbugs-annotations-", "jsr305-", "jetty-", "tomcat-", "undertow-",
          "xnio-", "vertx-", "mina-", "libthrift-", "grizzly-", "httpcore", "httpclient",
          "kotlin-stdlib", "annotations-");

  /** The test classpath entries SpotBugs needs to resolve types: frameworks and annotations. */
  static List<Path> libraries() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Paths::get)
        .filter(p -> {
          String name = p.getFileName().toString();
          return LIBRARY_PREFIXES.stream().anyMatch(name::startsWith);
        })
        .toList();
  }

  /** Compiles {@code sources} (with {@code sourceRoot} for references) into {@code out}. */
  static void compile(List<Path> sources, Path sourceRoot, Path out, List<Path> classpath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      Files.createDirectories(out);
      List<String> options = new ArrayList<>(List.of("-g", "-proc:none", "-implicit:none", "-nowarn",
          "-d", out.toString(), "-sourcepath", sourceRoot.toString(),
          "-classpath", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList())));
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok) {
        StringBuilder errors = new StringBuilder("The sources do not compile:");
        for (Diagnostic<?> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            errors.append("\n  ").append(d);
          }
        }
        throw new AssertionError(errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
   * always there) and the system properties {@code properties} set for the run.
   */
  static Result analyse(Path classes, List<Path> aux, Map<String, String> properties) {
    Map<String, String> previous = new HashMap<>();
    properties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
    try {
      return analyse(classes, aux);
    } finally {
      previous.forEach((k, v) -> {
        if (v == null) {
          System.clearProperty(k);
        } else {
          System.setProperty(k, v);
        }
      });
    }
  }

  private static Result analyse(Path classes, List<Path> aux) {
    DetectorFactoryCollection.resetInstance(new DetectorFactoryCollection());
    try (FindBugs2 engine = new FindBugs2(); Project project = new Project()) {
      String pluginId = Plugin.addCustomPlugin(PLUGIN_JAR.toUri()).getPluginId();
      project.setPluginStatusTrinary(pluginId, Boolean.TRUE);
      project.addFile(classes.toAbsolutePath().toString());
      aux.forEach(p -> project.addAuxClasspathEntry(p.toAbsolutePath().toString()));
      engine.setProject(project);
      engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
      BugCollectionBugReporter reporter = new BugCollectionBugReporter(project);
      reporter.setPriorityThreshold(Priorities.LOW_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      preferences.getFilterSettings().clearAllCategories();
      engine.setUserPreferences(preferences);
      engine.execute();
      List<BugInstance> bugs = reporter.getBugCollection().getCollection().stream()
          .filter(b -> b.getType().equals(BacklogRule.SPOTBUGS_PATTERN))
          .toList();
      List<String> errors = new ArrayList<>();
      for (AbstractBugReporter.Error error : reporter.getQueuedErrors()) {
        errors.add(error.getMessage() + (error.getCause() == null ? "" : " (" + error.getCause() + ")"));
      }
      return new Result(bugs.stream().map(SpotBugsRun::finding).sorted().toList(), bugs, errors);
    } catch (IOException | PluginException e) {
      throw new AssertionError("SpotBugs failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
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

  /** A jar of this module's classes and resources, loadable as a SpotBugs plugin. */
  private static Path pluginJar() {
    try {
      Path classes = Paths.get(SmallListenBacklogDetector.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      Path jar = Files.createTempFile("backlog-lint-spotbugs", ".jar");
      jar.toFile().deleteOnExit();
      try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
          Stream<Path> walk = Files.walk(classes)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
      Plugin.loadCustomPlugin(jar.toFile(), null);
      return jar;
    } catch (IOException | URISyntaxException | PluginException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
