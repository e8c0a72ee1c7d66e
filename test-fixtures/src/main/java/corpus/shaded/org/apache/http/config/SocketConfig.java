package corpus.shaded.org.apache.http.config;

/** A stand-in for HttpCore 4's SocketConfig relocated by a shading build. */
public class SocketConfig {

  public static Builder custom() {
    return new Builder();
  }

  /** Its builder: backlogSize 0 until set. */
  public static class Builder {

    public Builder setSoTimeout(int timeout) {
      return this;
    }

    public Builder setBacklogSize(int backlogSize) {
      return this;
    }

    public SocketConfig build() {
      return new SocketConfig();
    }
  }
}
