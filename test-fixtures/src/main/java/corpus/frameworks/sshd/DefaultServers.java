package corpus.frameworks.sshd;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.sshd.common.PropertyResolverUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * SSHD's default server binds with socket-backlog 0, the JDK's 50, unless the property is set on
 * it: reported at setUpDefaultServer() when the server, held in a local, is started in the method
 * and only configured there: by its own setters, or by SSHD's property setters that name another
 * property (Property.set on another static field, updateProperty with another known name).
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

  void otherPropertiesSet() throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // FLAG: 50
    CoreModuleProperties.IDLE_TIMEOUT.set(sshd, Duration.ofMinutes(5));
    PropertyResolverUtils.updateProperty(sshd, "idle-timeout", 300_000L);
    PropertyResolverUtils.updateProperty(sshd, "nio-workers", 4);
    sshd.setPort(2226);
    sshd.start();
  }

  void backlogUpdatedByItsName() throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: the knob's own name sets it
    PropertyResolverUtils.updateProperty(sshd, "socket-backlog", 1024);
    sshd.start();
  }

  void otherPropertyThenUnknownName(String name) throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: a name that is not known may be the knob
    CoreModuleProperties.IDLE_TIMEOUT.set(sshd, Duration.ofMinutes(5));
    PropertyResolverUtils.updateProperty(sshd, name, "1024");
    sshd.start();
  }

  void serverAsTheValue(SshServer other) throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: stored in another server's properties
    PropertyResolverUtils.updateProperty(other, "idle-timeout", sshd);
    sshd.start();
  }

  void otherCallTakesIt() throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer(); // OK: any other call may set the knob
    PropertyResolverUtils.getIntProperty(sshd, "socket-backlog", 0);
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
