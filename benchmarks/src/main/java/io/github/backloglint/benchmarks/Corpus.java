package io.github.backloglint.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * The benchmark's inputs from {@code corpus.tsv}: the library that Error Prone compiles (and PMD
 * analyses) and the real-world server corpus (SpotBugs' jars, PMD's sources), downloaded with their
 * dependencies and unpacked into the cache.
 */
final class Corpus {

  /** The library compiled from its sources jar: its Java files, its jar and its dependencies. */
  record Library(String coordinates, List<Path> sources, Path jar, List<Path> dependencies) {}

  /**
   * The server corpus: the jars, the Java files of their sources jars, and everything else;
   * {@code smallJars} the few that SpotBugs also analyses with all its default detectors.
   */
  record Servers(List<String> coordinates, List<Path> jars, List<Path> sources, List<Path> dependencies,
      List<String> smallCoordinates, List<Path> smallJars) {}

  final Library library;
  final Servers servers;

  private Corpus(Library library, Servers servers) {
    this.library = library;
    this.servers = servers;
  }

  static Corpus prepare(Path list, Resolver resolver, Path cache) throws Exception {
    String compile = null;
    List<String> compileClasspath = new ArrayList<>();
    List<String> servers = new ArrayList<>();
    List<String> small = new ArrayList<>();
    for (String line : Files.readAllLines(list)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      switch (columns[1]) {
        case "compile" -> compile = columns[0];
        case "compile-classpath" -> compileClasspath.add(columns[0]);
        case "servers" -> servers.add(columns[0]);
        case "servers-small" -> {
          servers.add(columns[0]);
          small.add(columns[0]);
        }
        default -> throw new IllegalArgumentException(list + ": unknown role " + columns[1]);
      }
    }
    if (compile == null || small.isEmpty()) {
      throw new IllegalArgumentException(list + ": needs a compile library and servers-small");
    }
    Path unpacked = Files.createDirectories(cache.resolve("sources"));

    Path libraryJar = resolver.file(compile);
    List<String> libraryAndExtras = new ArrayList<>(compileClasspath);
    libraryAndExtras.add(0, compile);
    List<Path> libraryDependencies = new ArrayList<>(resolver.classpath(libraryAndExtras.toArray(String[]::new)));
    libraryDependencies.remove(libraryJar);
    List<Path> librarySources = javaFiles(unpack(resolver.file(sourcesOf(compile)), unpacked));

    List<Path> serverJars = new ArrayList<>();
    List<Path> smallJars = new ArrayList<>();
    List<Path> serverSources = new ArrayList<>();
    for (String coordinates : servers) {
      serverJars.add(resolver.file(coordinates));
      if (small.contains(coordinates)) {
        smallJars.add(resolver.file(coordinates));
      }
      serverSources.addAll(javaFiles(unpack(resolver.file(sourcesOf(coordinates)), unpacked)));
    }
    Set<Path> serverDependencies = new LinkedHashSet<>(resolver.classpath(servers.toArray(String[]::new)));
    serverJars.forEach(serverDependencies::remove);
    return new Corpus(
        new Library(compile, librarySources, libraryJar, List.copyOf(libraryDependencies)),
        new Servers(List.copyOf(servers), List.copyOf(serverJars), List.copyOf(serverSources),
            List.copyOf(serverDependencies), List.copyOf(small), List.copyOf(smallJars)));
  }

  private static String sourcesOf(String coordinates) {
    String[] parts = coordinates.split(":");
    return parts[0] + ":" + parts[1] + ":jar:sources:" + parts[2];
  }

  /** Unpacks a sources jar once; later runs reuse the folder. */
  private static Path unpack(Path sourcesJar, Path into) throws IOException {
    String name = sourcesJar.getFileName().toString().replaceFirst("\\.jar$", "");
    Path target = into.resolve(name);
    Path done = into.resolve(name + ".unpacked");
    if (Files.exists(done)) {
      return target;
    }
    try (JarFile jar = new JarFile(sourcesJar.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        Path out = target.resolve(entry.getName()).normalize();
        if (entry.isDirectory() || !out.startsWith(target)) {
          continue;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createFile(done);
    return target;
  }

  /** The Java files under {@code root} in a stable order; {@code module-info.java} is left out. */
  static List<Path> javaFiles(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .sorted()
          .toList();
    }
  }

  /** Every {@code step}-th element, from the first: a sample spread over the whole input. */
  static <T> List<T> everyNth(List<T> all, int step) {
    List<T> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i += step) {
      kept.add(all.get(i));
    }
    return kept;
  }

  /**
   * Jars holding every {@code step}-th class of each of {@code jars} (by entry name), written once
   * into {@code folder}: a sample of the bytecode corpus that keeps each artifact's share.
   */
  static List<Path> classSample(List<Path> jars, int step, Path folder) {
    List<Path> sampled = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Path jar : jars) {
        Path out = folder.resolve(jar.getFileName().toString().replaceFirst("\\.jar$", "")
            + "-every" + step + ".jar");
        sampled.add(out);
        if (Files.exists(out)) {
          continue;
        }
        Path partial = folder.resolve(out.getFileName() + ".part");
        try (JarFile in = new JarFile(jar.toFile());
            OutputStream file = Files.newOutputStream(partial);
            JarOutputStream zip = new JarOutputStream(file)) {
          List<JarEntry> classes = Collections.list(in.entries()).stream()
              .filter(e -> e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/"))
              .sorted(Comparator.comparing(JarEntry::getName))
              .toList();
          for (JarEntry entry : everyNth(classes, step)) {
            zip.putNextEntry(new JarEntry(entry.getName()));
            try (InputStream bytes = in.getInputStream(entry)) {
              bytes.transferTo(zip);
            }
            zip.closeEntry();
          }
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sampled;
  }
}
