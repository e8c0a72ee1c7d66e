package corpus.shaded;

import corpus.shaded.org.apache.sshd.common.PropertyResolver;
import corpus.shaded.org.apache.sshd.core.CoreModuleProperties;
import corpus.shaded.org.apache.sshd.server.SshServer;

/**
 * A relocated SSHD: its socket-backlog property is the knob (its parameters relocated too), and its
 * default server binds with 0, the JDK's 50, until the relocated knob is set.
 */
class ShadedSshd {

  void knob(PropertyResolver server) {
    CoreModuleProperties.SOCKET_BACKLOG.set(server, 128); // FLAG: 128
  }

  void knobLarge(PropertyResolver server) {
    CoreModuleProperties.SOCKET_BACKLOG.set(server, Integer.MAX_VALUE); // OK: the kernel clamps it
  }

  void defaultServer() {
    SshServer sshd = SshServer.setUpDefaultServer(); // FLAG: 50
    CoreModuleProperties.NIO_WORKERS.set(sshd, 4);
    sshd.setPort(2222);
    sshd.start();
  }

  void defaultServerWithKnob() {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: the relocated knob is set
    CoreModuleProperties.SOCKET_BACKLOG.set(sshd, Integer.MAX_VALUE);
    sshd.start();
  }
}
