package io.github.backloglint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** Servers built without their framework's knob: what is reported, what is left alone, the fix. */
class FrameworkDefaultsTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SmallListenBacklog.class, getClass());

  private final BugCheckerRefactoringTestHelper fixes =
      BugCheckerRefactoringTestHelper.newInstance(SmallListenBacklog.class, getClass());

  @Test
  void jettyConnectorHeldConfiguredAndAddedIsReported() {
    helper
        .addSourceLines(
            "Test.java",
            "import org.eclipse.jetty.server.Connector;",
            "import org.eclipse.jetty.server.Server;",
            "import org.eclipse.jetty.server.ServerConnector;",
            "class Test {",
            "  void added(Server server) {",
            "    // BUG: Diagnostic contains: listen backlog 50 (the Jetty default: acceptQueueSize"
                + " is not set, so the JDK uses 50) is below 1024",
            "    ServerConnector c = new ServerConnector(server);",
            "    c.setPort(8080);",
            "    if (c != null) server.addConnector(c);",
            "  }",
            "  void inAnArray(Server server) {",
            "    // BUG: Diagnostic contains: set acceptQueueSize to Integer.MAX_VALUE",
            "    ServerConnector c = new ServerConnector(server);",
            "    server.setConnectors(new Connector[] {c});",
            "  }",
            "  void knobSet(Server server, int n) {",
            "    ServerConnector c = new ServerConnector(server);",
            "    c.setAcceptQueueSize(n);",
            "    server.addConnector(c);",
            "  }",
            "  ServerConnector returned(Server server) {",
            "    ServerConnector c = new ServerConnector(server);",
            "    server.addConnector(c);",
            "    return c;",
            "  }",
            "  void neverAdded(Server server) {",
            "    ServerConnector c = new ServerConnector(server);",
            "    c.setPort(1);",
            "  }",
            "  void reassigned(Server server) {",
            "    ServerConnector c = new ServerConnector(server);",
            "    server.addConnector(c);",
            "    c = null;",
            "  }",
            "  void inALambda(Server server) {",
            "    Runnable r = () -> {",
            "      // BUG: Diagnostic contains: listen backlog 50",
            "      ServerConnector c = new ServerConnector(server);",
            "      server.addConnector(c);",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void jettyServerOnAPortAndThriftTransportsHaveNoKnobToPass() {
    helper
        .addSourceLines(
            "Test.java",
            "import org.apache.thrift.transport.TServerSocket;",
            "import org.eclipse.jetty.server.Server;",
            "class Test {",
            "  void f() throws Exception {",
            "    // BUG: Diagnostic contains: (the Jetty default: acceptQueueSize is not set",
            "    new Server(8080);",
            "    new Server(0);",
            "    // BUG: Diagnostic contains: (the Thrift default: backlog is not set",
            "    new TServerSocket(9090);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void tomcatConnectorKeepsItsOwnDefaultOfOneHundred() {
    helper
        .addSourceLines(
            "Test.java",
            "import org.apache.catalina.connector.Connector;",
            "import org.apache.catalina.startup.Tomcat;",
            "class Test {",
            "  void f(Tomcat tomcat, String key) {",
            "    // BUG: Diagnostic contains: listen backlog 100 (the Tomcat default: acceptCount is"
                + " not set, so Tomcat uses 100)",
            "    Connector c = new Connector();",
            "    c.setProperty(\"maxThreads\", \"10\");",
            "    tomcat.getService().addConnector(c);",
            "    Connector d = new Connector();",
            "    d.setProperty(key, \"10\");",
            "    tomcat.setConnector(d);",
            "    Connector e = new Connector();",
            "    e.getProtocolHandler();",
            "    tomcat.setConnector(e);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aMinimumAtOrBelowTomcatsDefaultLeavesItAlone() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:MinimumBacklog=100")
        .addSourceLines(
            "Test.java",
            "import org.apache.catalina.connector.Connector;",
            "import org.apache.catalina.startup.Tomcat;",
            "class Test {",
            "  void f(Tomcat tomcat) {",
            "    Connector c = new Connector();",
            "    tomcat.setConnector(c);",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void theOptionTurnsFrameworkDefaultsOff() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:ReportFrameworkDefaults=false")
        .addSourceLines(
            "Test.java",
            "import org.eclipse.jetty.server.Server;",
            "import org.eclipse.jetty.server.ServerConnector;",
            "class Test {",
            "  void f(Server server) {",
            "    new Server(8080);",
            "    ServerConnector c = new ServerConnector(server);",
            "    server.addConnector(c);",
            "    // BUG: Diagnostic contains: listen backlog 10",
            "    c.setAcceptQueueSize(10);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixSetsTheKnobAfterTheConstruction() {
    fixes
        .addInputLines(
            "Test.java",
            "import java.net.InetSocketAddress;",
            "import org.apache.catalina.connector.Connector;",
            "import org.apache.catalina.startup.Tomcat;",
            "import org.apache.mina.transport.socket.nio.NioSocketAcceptor;",
            "import org.eclipse.jetty.server.Server;",
            "import org.eclipse.jetty.server.ServerConnector;",
            "class Test {",
            "  void f(Server server, Tomcat tomcat) throws Exception {",
            "    ServerConnector c = new ServerConnector(server);",
            "    server.addConnector(c);",
            "    Connector t = new Connector();",
            "    tomcat.setConnector(t);",
            "    NioSocketAcceptor a = new NioSocketAcceptor();",
            "    a.bind(new InetSocketAddress(9000));",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.InetSocketAddress;",
            "import org.apache.catalina.connector.Connector;",
            "import org.apache.catalina.startup.Tomcat;",
            "import org.apache.mina.transport.socket.nio.NioSocketAcceptor;",
            "import org.eclipse.jetty.server.Server;",
            "import org.eclipse.jetty.server.ServerConnector;",
            "class Test {",
            "  void f(Server server, Tomcat tomcat) throws Exception {",
            "    ServerConnector c = new ServerConnector(server);",
            "    c.setAcceptQueueSize(Integer.MAX_VALUE);",
            "    server.addConnector(c);",
            "    Connector t = new Connector();",
            "    t.setProperty(\"acceptCount\", String.valueOf(Integer.MAX_VALUE));",
            "    tomcat.setConnector(t);",
            "    NioSocketAcceptor a = new NioSocketAcceptor();",
            "    a.setBacklog(Integer.MAX_VALUE);",
            "    a.bind(new InetSocketAddress(9000));",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void fixSetsTheBacklogLastInTheBuilderChain() {
    fixes
        .addInputLines(
            "Test.java",
            "import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;",
            "import org.apache.hc.core5.http.io.SocketConfig;",
            "class Test {",
            "  ServerBootstrap f() {",
            "    return ServerBootstrap.bootstrap()",
            "        .setSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build());",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;",
            "import org.apache.hc.core5.http.io.SocketConfig;",
            "class Test {",
            "  ServerBootstrap f() {",
            "    return ServerBootstrap.bootstrap()",
            "        .setSocketConfig(",
            "            SocketConfig.custom().setTcpNoDelay(true).setBacklogSize(Integer.MAX_VALUE).build());",
            "  }",
            "}")
        .doTest();
  }
}
