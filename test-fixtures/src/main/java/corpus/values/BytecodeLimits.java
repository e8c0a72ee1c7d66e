package corpus.values;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Where bytecode cannot see what source shows (a documented limitation of the SpotBugs detector, or
 * of the source checkers). Each marker names only the tools that can report the line:
 *
 * <ul>
 *   <li>A blank local assigned once later ({@code int b; b = 100;}) is unknown to the source tools
 *       (only the initializer counts), but compiles to exactly the same single store as {@code int b
 *       = 100;}: only SpotBugs reports it.
 *   <li>A local captured by a lambda or an anonymous class is known to the source tools; in bytecode
 *       it arrives as a parameter of the lambda's synthetic method or as a synthetic field of the
 *       anonymous class, so SpotBugs cannot know it: only Error Prone and PMD report it. Where the
 *       captured value is an ephemeral port 0, the source tools apply the exemption and only
 *       SpotBugs, which does not see the 0, reports the backlog-less constructor.
 *   <li>A conditional whose condition is a known but non-constant local: the source tools evaluate
 *       it and pick the branch; javac compiles both branches and bytecode merges them into an
 *       unknown value: only Error Prone and PMD report it.
 * </ul>
 *
 * A {@code final} local with a constant initializer is a constant variable: javac copies its value
 * into the lambda, so all three tools know it.
 */
class BytecodeLimits {

  ServerSocket blankLocalAssignedOnce() throws IOException {
    int queue;
    queue = 100;
    return new ServerSocket(8080, queue); // FLAG[spotbugs]: 100
  }

  Future<ServerSocket> capturedByLambda(ExecutorService executor) {
    int queue = 100;
    return executor.submit(() -> new ServerSocket(8080, queue)); // FLAG[errorprone,pmd]: 100
  }

  Future<ServerSocket> finalCapturedByLambda(ExecutorService executor) {
    final int queue = 100;
    return executor.submit(() -> new ServerSocket(8080, queue)); // FLAG: 100
  }

  Callable<ServerSocket> capturedByAnonymousClass() {
    int queue = 30;
    return new Callable<ServerSocket>() {
      @Override
      public ServerSocket call() throws IOException {
        return new ServerSocket(8080, queue); // FLAG[errorprone,pmd]: 30
      }
    };
  }

  Future<ServerSocket> capturedEphemeralPort(ExecutorService executor) {
    int port = 0;
    return executor.submit(() -> new ServerSocket(port)); // FLAG[spotbugs]: 50
  }

  ServerSocket conditionOnKnownLocal() throws IOException {
    boolean small = true;
    int queue = small ? 10 : 20;
    return new ServerSocket(8080, queue); // FLAG[errorprone,pmd]: 10
  }
}
