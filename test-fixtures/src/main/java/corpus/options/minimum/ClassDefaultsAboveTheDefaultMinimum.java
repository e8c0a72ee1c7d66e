// backlog-lint options: minimumBacklog=2048
package corpus.options.minimum;

import java.io.IOException;
import java.net.ServerSocket;

/** A class's default is judged against the configured minimum, like any known backlog. */
class ClassDefaultsAboveTheDefaultMinimum {

  private int backlog = 1500;

  private int large = 2048;

  ServerSocket fieldDefault() throws IOException {
    return new ServerSocket(8080, backlog); // FLAG: 1500
  }

  ServerSocket readDefault() throws IOException {
    return new ServerSocket(8080, Integer.getInteger("server.backlog", 1024)); // FLAG: 1024
  }

  ServerSocket atTheMinimum() throws IOException {
    return new ServerSocket(8080, large); // OK: at the minimum
  }
}
