package corpus.nonsinks;

/** Own classes whose setters have the names of framework knobs: not the frameworks' classes. */
class FrameworkLookAlikes {

  static final class PoolSettings {
    private int size;

    PoolSettings setAcceptQueueSize(int size) {
      this.size = size;
      return this;
    }

    PoolSettings setAcceptCount(int size) {
      this.size = size;
      return this;
    }

    PoolSettings setAcceptBacklog(int size) {
      this.size = size;
      return this;
    }

    PoolSettings setBacklogSize(int size) {
      this.size = size;
      return this;
    }

    PoolSettings backlog(int size) {
      this.size = size;
      return this;
    }

    PoolSettings setServerConnectionBackLog(int size) {
      this.size = size;
      return this;
    }

    boolean setProperty(String key, String value) {
      return key.equals(value);
    }
  }

  /** An own options class with a BACKLOG field, like XNIO's Options. */
  static final class Options {
    static final String BACKLOG = "backlog";
  }

  static final class Builder {
    Builder setSocketOption(String key, Object value) {
      return this;
    }

    Builder set(String key, int value) {
      return this;
    }
  }

  void ownSetters(PoolSettings settings, Builder builder) {
    settings
        .setAcceptQueueSize(10) // OK: not Jetty's connector
        .setAcceptCount(10) // OK: not Tomcat's
        .setAcceptBacklog(10) // OK: not Vert.x's options
        .setBacklogSize(10) // OK: not HttpCore's configuration
        .backlog(10) // OK: not Thrift's arguments
        .setServerConnectionBackLog(10); // OK: not Grizzly's transport
    settings.setProperty("acceptCount", "10"); // OK: not Tomcat's connector
    builder.setSocketOption(Options.BACKLOG, 10).set(Options.BACKLOG, 10); // OK: not XNIO's option
  }
}
