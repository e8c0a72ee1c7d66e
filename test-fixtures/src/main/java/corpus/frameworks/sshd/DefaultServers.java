package corpus.frameworks.sshd;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.sshd.common.PropertyResolverUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * SSHD's default server binds with socket-backlog 0, the JDK's 50, unless the property is set on
 * it: reported at setUpDefaultServer() when the server, held in a local, is started in the method
 * and only configured by its own setters there.
 */
class DefaultServers {

  void started(Path hostKey) throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // FLAG: 50
    sshd.setPort(2222);
    sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
    sshd.setPasswordAuthenticator((user, password, session) -> false);
    sshd.start();
  }

  void startedInline() throws IOException {
    SshServer.setUpDefaultServer().start(); // FLAG: 50
  }

  void backlogSet() throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: the knob is set
    CoreModuleProperties.SOCKET_BACKLOG.set(sshd, Integer.MAX_VALUE);
    sshd.setPort(2223);
    sshd.start();
  }

  void updatedByName(String name) throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: a property whose name is not known may be the knob
    PropertyResolverUtils.updateProperty(sshd, name, 1024);
    sshd.start();
  }

  void properties() throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: the property map may get the knob
    sshd.getProperties().put("socket-backlog", 2048);
    sshd.start();
  }

  SshServer notStarted() {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: not started here, the caller may set it
    sshd.setPort(2224);
    return sshd;
  }

  void neverStarted() {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: it never listens here
    sshd.setPort(2225);
  }
}
