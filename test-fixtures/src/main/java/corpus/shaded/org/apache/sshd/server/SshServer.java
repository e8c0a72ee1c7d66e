package corpus.shaded.org.apache.sshd.server;

import corpus.shaded.org.apache.sshd.common.PropertyResolver;

/** A stand-in for SSHD's SshServer relocated by a shading build. */
public class SshServer implements PropertyResolver {

  public static SshServer setUpDefaultServer() {
    return new SshServer();
  }

  public void setPort(int port) {}

  public void start() {}
}
