package io.github.backloglint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import org.junit.jupiter.api.Test;

/**
 * The fixes for the server libraries: a backlog passed through Pekko's long {@code bind}, the knob
 * added to a Spring factory or spec; none where no single edit can. The helper compiles each output.
 */
class ServerLibrariesFixTest {

  private final BugCheckerRefactoringTestHelper helper =
      BugCheckerRefactoringTestHelper.newInstance(SmallListenBacklog.class, getClass());

  @Test
  void pekkoBindGetsTheLongOverload() {
    helper
        .addInputLines(
            "Test.java",
            "import org.apache.pekko.stream.javadsl.Tcp;",
            "class Test {",
            "  void f(Tcp tcp) {",
            "    tcp.bind(\"0.0.0.0\", 8080);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import org.apache.pekko.stream.javadsl.Tcp;",
            "class Test {",
            "  void f(Tcp tcp) {",
            "    tcp.bind(\"0.0.0.0\", 8080, Integer.MAX_VALUE, java.util.Collections.emptyList(),"
                + " false, java.util.Optional.empty());",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void pekkoTlsWithoutBacklogHasNoFix() {
    helper
        .addInputLines(
            "Test.java",
            "import java.util.function.Supplier;",
            "import javax.net.ssl.SSLEngine;",
            "import org.apache.pekko.stream.javadsl.Tcp;",
            "class Test {",
            "  void f(Tcp tcp, Supplier<SSLEngine> engines) {",
            "    tcp.bindWithTls(\"0.0.0.0\", 8443, engines);",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }

  @Test
  void springFactoryAndSpecGetTheirKnob() {
    helper
        .addInputLines(
            "Test.java",
            "import org.springframework.context.annotation.Bean;",
            "import org.springframework.integration.ip.dsl.Tcp;",
            "import org.springframework.integration.ip.dsl.TcpNetServerConnectionFactorySpec;",
            "import org.springframework.integration.ip.tcp.connection.TcpNetServerConnectionFactory;",
            "class Test {",
            "  void f() {",
            "    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1234);",
            "    factory.start();",
            "  }",
            "  @Bean",
            "  TcpNetServerConnectionFactorySpec spec() {",
            "    return Tcp.netServer(1235).soTimeout(5);",
            "  }",
            "  @Bean",
            "  TcpNetServerConnectionFactory inline() {",
            "    return new TcpNetServerConnectionFactory(1236);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import org.springframework.context.annotation.Bean;",
            "import org.springframework.integration.ip.dsl.Tcp;",
            "import org.springframework.integration.ip.dsl.TcpNetServerConnectionFactorySpec;",
            "import org.springframework.integration.ip.tcp.connection.TcpNetServerConnectionFactory;",
            "class Test {",
            "  void f() {",
            "    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1234);",
            "    factory.setBacklog(Integer.MAX_VALUE);",
            "    factory.start();",
            "  }",
            "  @Bean",
            "  TcpNetServerConnectionFactorySpec spec() {",
            "    return Tcp.netServer(1235).soTimeout(5).backlog(Integer.MAX_VALUE);",
            "  }",
            "  @Bean",
            "  TcpNetServerConnectionFactory inline() {",
            "    return new TcpNetServerConnectionFactory(1236);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void explicitKnobsGetTheReplacement() {
    helper
        .addInputLines(
            "Test.java",
            "import org.apache.sshd.core.CoreModuleProperties;",
            "import org.apache.sshd.server.SshServer;",
            "class Test {",
            "  void f(SshServer server) {",
            "    CoreModuleProperties.SOCKET_BACKLOG.set(server, 128);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import org.apache.sshd.core.CoreModuleProperties;",
            "import org.apache.sshd.server.SshServer;",
            "class Test {",
            "  void f(SshServer server) {",
            "    CoreModuleProperties.SOCKET_BACKLOG.set(server, Integer.MAX_VALUE);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void sshdDefaultServerGetsTheKnobStatementRelocatedWithIt() {
    helper
        .addInputLines(
            "Test.java",
            "class Test {",
            "  void f() throws Exception {",
            "    org.apache.sshd.server.SshServer sshd =",
            "        org.apache.sshd.server.SshServer.setUpDefaultServer();",
            "    sshd.start();",
            "  }",
            "  void shaded() {",
            "    corpus.shaded.org.apache.sshd.server.SshServer sshd =",
            "        corpus.shaded.org.apache.sshd.server.SshServer.setUpDefaultServer();",
            "    sshd.start();",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "class Test {",
            "  void f() throws Exception {",
            "    org.apache.sshd.server.SshServer sshd =",
            "        org.apache.sshd.server.SshServer.setUpDefaultServer();",
            "    org.apache.sshd.core.CoreModuleProperties.SOCKET_BACKLOG.set(sshd, Integer.MAX_VALUE);",
            "    sshd.start();",
            "  }",
            "  void shaded() {",
            "    corpus.shaded.org.apache.sshd.server.SshServer sshd =",
            "        corpus.shaded.org.apache.sshd.server.SshServer.setUpDefaultServer();",
            "    corpus.shaded.org.apache.sshd.core.CoreModuleProperties.SOCKET_BACKLOG.set(",
            "        sshd, Integer.MAX_VALUE);",
            "    sshd.start();",
            "  }",
            "}")
        .doTest();
  }
}
