package io.github.backloglint.drivers;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JDK's javac through its API, in this JVM, as a build runs it: UTF-8 sources, a classpath, an
 * output folder, and optionally Error Prone as a plugin ({@link ErrorProne}) with the two options
 * it needs ({@code -XDcompilePolicy=simple --should-stop=ifError=FLOW}). Every diagnostic and
 * everything javac prints is kept in the {@link Compilation}.
 *
 * <p>Error Prone finds its plugin checks on the processor path (their {@code META-INF/services});
 * an empty processor path makes it search its own class loader instead. The JVM needs javac's
 * internals exported and opened for Error Prone (the root POM's {@code jdk.compiler.access}, which
 * Surefire gets as its {@code argLine}); plain javac needs nothing.
 *
 * <p>A configuration: set it up once, {@link #compile} as often as needed.
 */
public final class Javac {

  /** javac stops printing warnings, and so reporting findings, after 100 by default. */
  private static final String MAX_WARNINGS = "100000";

  private String classpath = "";
  private String processorPath;
  private final List<String> options = new ArrayList<>();
  private ErrorProne errorProne;
  private Consumer<JavacTask> beforeCall = task -> {};

  /** The classpath the sources compile against (empty by default). */
  public Javac classpath(List<Path> entries) {
    return classpath(Classpaths.joined(entries));
  }

  /** The classpath, as one string of entries joined by the path separator. */
  public Javac classpath(String entries) {
    this.classpath = entries;
    return this;
  }

  /** Where annotation processors and Error Prone's plugin checks are found (none by default). */
  public Javac processorPath(List<Path> entries) {
    return processorPath(Classpaths.joined(entries));
  }

  /** The processor path, as one string of entries joined by the path separator. */
  public Javac processorPath(String entries) {
    this.processorPath = entries;
    return this;
  }

  /** More javac options, e.g. {@code -g}, {@code -proc:none}, {@code -Xmaxerrs 100000}. */
  public Javac options(String... more) {
    options.addAll(List.of(more));
    return this;
  }

  /** Runs Error Prone as a javac plugin with these options. */
  public Javac errorProne(ErrorProne plugin) {
    this.errorProne = plugin;
    return this;
  }

  /** Called with each task before it runs, e.g. to add a task listener. */
  public Javac beforeCall(Consumer<JavacTask> hook) {
    this.beforeCall = hook;
    return this;
  }

  /** The arguments javac gets for output folder {@code classes}. */
  List<String> arguments(Path classes) {
    List<String> arguments = new ArrayList<>();
    if (errorProne != null) {
      arguments.addAll(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW"));
    }
    arguments.addAll(List.of("-encoding", "UTF-8", "-Xmaxwarns", MAX_WARNINGS));
    arguments.addAll(options);
    arguments.addAll(List.of("-classpath", classpath));
    if (processorPath != null) {
      arguments.addAll(List.of("-processorpath", processorPath));
    }
    arguments.addAll(List.of("-d", classes.toString()));
    if (errorProne != null) {
      arguments.add(errorProne.pluginArgument());
    }
    return arguments;
  }

  /** Compiles {@code sources} into {@code classes} (created when missing). */
  public Compilation compile(Collection<Path> sources, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      JavacTask task = (JavacTask) javac.getTask(output, files, diagnostics, arguments(classes),
          null, files.getJavaFileObjectsFromPaths(sources));
      beforeCall.accept(task);
      boolean success = task.call();
      return new Compilation(success, diagnostics.getDiagnostics(), output.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
