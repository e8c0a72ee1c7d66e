package corpus.classdefaults;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * The body that holds the sink assigns the field, or calls a method of the class that does: there
 * the field is judged like a local (one known assignment before the sink, else unknown). Assignments
 * in other methods are configuration and leave the default as it is.
 */
class SinkBodyAssignments {

  private int backlog = 4096;

  private int reset = 50;

  void configure(int requested) {
    backlog = requested;
  }

  void useLargeQueues() {
    reset = 8192;
  }

  ServerSocket assignsAConstantFirst() throws IOException {
    backlog = 10;
    return new ServerSocket(8080, backlog); // FLAG: 10
  }

  ServerSocket assignsAReadFirst() throws IOException {
    backlog = Integer.getInteger("server.backlog", 32);
    return new ServerSocket(8080, backlog); // FLAG: 32
  }

  ServerSocket readsTheDefault() throws IOException {
    return new ServerSocket(8080, backlog); // OK: the default 4096; other methods configure it
  }

  ServerSocket assignsAParameterFirst(int requested) throws IOException {
    backlog = requested;
    return new ServerSocket(8080, backlog); // OK: assigned a parameter before the sink
  }

  ServerSocket assignsTwice() throws IOException {
    backlog = 10;
    backlog = 20;
    return new ServerSocket(8080, backlog); // OK: assigned twice, like a local
  }

  ServerSocket assignsAfterTheSink() throws IOException {
    ServerSocket socket = new ServerSocket(8080, reset); // OK: this body assigns the field after it
    reset = 2048;
    return socket;
  }

  ServerSocket callsAMethodThatAssigns() throws IOException {
    useLargeQueues();
    return new ServerSocket(8080, reset); // OK: a method of the class that assigns it is called
  }

  ServerSocket readsTheSmallDefault() throws IOException {
    return new ServerSocket(8080, reset); // FLAG: 50
  }
}
