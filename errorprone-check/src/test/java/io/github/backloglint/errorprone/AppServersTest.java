package io.github.backloglint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** Applications that build their listener themselves: the messages and the fix. */
class AppServersTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SmallListenBacklog.class, getClass());

  private final BugCheckerRefactoringTestHelper fixes =
      BugCheckerRefactoringTestHelper.newInstance(SmallListenBacklog.class, getClass());

  @Test
  void tomcatsConnectorGetsAcceptCountAfterItsStatement() {
    fixes
        .addInputLines(
            "Test.java",
            "import org.apache.catalina.connector.Connector;",
            "import org.apache.catalina.startup.Tomcat;",
            "class Test {",
            "  void statement() throws Exception {",
            "    Tomcat tomcat = new Tomcat();",
            "    tomcat.getConnector().setPort(8080);",
            "    tomcat.start();",
            "  }",
            "  void local() throws Exception {",
            "    Tomcat tomcat = new Tomcat();",
            "    Connector connector = tomcat.getConnector();",
            "    connector.setPort(8080);",
            "    tomcat.start();",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import org.apache.catalina.connector.Connector;",
            "import org.apache.catalina.startup.Tomcat;",
            "class Test {",
            "  void statement() throws Exception {",
            "    Tomcat tomcat = new Tomcat();",
            "    tomcat.getConnector().setPort(8080);",
            "    tomcat.getConnector().setProperty(\"acceptCount\", String.valueOf(Integer.MAX_VALUE));",
            "    tomcat.start();",
            "  }",
            "  void local() throws Exception {",
            "    Tomcat tomcat = new Tomcat();",
            "    Connector connector = tomcat.getConnector();",
            "    connector.setProperty(\"acceptCount\", String.valueOf(Integer.MAX_VALUE));",
            "    connector.setPort(8080);",
            "    tomcat.start();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void javalinsMessageNamesTheJettyKnob() {
    helper
        .addSourceLines(
            "Test.java",
            "import io.javalin.Javalin;",
            "class Test {",
            "  void f() {",
            "    Javalin app = Javalin.create(config -> config.showJavalinBanner = false);",
            "    // BUG: Diagnostic contains: listen backlog 50 (the Javalin default: acceptQueueSize"
                + " of a Jetty connector added with config.jetty.addConnector is not set",
            "    app.start(7070);",
            "  }",
            "  void reachesJetty() {",
            "    Javalin app = Javalin.create(config -> config.jetty.defaultPort = 7070);",
            "    app.start();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void javalinHasNoFix() {
    fixes
        .addInputLines(
            "Test.java",
            "import io.javalin.Javalin;",
            "class Test {",
            "  void f() {",
            "    Javalin.create().start(7070);",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }
}
