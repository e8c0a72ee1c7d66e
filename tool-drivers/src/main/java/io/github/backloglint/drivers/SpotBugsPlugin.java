package io.github.backloglint.drivers;

import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.PluginException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A SpotBugs plugin loaded from its jar, as the CLI's {@code -pluginList} loads it. SpotBugs keeps
 * every plugin it loaded for the life of the JVM, so each jar is loaded once and this JVM's
 * plugins are remembered here: an analysis enables its own and disables the others.
 *
 * <p>The jar must hold its {@code findbugs.xml}, {@code messages.xml} and {@code bugrank.txt}:
 * without the rank file the category's rank is counted twice, the pattern ranks above the default
 * threshold, and the detector is silently never run.
 *
 * @param jar the jar SpotBugs loaded it from
 * @param plugin SpotBugs' plugin
 */
public record SpotBugsPlugin(Path jar, Plugin plugin) {

  private static final Map<Path, SpotBugsPlugin> LOADED = new HashMap<>();

  /**
   * The plugin in {@code jarOrFolder}, loaded on first use. A folder (a module's compiled classes
   * and resources) is packed into a temporary jar first: SpotBugs loads plugins from jars only.
   */
  public static synchronized SpotBugsPlugin load(Path jarOrFolder) {
    Path key = jarOrFolder.toAbsolutePath().normalize();
    SpotBugsPlugin loaded = LOADED.get(key);
    if (loaded == null) {
      Path jar = Files.isDirectory(key) ? packed(key) : key;
      loaded = new SpotBugsPlugin(jar, register(jar));
      LOADED.put(key, loaded);
    }
    return loaded;
  }

  /** Every plugin this JVM loaded through {@link #load}. */
  static synchronized List<SpotBugsPlugin> loaded() {
    return List.copyOf(LOADED.values());
  }

  /** SpotBugs' id of the plugin, e.g. for {@code Project.setPluginStatusTrinary}. */
  public String id() {
    return plugin.getPluginId();
  }

  /**
   * Registers the jar's plugin with SpotBugs' current detector collection: once for the JVM, and
   * again after each reset of the collection.
   */
  static Plugin register(Path jar) {
    try {
      Plugin plugin = Plugin.addCustomPlugin(jar.toUri());
      if (plugin == null) {
        throw new IllegalStateException("plugin " + jar + ": SpotBugs did not load it");
      }
      return plugin;
    } catch (PluginException e) {
      throw new IllegalStateException("plugin " + jar + ": " + e.getMessage(), e);
    }
  }

  private static Path packed(Path folder) {
    try {
      Path jar = Files.createTempFile("spotbugs-plugin", ".jar");
      jar.toFile().deleteOnExit();
      try (OutputStream out = Files.newOutputStream(jar);
          JarOutputStream zip = new JarOutputStream(out);
          Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          zip.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
