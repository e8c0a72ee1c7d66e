package io.github.backloglint.errorprone;

import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.drivers.Classpaths;
import io.github.backloglint.drivers.Compilation;
import io.github.backloglint.drivers.ErrorProne;
import io.github.backloglint.drivers.Javac;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles sources the way a user's build runs the check: javac with {@code -Xplugin:ErrorProne}
 * and every Error Prone option in that one argument, the check found by the ServiceLoader on the
 * processor path (the test classpath holds the check's {@code META-INF/services}).
 */
final class PluginCompilation {

  private PluginCompilation() {}

  /**
   * Compiles {@code sources} into {@code classes} with only this check enabled, as a warning, and
   * {@code options} (neutral option names) as {@code -XepOpt} flags.
   */
  static Compilation compile(Path classes, List<Path> sources, Map<String, String> options) {
    Map<String, String> flags = new LinkedHashMap<>();
    options.forEach((option, value) -> flags.put(SmallListenBacklog.flagName(option), value));
    List<Path> classpath = Classpaths.ofThisJvm();
    return new Javac()
        .classpath(classpath)
        .processorPath(classpath)
        .errorProne(ErrorProne.onlyCheck(BacklogRule.NAME).withFlags(flags))
        .compile(sources, classes);
  }
}
