package corpus.frameworks.sshd;

import static org.apache.sshd.core.CoreModuleProperties.SOCKET_BACKLOG;

import org.apache.sshd.common.Property;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;

/**
 * SSHD's acceptor binds with its socket-backlog property (0 until set, the JDK's 50):
 * CoreModuleProperties.SOCKET_BACKLOG.set(resolver, n) is the knob; other properties' set is not.
 */
class SocketBacklogs {

  void set(SshServer server) {
    CoreModuleProperties.SOCKET_BACKLOG.set(server, 128); // FLAG: 128
  }

  void staticallyImported(SshServer server) {
    SOCKET_BACKLOG.set(server, 0); // FLAG: 0
  }

  void boxed(SshServer server) {
    CoreModuleProperties.SOCKET_BACKLOG.set(server, Integer.valueOf(64)); // FLAG: 64
  }

  void fine(SshServer server, int backlog) {
    CoreModuleProperties.SOCKET_BACKLOG.set(server, Integer.MAX_VALUE); // OK: the kernel clamps it
    CoreModuleProperties.SOCKET_BACKLOG.set(server, backlog); // OK: a parameter
    CoreModuleProperties.PASSWORD_PROMPTS.set(server, 3); // OK: another property
  }

  void aliased(SshServer server) {
    Property<Integer> property = CoreModuleProperties.SOCKET_BACKLOG;
    property.set(server, 16); // OK: an alias through a local is not followed (as for Netty's option)
  }
}
