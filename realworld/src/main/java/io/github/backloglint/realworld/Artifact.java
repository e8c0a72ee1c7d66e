package io.github.backloglint.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of {@code artifacts.tsv}: coordinates, whether Error Prone compiles it, and why. */
record Artifact(String coordinates, boolean errorProne, String why) {

  /** The list, skipping comments and blank lines; {@code only} keeps coordinates containing it. */
  static List<Artifact> read(Path file, String only) {
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(Artifact::parse)
          .filter(a -> only == null || only.isBlank() || a.coordinates.contains(only))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Artifact parse(String line) {
    String[] columns = line.split("\t", 3);
    if (columns.length < 2 || columns[0].split(":").length != 3) {
      throw new IllegalArgumentException("Not 'group:artifact:version<TAB>tools<TAB>why': " + line);
    }
    boolean errorProne = switch (columns[1]) {
      case "all" -> false;
      case "all+ep" -> true;
      default -> throw new IllegalArgumentException("tools must be all or all+ep: " + line);
    };
    return new Artifact(columns[0], errorProne, columns.length > 2 ? columns[2] : "");
  }

  /** A short name for tables and folders: {@code artifactId-version}. */
  String shortName() {
    String[] parts = coordinates.split(":");
    return parts[1] + "-" + parts[2];
  }
}
