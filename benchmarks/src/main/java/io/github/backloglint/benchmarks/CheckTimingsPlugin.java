package io.github.backloglint.benchmarks;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.time.Duration;
import java.util.Map;

/**
 * A javac plugin that prints, when the compilation ends, the time Error Prone itself measured in
 * each check's matchers ({@code ErrorProneTimings}, which its scanner keeps for every check). It
 * is the check's own cost inside the compile, free of the run-to-run noise of comparing two JVMs.
 * Reached by reflection: Error Prone and javac's internals are not on the benchmark's compile path.
 * Enabled with {@code -Xplugin:BacklogLintBenchTimings} on both sides of the Error Prone runs.
 */
public final class CheckTimingsPlugin implements Plugin {

  @Override
  public String getName() {
    return "BacklogLintBenchTimings";
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.COMPILATION) {
          System.out.println("bench-timing " + checkTimes(task));
        }
      }
    });
  }

  /** Error Prone's timings of the compile of {@code task}, as {@code name-ms=...} fields. */
  static String checkTimes(JavacTask task) {
    try {
      Object context = task.getClass().getMethod("getContext").invoke(task);
      Class<?> timingsClass = Class.forName("com.google.errorprone.ErrorProneTimings", true,
          CheckTimingsPlugin.class.getClassLoader());
      Object timings = timingsClass.getMethod("instance", context.getClass()).invoke(null, context);
      @SuppressWarnings("unchecked")
      Map<String, Duration> byCheck = (Map<String, Duration>) timingsClass.getMethod("timings").invoke(timings);
      Duration init = (Duration) timingsClass.getMethod("initializationTime").invoke(timings);
      StringBuilder text = new StringBuilder("errorprone-init-ms=" + init.toMillis());
      byCheck.forEach((check, time) -> text.append(' ').append(check).append("-ms=").append(time.toMillis()));
      return text.toString();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "unavailable: " + e;
    }
  }
}
