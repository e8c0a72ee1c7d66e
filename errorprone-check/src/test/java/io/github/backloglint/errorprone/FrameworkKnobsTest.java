package io.github.backloglint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** The framework rows of core's sink table: each framework's knob, values, exemptions and fix. */
class FrameworkKnobsTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SmallListenBacklog.class, getClass());

  private final BugCheckerRefactoringTestHelper fixes =
      BugCheckerRefactoringTestHelper.newInstance(SmallListenBacklog.class, getClass());

  @Test
  void jettyAcceptQueueSizeOnTheConnectorAndItsSubclasses() {
    helper
        .addSourceLines(
            "Test.java",
            "import org.eclipse.jetty.server.Server;",
            "import org.eclipse.jetty.server.ServerConnector;",
            "class Test {",
            "  static class Mine extends ServerConnector {",
            "    Mine(Server s) {",
            "      super(s);",
            "      // BUG: Diagnostic contains: listen backlog 64 (Jetty acceptQueueSize 64)",
            "      setAcceptQueueSize(64);",
            "    }",
            "  }",
            "  void f(ServerConnector c, int n) {",
            "    // BUG: Diagnostic contains: listen backlog 0 (Jetty acceptQueueSize 0: the JDK"
                + " uses 50) is below 1024",
            "    c.setAcceptQueueSize(0);",
            "    c.setAcceptQueueSize(4096);",
            "    c.setAcceptQueueSize(n);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void tomcatIgnoresValuesBelowOneAndReadsTheConnectorProperty() {
    helper
        .addSourceLines(
            "Test.java",
            "import org.apache.catalina.connector.Connector;",
            "import org.apache.coyote.http11.Http11NioProtocol;",
            "class Test {",
            "  void f(Http11NioProtocol p, Connector c) {",
            "    // BUG: Diagnostic contains: listen backlog 100 (Tomcat acceptCount 100)",
            "    p.setAcceptCount(100);",
            "    p.setAcceptCount(0);",
            "    p.setAcceptCount(-1);",
            "    // BUG: Diagnostic contains: set acceptCount to Integer.MAX_VALUE",
            "    c.setProperty(\"acceptCount\", \"10\");",
            "    c.setProperty(\"acceptCount\", \"ten\");",
            "    c.setProperty(\"maxThreads\", \"10\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void xnioBacklogOnlyWhereItReachesBind() {
    helper
        .addSourceLines(
            "Test.java",
            "import io.undertow.Undertow;",
            "import org.xnio.OptionMap;",
            "import org.xnio.Options;",
            "class Test {",
            "  void f(Undertow.Builder b) {",
            "    // BUG: Diagnostic contains: listen backlog 128 (Undertow Options.BACKLOG 128)",
            "    b.setSocketOption(Options.BACKLOG, 128);",
            "    b.setServerOption(Options.BACKLOG, 128);",
            "    // BUG: Diagnostic contains: listen backlog 0",
            "    OptionMap.builder().set(Options.BACKLOG, 0);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void vertxMinusOneIsNettysLimit() {
    helper
        .addSourceLines(
            "Test.java",
            "import io.vertx.core.http.HttpServerOptions;",
            "class Test {",
            "  void f(HttpServerOptions o) {",
            "    o.setAcceptBacklog(-1);",
            "    o.setAcceptBacklog(-7);",
            "    // BUG: Diagnostic contains: set acceptBacklog to -1 (Netty's own limit",
            "    o.setAcceptBacklog(0);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void httpCoreConfigurationGivenOnlyToClientsIsExempt() {
    helper
        .addSourceLines(
            "Test.java",
            "import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;",
            "import org.apache.hc.core5.http.io.SocketConfig;",
            "import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;",
            "class Test {",
            "  void client() {",
            "    SocketConfig c = SocketConfig.custom().setBacklogSize(10).build();",
            "    PoolingHttpClientConnectionManagerBuilder.create().setDefaultSocketConfig(c);",
            "  }",
            "  ServerBootstrap server() {",
            "    // BUG: Diagnostic contains: listen backlog 10 (HttpCore backlogSize 10)",
            "    SocketConfig c = SocketConfig.custom().setBacklogSize(10).build();",
            "    return ServerBootstrap.bootstrap().setSocketConfig(c);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void lookAlikesAreNotSinks() {
    helper
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  static class Pool {",
            "    void setAcceptQueueSize(int n) {}",
            "    boolean setProperty(String k, String v) { return true; }",
            "  }",
            "  void f(Pool p) {",
            "    p.setAcceptQueueSize(1);",
            "    p.setProperty(\"acceptCount\", \"1\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixSetsTheKnobInEachFrameworksForm() {
    fixes
        .addInputLines(
            "Test.java",
            "import io.vertx.core.net.NetServerOptions;",
            "import org.apache.catalina.connector.Connector;",
            "import org.eclipse.jetty.server.ServerConnector;",
            "class Test {",
            "  void f(ServerConnector s, Connector c, NetServerOptions o) {",
            "    s.setAcceptQueueSize(128);",
            "    c.setProperty(\"acceptCount\", \"100\");",
            "    o.setAcceptBacklog(0);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import io.vertx.core.net.NetServerOptions;",
            "import org.apache.catalina.connector.Connector;",
            "import org.eclipse.jetty.server.ServerConnector;",
            "class Test {",
            "  void f(ServerConnector s, Connector c, NetServerOptions o) {",
            "    s.setAcceptQueueSize(Integer.MAX_VALUE);",
            "    c.setProperty(\"acceptCount\", String.valueOf(Integer.MAX_VALUE));",
            "    o.setAcceptBacklog(-1);",
            "  }",
            "}")
        .doTest();
  }
}
