package io.github.backloglint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The fix of a class's default changes the value where it is written (SPEC, "Defaults a class gives
 * its listener"); the helper also compiles each fixed output.
 */
class ClassDefaultFixTest {

  private final BugCheckerRefactoringTestHelper helper =
      BugCheckerRefactoringTestHelper.newInstance(SmallListenBacklog.class, getClass());

  @Test
  void changesTheInitializerOnceForEverySinkThatReadsIt() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "class Test {",
            "  private int backlog = 50;",
            "  void setBacklog(int backlog) { this.backlog = backlog; }",
            "  int getBacklog() { return backlog; }",
            "  void f(ServerSocket s, SocketAddress a) throws Exception {",
            "    s.bind(a, this.backlog);",
            "    new ServerSocket(8080, getBacklog()).close();",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "class Test {",
            "  private int backlog = Integer.MAX_VALUE;",
            "  void setBacklog(int backlog) { this.backlog = backlog; }",
            "  int getBacklog() { return backlog; }",
            "  void f(ServerSocket s, SocketAddress a) throws Exception {",
            "    s.bind(a, this.backlog);",
            "    new ServerSocket(8080, getBacklog()).close();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void changesTheConstantAConstructorAssigns() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  private final int backlog;",
            "  Test() {",
            "    this.backlog = 64;",
            "  }",
            "  ServerSocket open() throws Exception {",
            "    return new ServerSocket(8080, backlog);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  private final int backlog;",
            "  Test() {",
            "    this.backlog = Integer.MAX_VALUE;",
            "  }",
            "  ServerSocket open() throws Exception {",
            "    return new ServerSocket(8080, backlog);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void changesAConfigurationReadsFallback() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.util.Map;",
            "class Test {",
            "  private final int backlog;",
            "  Test(Map<String, Integer> settings) {",
            "    backlog = settings.getOrDefault(\"backlog\", 100);",
            "  }",
            "  ServerSocket open() throws Exception {",
            "    return new ServerSocket(8080, Integer.getInteger(\"server.backlog\", 50));",
            "  }",
            "  ServerSocket configured() throws Exception {",
            "    return new ServerSocket(8081, backlog);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.util.Map;",
            "class Test {",
            "  private final int backlog;",
            "  Test(Map<String, Integer> settings) {",
            "    backlog = settings.getOrDefault(\"backlog\", Integer.MAX_VALUE);",
            "  }",
            "  ServerSocket open() throws Exception {",
            "    return new ServerSocket(8080, Integer.getInteger(\"server.backlog\","
                + " Integer.MAX_VALUE));",
            "  }",
            "  ServerSocket configured() throws Exception {",
            "    return new ServerSocket(8081, backlog);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void givesAFieldWithoutAssignmentsAnInitializer() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  private int port = 8080, backlog;",
            "  ServerSocket open() throws Exception {",
            "    return new ServerSocket(port, backlog);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  private int port = 8080, backlog = Integer.MAX_VALUE;",
            "  ServerSocket open() throws Exception {",
            "    return new ServerSocket(port, backlog);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void nettyGetsNetUtilSomaxconnInTheField() {
    helper
        .addInputLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "class Test {",
            "  private Integer backlog = 128;",
            "  ServerBootstrap f(ServerBootstrap b) {",
            "    return b.option(ChannelOption.SO_BACKLOG, backlog);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import io.netty.util.NetUtil;",
            "class Test {",
            "  private Integer backlog = NetUtil.SOMAXCONN;",
            "  ServerBootstrap f(ServerBootstrap b) {",
            "    return b.option(ChannelOption.SO_BACKLOG, backlog);",
            "  }",
            "}")
        .doTest();
  }

  /** Several candidates, a textual fallback, an annotation's default: the message says what. */
  @Test
  void noSingleEditNoFix() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  private int backlog = 50;",
            "  Test() {}",
            "  Test(boolean small) { backlog = 10; }",
            "  ServerSocket open() throws Exception {",
            "    return new ServerSocket(8080, backlog);",
            "  }",
            "  ServerSocket text() throws Exception {",
            "    return new ServerSocket(8080, Integer.parseInt(System.getProperty(\"q\", \"50\")));",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }
}
