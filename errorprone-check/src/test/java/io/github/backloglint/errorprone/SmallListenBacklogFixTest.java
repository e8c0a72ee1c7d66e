package io.github.backloglint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import org.junit.jupiter.api.Test;

/** Every shape of the suggested fix; the helper also compiles each fixed output. */
class SmallListenBacklogFixTest {

  private final BugCheckerRefactoringTestHelper helper =
      BugCheckerRefactoringTestHelper.newInstance(SmallListenBacklog.class, getClass());

  @Test
  void replacesAnExplicitBacklog() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "class Test {",
            "  ServerSocket f(ServerSocket s, SocketAddress a) throws Exception {",
            "    s.bind(a, 64 * 2);",
            "    return new ServerSocket(8080, 50, null);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "class Test {",
            "  ServerSocket f(ServerSocket s, SocketAddress a) throws Exception {",
            "    s.bind(a, Integer.MAX_VALUE);",
            "    return new ServerSocket(8080, Integer.MAX_VALUE, null);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void addsTheBacklogToEveryBacklogLessOverload() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "import java.nio.channels.AsynchronousServerSocketChannel;",
            "import java.nio.channels.ServerSocketChannel;",
            "import javax.net.ServerSocketFactory;",
            "class Test {",
            "  static class Listener extends ServerSocket {",
            "    Listener(int port) throws Exception {",
            "      super(port);",
            "    }",
            "  }",
            "  void f(SocketAddress a, ServerSocket s, ServerSocketChannel c,",
            "      AsynchronousServerSocketChannel ac, ServerSocketFactory f) throws Exception {",
            "    new ServerSocket(8080).close();",
            "    new ServerSocket(8080) {}.close();",
            "    s.bind(a);",
            "    c.bind(a);",
            "    ac.bind(a);",
            "    f.createServerSocket(8080).close();",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "import java.nio.channels.AsynchronousServerSocketChannel;",
            "import java.nio.channels.ServerSocketChannel;",
            "import javax.net.ServerSocketFactory;",
            "class Test {",
            "  static class Listener extends ServerSocket {",
            "    Listener(int port) throws Exception {",
            "      super(port, Integer.MAX_VALUE);",
            "    }",
            "  }",
            "  void f(SocketAddress a, ServerSocket s, ServerSocketChannel c,",
            "      AsynchronousServerSocketChannel ac, ServerSocketFactory f) throws Exception {",
            "    new ServerSocket(8080, Integer.MAX_VALUE).close();",
            "    new ServerSocket(8080, Integer.MAX_VALUE) {}.close();",
            "    s.bind(a, Integer.MAX_VALUE);",
            "    c.bind(a, Integer.MAX_VALUE);",
            "    ac.bind(a, Integer.MAX_VALUE);",
            "    f.createServerSocket(8080, Integer.MAX_VALUE).close();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void nettyGetsNetUtilSomaxconnWithItsImport() {
    helper
        .addInputLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import io.netty.channel.socket.ServerSocketChannelConfig;",
            "class Test {",
            "  ServerBootstrap f(ServerBootstrap b, ServerSocketChannelConfig config) {",
            "    config.setBacklog(100);",
            "    return b.option(ChannelOption.SO_BACKLOG, 128);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import io.netty.channel.socket.ServerSocketChannelConfig;",
            "import io.netty.util.NetUtil;",
            "class Test {",
            "  ServerBootstrap f(ServerBootstrap b, ServerSocketChannelConfig config) {",
            "    config.setBacklog(NetUtil.SOMAXCONN);",
            "    return b.option(ChannelOption.SO_BACKLOG, NetUtil.SOMAXCONN);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void configuredReplacementWithItsImport() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:Replacement=com.acme.net.Backlogs.max()")
        .addInputLines(
            "com/acme/net/Backlogs.java",
            "package com.acme.net;",
            "public final class Backlogs {",
            "  public static int max() {",
            "    return Integer.MAX_VALUE;",
            "  }",
            "}")
        .expectUnchanged()
        .addInputLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import java.net.ServerSocket;",
            "class Test {",
            "  ServerBootstrap f(ServerBootstrap b) throws Exception {",
            "    new ServerSocket(8080).close();",
            "    new ServerSocket(8080, 10).close();",
            "    return b.option(ChannelOption.SO_BACKLOG, 128);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import com.acme.net.Backlogs;",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import java.net.ServerSocket;",
            "class Test {",
            "  ServerBootstrap f(ServerBootstrap b) throws Exception {",
            "    new ServerSocket(8080, Backlogs.max()).close();",
            "    new ServerSocket(8080, Backlogs.max()).close();",
            "    return b.option(ChannelOption.SO_BACKLOG, Backlogs.max());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void configuredFieldReplacementKeepsAClashingSimpleNameQualified() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:Replacement=com.acme.net.Limits.BACKLOG")
        .addInputLines(
            "com/acme/net/Limits.java",
            "package com.acme.net;",
            "public final class Limits {",
            "  public static final int BACKLOG = 65535;",
            "}")
        .expectUnchanged()
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  static class Limits {}",
            "  void f() throws Exception {",
            "    new ServerSocket(8080, 1).close();",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  static class Limits {}",
            "  void f() throws Exception {",
            "    new ServerSocket(8080, com.acme.net.Limits.BACKLOG).close();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void shadedNettyGetsTheRelocatedNetUtil() {
    helper
        .addInputLines(
            "org/apache/flink/shaded/netty4/io/netty/channel/ChannelOption.java",
            "package org.apache.flink.shaded.netty4.io.netty.channel;",
            "public class ChannelOption<T> {",
            "  public static final ChannelOption<Integer> SO_BACKLOG = new ChannelOption<>();",
            "}")
        .expectUnchanged()
        .addInputLines(
            "org/apache/flink/shaded/netty4/io/netty/util/NetUtil.java",
            "package org.apache.flink.shaded.netty4.io.netty.util;",
            "public final class NetUtil {",
            "  public static final int SOMAXCONN = 4096;",
            "}")
        .expectUnchanged()
        .addInputLines(
            "Test.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "import org.apache.flink.shaded.netty4.io.netty.channel.ChannelOption;",
            "class Test {",
            "  void f(Map<ChannelOption<?>, Object> options) {",
            "    options.put(ChannelOption.SO_BACKLOG, 128);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "import org.apache.flink.shaded.netty4.io.netty.channel.ChannelOption;",
            "import org.apache.flink.shaded.netty4.io.netty.util.NetUtil;",
            "class Test {",
            "  void f(Map<ChannelOption<?>, Object> options) {",
            "    options.put(ChannelOption.SO_BACKLOG, NetUtil.SOMAXCONN);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void unixDomainBind() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.UnixDomainSocketAddress;",
            "import java.nio.channels.ServerSocketChannel;",
            "class Test {",
            "  void f(ServerSocketChannel c) throws Exception {",
            "    c.bind(UnixDomainSocketAddress.of(\"/tmp/s.sock\"));",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.UnixDomainSocketAddress;",
            "import java.nio.channels.ServerSocketChannel;",
            "class Test {",
            "  void f(ServerSocketChannel c) throws Exception {",
            "    c.bind(UnixDomainSocketAddress.of(\"/tmp/s.sock\"), Integer.MAX_VALUE);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void shadedNettyWithoutARelocatedNetUtilGetsTheJdkReplacement() {
    helper
        .addInputLines(
            "org/example/shaded/io/netty/channel/ChannelOption.java",
            "package org.example.shaded.io.netty.channel;",
            "public class ChannelOption<T> {",
            "  public static final ChannelOption<Integer> SO_BACKLOG = new ChannelOption<>();",
            "}")
        .expectUnchanged()
        .addInputLines(
            "Test.java",
            "import java.util.Map;",
            "import org.example.shaded.io.netty.channel.ChannelOption;",
            "class Test {",
            "  void f(Map<ChannelOption<?>, Object> options) {",
            "    options.put(ChannelOption.SO_BACKLOG, 128);",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.util.Map;",
            "import org.example.shaded.io.netty.channel.ChannelOption;",
            "class Test {",
            "  void f(Map<ChannelOption<?>, Object> options) {",
            "    options.put(ChannelOption.SO_BACKLOG, Integer.MAX_VALUE);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void defaultReplacementStaysCorrectWhereIntegerIsShadowed() {
    helper
        .addInputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  static class Integer {}",
            "  void f() throws Exception {",
            "    new ServerSocket(8080).close();",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  static class Integer {}",
            "  void f() throws Exception {",
            "    new ServerSocket(8080, java.lang.Integer.MAX_VALUE).close();",
            "  }",
            "}")
        .doTest();
  }
}
