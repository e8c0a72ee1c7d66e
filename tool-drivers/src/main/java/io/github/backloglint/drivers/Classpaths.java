package io.github.backloglint.drivers;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Classpaths as lists of entries, and the ones of the running JVM. */
public final class Classpaths {

  private Classpaths() {}

  /**
   * This JVM's classpath: under Surefire the test classpath it names (it may start the JVM with
   * a manifest-only jar), otherwise {@code java.class.path}.
   */
  public static List<Path> ofThisJvm() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classpath =
        surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return split(classpath);
  }

  /**
   * The entries of {@link #ofThisJvm} whose file name starts with one of {@code prefixes}, e.g.
   * {@code "netty-"} for the Netty jars.
   */
  public static List<Path> ofThisJvmNamed(List<String> prefixes) {
    return ofThisJvm().stream()
        .filter(entry -> entry.getFileName() != null
            && prefixes.stream().anyMatch(entry.getFileName().toString()::startsWith))
        .toList();
  }

  /** The running JDK's {@code jrt-fs.jar}: on a classpath, it stands for the JDK's own classes. */
  public static Path jdkClasses() {
    return Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar");
  }

  /** The entries of a classpath string. */
  public static List<Path> split(String classpath) {
    return Arrays.stream(classpath.split(File.pathSeparator)).map(Path::of).toList();
  }

  /** The entries joined by the path separator, as javac, PMD and the JVM take them. */
  public static String joined(List<Path> entries) {
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
