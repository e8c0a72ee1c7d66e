package corpus.classdefaults;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * What a class default does not reach: a field of another object or class, a superclass' field or
 * getter, a parameter (even of a private method always called with a constant).
 */
class NotFollowed {

  private int backlog = 50;

  ServerSocket anotherInstance(NotFollowed other) throws IOException {
    return new ServerSocket(8080, other.backlog); // OK: a field of another object
  }

  ServerSocket anotherClass(ServerSettings settings) throws IOException {
    return new ServerSocket(8080, settings.backlog); // OK: a field of another object
  }

  ServerSocket anotherClassGetter(ServerSettings settings) throws IOException {
    return new ServerSocket(8080, settings.getBacklog()); // OK: a configuration object's getter
  }

  ServerSocket anotherClassStatic() throws IOException {
    return new ServerSocket(8080, ServerSettings.sharedBacklog); // OK: a field of another class
  }

  ServerSocket open() throws IOException {
    return openWith(10);
  }

  private ServerSocket openWith(int queue) throws IOException {
    return new ServerSocket(8080, queue); // OK: a parameter, even of a private method
  }

  ServerSocket own() throws IOException {
    return new ServerSocket(8080, backlog); // FLAG: 50
  }

  /** A settings holder in the same file: another class, not one enclosing the sink. */
  static class ServerSettings {
    static int sharedBacklog = 50;
    int backlog = 50;

    int getBacklog() {
      return backlog;
    }
  }

  /** A base class with a small default and its getter. */
  static class BaseServer {
    protected int backlog = 50;

    int getBacklog() {
      return backlog;
    }
  }

  /** The subclass reads the inherited field and getter: a superclass' field is not followed. */
  static class DerivedServer extends BaseServer {
    ServerSocket inheritedField() throws IOException {
      return new ServerSocket(8080, backlog); // OK: a superclass' field
    }

    ServerSocket inheritedGetter() throws IOException {
      return new ServerSocket(8080, getBacklog()); // OK: a superclass' getter
    }
  }
}
