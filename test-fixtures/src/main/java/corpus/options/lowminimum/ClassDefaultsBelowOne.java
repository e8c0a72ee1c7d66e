// backlog-lint options: minimumBacklog=32
package corpus.options.lowminimum;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * With a minimum of 32, a default of 50 passes; a default below 1 is still the JDK's 50 and is
 * reported whatever the minimum.
 */
class ClassDefaultsBelowOne {

  private int backlog = 50;

  private int unassigned;

  ServerSocket fieldDefault() throws IOException {
    return new ServerSocket(8080, backlog); // OK: 50 is not below this minimum
  }

  ServerSocket neverAssigned() throws IOException {
    return new ServerSocket(8080, unassigned); // FLAG: 0
  }

  ServerSocket readDefault() throws IOException {
    return new ServerSocket(8080, Integer.getInteger("server.backlog", 16)); // FLAG: 16
  }
}
