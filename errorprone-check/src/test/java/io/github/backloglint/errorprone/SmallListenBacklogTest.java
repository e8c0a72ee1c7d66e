package io.github.backloglint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.sun.tools.javac.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the check reports and where, per sink family, value form, exemption and option. */
class SmallListenBacklogTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SmallListenBacklog.class, getClass());

  @Test
  void serverSocketConstructors() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.InetAddress;",
            "import java.net.ServerSocket;",
            "import javax.net.ssl.SSLServerSocket;",
            "class Test {",
            "  void f(InetAddress a, int port) throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 50 (the JDK default when none is"
                + " passed) is below 1024",
            "    new ServerSocket(8080);",
            "    // BUG: Diagnostic contains: listen backlog 128 is below 1024",
            "    new ServerSocket(8080, 128);",
            "    // BUG: Diagnostic contains: listen backlog 100",
            "    new ServerSocket(port, 100, a);",
            "    // BUG: Diagnostic contains: listen backlog 0 (below 1, so the JDK uses 50"
                + " instead)",
            "    new ServerSocket(8080, 0);",
            "    // BUG: Diagnostic contains: pass Integer.MAX_VALUE or a resolved limit",
            "    new ServerSocket(8080, -1);",
            "    new ServerSocket(8080, 1024);",
            "    new ServerSocket(8080, Integer.MAX_VALUE);",
            "    new ServerSocket(8080, port);",
            "    new ServerSocket();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void subclassesReportTheSuperCallOnly() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import javax.net.ssl.SSLServerSocket;",
            "class Test {",
            "  static class Listener extends ServerSocket {",
            "    Listener(int port) throws Exception {",
            "      // BUG: Diagnostic contains: listen backlog 50",
            "      super(port);",
            "    }",
            "    Listener(int port, int backlog) throws Exception {",
            "      super(port, backlog);",
            "    }",
            "  }",
            "  static abstract class Secure extends SSLServerSocket {",
            "    Secure() throws Exception {",
            "      // BUG: Diagnostic contains: listen backlog 10",
            "      super(443, 10);",
            "    }",
            "  }",
            "  static class Unbound extends ServerSocket {",
            "    Unbound() throws Exception {}",
            "  }",
            "  void f() throws Exception {",
            "    new Listener(8080);",
            "    new Listener(8080, 10);",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    new ServerSocket(8080) {};",
            "    // BUG: Diagnostic contains: listen backlog 5",
            "    new ServerSocket(8080, 5) {};",
            "    new ServerSocket() {};",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void bindsAndFactories() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.InetSocketAddress;",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "import java.nio.channels.AsynchronousServerSocketChannel;",
            "import java.nio.channels.ServerSocketChannel;",
            "import javax.net.ServerSocketFactory;",
            "import javax.net.ssl.SSLServerSocketFactory;",
            "class Test {",
            "  ServerSocket s;",
            "  void f(SocketAddress a, ServerSocketChannel c, AsynchronousServerSocketChannel ac,",
            "      ServerSocketFactory f, SSLServerSocketFactory sf) throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    s.bind(a);",
            "    // BUG: Diagnostic contains: listen backlog 64",
            "    s.bind(a, 64);",
            "    s.bind(a, 4096);",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    c.bind(a);",
            "    // BUG: Diagnostic contains: listen backlog 0",
            "    c.bind(a, 0);",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    ac.bind(a);",
            "    // BUG: Diagnostic contains: listen backlog 100",
            "    ac.bind(a, 100);",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    s = f.createServerSocket(8080);",
            "    // BUG: Diagnostic contains: listen backlog 20",
            "    s = sf.createServerSocket(8443, 20);",
            "    // BUG: Diagnostic contains: listen backlog 20",
            "    s = f.createServerSocket(8443, 20, null);",
            "    s = f.createServerSocket();",
            "    s = f.createServerSocket(8080, Integer.MAX_VALUE);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void httpServers() {
    helper
        .addSourceLines(
            "Test.java",
            "import com.sun.net.httpserver.HttpServer;",
            "import com.sun.net.httpserver.HttpsServer;",
            "import java.net.InetSocketAddress;",
            "class Test {",
            "  void f(InetSocketAddress a, HttpServer h) throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 0",
            "    HttpServer.create(a, 0);",
            "    // BUG: Diagnostic contains: listen backlog 10",
            "    HttpsServer.create(a, 10);",
            "    // BUG: Diagnostic contains: listen backlog 100",
            "    h.bind(a, 100);",
            "    HttpServer.create(a, 4096);",
            "    HttpServer.create();",
            "    HttpServer.create(null, 0);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void nettyOptionWhateverTheMethodAndSetBacklog() {
    helper
        .addSourceLines(
            "Test.java",
            "import static io.netty.channel.ChannelOption.SO_BACKLOG;",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import io.netty.channel.epoll.EpollChannelOption;",
            "import io.netty.channel.socket.ServerSocketChannelConfig;",
            "import java.util.Map;",
            "class Test {",
            "  void f(ServerBootstrap b, ServerSocketChannelConfig config) {",
            "    // BUG: Diagnostic contains: listen backlog 128 is below 1024: the kernel lowers",
            "    b.option(ChannelOption.SO_BACKLOG, 128);",
            "    // BUG: Diagnostic contains: pass NetUtil.SOMAXCONN or a resolved limit",
            "    b.childOption(SO_BACKLOG, 64);",
            "    // BUG: Diagnostic contains: listen backlog 100",
            "    b.option(EpollChannelOption.SO_BACKLOG, 100);",
            "    // BUG: Diagnostic contains: listen backlog 16",
            "    Map.of(ChannelOption.SO_BACKLOG, 16);",
            "    // BUG: Diagnostic contains: listen backlog 32",
            "    config.setBacklog(32);",
            "    config.setBacklog(8192);",
            "    b.option(ChannelOption.SO_BACKLOG, 1024);",
            "    b.option(ChannelOption.SO_RCVBUF, 128);",
            "    ChannelOption<Integer> alias = ChannelOption.SO_BACKLOG;",
            "    b.option(alias, 128);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void shadedNettyByNameSuffix() {
    helper
        .addSourceLines(
            "org/apache/flink/shaded/netty4/io/netty/channel/ChannelOption.java",
            "package org.apache.flink.shaded.netty4.io.netty.channel;",
            "public class ChannelOption<T> {",
            "  public static final ChannelOption<Integer> SO_BACKLOG = new ChannelOption<>();",
            "}")
        .addSourceLines(
            "org/apache/flink/shaded/netty4/io/netty/channel/socket/ServerSocketChannelConfig.java",
            "package org.apache.flink.shaded.netty4.io.netty.channel.socket;",
            "public interface ServerSocketChannelConfig {",
            "  ServerSocketChannelConfig setBacklog(int backlog);",
            "}")
        .addSourceLines(
            "com/example/ChannelOption.java",
            "package com.example;",
            "public class ChannelOption<T> {",
            "  public static final ChannelOption<Integer> SO_BACKLOG = new ChannelOption<>();",
            "}")
        .addSourceLines(
            "Test.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "import org.apache.flink.shaded.netty4.io.netty.channel.ChannelOption;",
            "import"
                + " org.apache.flink.shaded.netty4.io.netty.channel.socket.ServerSocketChannelConfig;",
            "class Test {",
            "  void f(Map<Object, Integer> options, ServerSocketChannelConfig config) {",
            "    // BUG: Diagnostic contains: listen backlog 128",
            "    options.put(ChannelOption.SO_BACKLOG, 128);",
            "    // BUG: Diagnostic contains: listen backlog 8",
            "    config.setBacklog(8);",
            "    options.put(com.example.ChannelOption.SO_BACKLOG, 128);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void reportsOnTheMethodNameOfAFluentChain() {
    helper
        .addSourceLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import io.netty.channel.EventLoopGroup;",
            "class Test {",
            "  ServerBootstrap f(EventLoopGroup g) {",
            "    return new ServerBootstrap()",
            "        .group(g)",
            "        // BUG: Diagnostic contains: listen backlog 128",
            "        .option(",
            "            ChannelOption.SO_BACKLOG,",
            "            128);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void knownValues() {
    helper
        .addSourceLines(
            "Limits.java",
            "class Limits {",
            "  static final int SMALL = 25;",
            "  static final Integer BOXED = 25;",
            "  static int mutable = 25;",
            "}")
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  private static final int BACKLOG = 64;",
            "  private final int backlog = 50;",
            "  private final int assigned;",
            "  Test(int b) { assigned = b; }",
            "  void f(int param) throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 25",
            "    new ServerSocket(1, Limits.SMALL);",
            "    // BUG: Diagnostic contains: listen backlog 64",
            "    new ServerSocket(1, BACKLOG);",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    new ServerSocket(1, this.backlog);",
            "    // BUG: Diagnostic contains: listen backlog 128",
            "    new ServerSocket(1, 1 << 7);",
            "    // BUG: Diagnostic contains: listen backlog -64",
            "    new ServerSocket(1, -BACKLOG);",
            "    int base = 64;",
            "    int twice = base * 2;",
            "    // BUG: Diagnostic contains: listen backlog 128",
            "    new ServerSocket(1, twice);",
            "    long wide = 200L;",
            "    // BUG: Diagnostic contains: listen backlog 200",
            "    new ServerSocket(1, (int) wide);",
            "    boolean small = true;",
            "    int chosen = small ? 10 : 4096;",
            "    // BUG: Diagnostic contains: listen backlog 10",
            "    new ServerSocket(1, chosen);",
            "    Integer boxed = 100;",
            "    // BUG: Diagnostic contains: listen backlog 100",
            "    new ServerSocket(1, boxed);",
            "    // BUG: Diagnostic contains: listen backlog 127",
            "    new ServerSocket(1, Byte.MAX_VALUE);",
            "    new ServerSocket(1, Limits.BOXED);",
            "    new ServerSocket(1, Limits.mutable);",
            "    new ServerSocket(1, assigned);",
            "    new ServerSocket(1, param);",
            "    new ServerSocket(1, Math.max(10, param));",
            "    new ServerSocket(1, param > 0 ? 10 : 20);",
            "    new ServerSocket(1, 10 / 0 + 1);",
            "    int twiceAssigned = 10;",
            "    twiceAssigned = 20;",
            "    new ServerSocket(1, twiceAssigned);",
            "    int incremented = 10;",
            "    new ServerSocket(1, incremented);",
            "    incremented++;",
            "    int compound = 10;",
            "    compound += 1;",
            "    new ServerSocket(1, compound);",
            "    final int blank;",
            "    blank = 10;",
            "    new ServerSocket(1, blank);",
            "    new ServerSocket(1, Integer.parseInt(\"10\"));",
            "  }",
            "  Runnable captured() {",
            "    int queue = 16;",
            "    return () -> {",
            "      try {",
            "        // BUG: Diagnostic contains: listen backlog 16",
            "        new ServerSocket(1, queue).close();",
            "      } catch (Exception e) {",
            "      }",
            "    };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void nettyBoxing() {
    helper
        .addSourceLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "class Test {",
            "  void f(ServerBootstrap b, Integer param) {",
            "    // BUG: Diagnostic contains: listen backlog 128",
            "    b.option(ChannelOption.SO_BACKLOG, Integer.valueOf(128));",
            "    Integer queue = 100;",
            "    // BUG: Diagnostic contains: listen backlog 100",
            "    b.option(ChannelOption.SO_BACKLOG, queue);",
            "    // BUG: Diagnostic contains: listen backlog -1",
            "    b.option(ChannelOption.SO_BACKLOG, -1);",
            "    b.option(ChannelOption.SO_BACKLOG, Integer.valueOf(\"128\"));",
            "    b.option(ChannelOption.SO_BACKLOG, param);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void ephemeralPortsAreExempt() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.InetAddress;",
            "import java.net.InetSocketAddress;",
            "import java.net.ServerSocket;",
            "import java.nio.channels.ServerSocketChannel;",
            "import com.sun.net.httpserver.HttpServer;",
            "class Test {",
            "  ServerSocket s;",
            "  ServerSocketChannel c;",
            "  void f(InetAddress host) throws Exception {",
            "    s = new ServerSocket(0);",
            "    s = new ServerSocket(0, 5, host);",
            "    s.bind(null);",
            "    s.bind(new InetSocketAddress(0), 5);",
            "    s.bind(new InetSocketAddress(\"localhost\", 0));",
            "    InetSocketAddress any = new InetSocketAddress(host, 0);",
            "    c.bind(any);",
            "    int port = 0;",
            "    s = new ServerSocket(port);",
            "    HttpServer.create(new InetSocketAddress(0), 1);",
            "    // BUG: Diagnostic contains: listen backlog 0",
            "    s = new ServerSocket(8080, 0, null);",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    s.bind(new InetSocketAddress(8080));",
            "    InetSocketAddress reassigned = new InetSocketAddress(0);",
            "    reassigned = new InetSocketAddress(80);",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    c.bind(reassigned);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void ephemeralExemptionCanBeTurnedOff() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:IgnoreEphemeralPorts=false")
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  ServerSocket s;",
            "  void f() throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    s = new ServerSocket(0);",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    s.bind(null);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void portProbesAreExempt() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.io.IOException;",
            "import java.net.InetAddress;",
            "import java.net.InetSocketAddress;",
            "import java.net.ServerSocket;",
            "import java.nio.channels.ServerSocketChannel;",
            "import javax.net.ServerSocketFactory;",
            "class Test {",
            "  boolean free(int port) {",
            "    try (ServerSocket s = new ServerSocket(port)) {",
            "      s.setReuseAddress(true);",
            "      return s.getLocalPort() > 0;",
            "    } catch (IOException e) {",
            "      return false;",
            "    }",
            "  }",
            "  boolean factory(ServerSocketFactory f, int port) throws IOException {",
            "    try (ServerSocket s = f.createServerSocket(port, 1,"
                + " InetAddress.getLoopbackAddress())) {",
            "      return true;",
            "    }",
            "  }",
            "  boolean channel(int port) throws IOException {",
            "    ServerSocketChannel c = ServerSocketChannel.open();",
            "    c.bind(new InetSocketAddress(port));",
            "    boolean bound = c.getLocalAddress() != null;",
            "    c.close();",
            "    return bound;",
            "  }",
            "  boolean plain(int port) throws IOException {",
            "    ServerSocket s = new ServerSocket();",
            "    s.bind(new InetSocketAddress(port), 1);",
            "    s.close();",
            "    return true;",
            "  }",
            "  ServerSocket returned(int port) throws IOException {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    ServerSocket s = new ServerSocket(port);",
            "    return s;",
            "  }",
            "  void acceptsInALoop(int port) throws IOException {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    try (ServerSocket s = new ServerSocket(port)) {",
            "      for (int i = 0; i < 2; i++) {",
            "        s.accept();",
            "      }",
            "    }",
            "  }",
            "  void acceptsOnceThenCloses(int port) throws IOException {",
            "    try (ServerSocket s = new ServerSocket(port)) {",
            "      s.accept();",
            "    }",
            "  }",
            "  void acceptsOnceNeverCloses(int port) throws IOException {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    ServerSocket s = new ServerSocket(port);",
            "    s.accept();",
            "  }",
            "  void passed(int port) throws IOException {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    ServerSocket s = new ServerSocket(port);",
            "    closeQuietly(s);",
            "  }",
            "  void captured(int port) throws IOException {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    ServerSocket s = new ServerSocket(port);",
            "    Runnable r = () -> System.out.println(s.getLocalPort());",
            "  }",
            "  void parameter(ServerSocket s, int port) throws IOException {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    s.bind(new InetSocketAddress(port));",
            "    s.close();",
            "  }",
            "  boolean other(int port) throws IOException {",
            "    ServerSocketChannel c = ServerSocketChannel.open();",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    c.bind(new InetSocketAddress(port));",
            "    return c.isOpen();",
            "  }",
            "  void reassigned(int port) throws IOException {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    ServerSocket s = new ServerSocket(port);",
            "    s.close();",
            "    s = new ServerSocket();",
            "  }",
            "  static void closeQuietly(ServerSocket s) {}",
            "}")
        .doTest();
  }

  @Test
  void portProbeExemptionCanBeTurnedOff() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:IgnorePortProbes=false")
        .addSourceLines(
            "Test.java",
            "import java.io.IOException;",
            "import java.net.ServerSocket;",
            "class Test {",
            "  boolean free(int port) throws IOException {",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    try (ServerSocket s = new ServerSocket(port)) {",
            "      return true;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void minimumBacklogFlag() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:MinimumBacklog=2048")
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  void f() throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 1024 is below 2048",
            "    new ServerSocket(1, 1024);",
            "    new ServerSocket(1, 2048);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void lowMinimumStillReportsDefaultsAndValuesBelowOne() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:MinimumBacklog=32")
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  void f() throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 50 (the JDK default when none is"
                + " passed) leaves the accept queue to the JDK default",
            "    new ServerSocket(1);",
            "    // BUG: Diagnostic contains: listen backlog 0 (below 1, so the JDK uses 50"
                + " instead)",
            "    new ServerSocket(1, 0);",
            "    new ServerSocket(1, 32);",
            "    // BUG: Diagnostic contains: listen backlog 31 is below 32",
            "    new ServerSocket(1, 31);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void replacementFlagNamesTheReplacement() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:Replacement=com.acme.net.Backlogs.max()")
        .addSourceLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import java.net.ServerSocket;",
            "class Test {",
            "  void f(ServerBootstrap b) throws Exception {",
            "    // BUG: Diagnostic contains: pass Backlogs.max() or a resolved limit",
            "    new ServerSocket(1);",
            "    // BUG: Diagnostic contains: pass Backlogs.max() or a resolved limit",
            "    b.option(ChannelOption.SO_BACKLOG, 1);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void suppressedTheErrorProneWay() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  @SuppressWarnings(\"SmallListenBacklog\")",
            "  ServerSocket f() throws Exception {",
            "    return new ServerSocket(8080);",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void notSinks() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.DatagramSocket;",
            "import java.net.InetSocketAddress;",
            "import java.net.ServerSocket;",
            "import java.net.Socket;",
            "import java.net.SocketAddress;",
            "import java.nio.channels.DatagramChannel;",
            "import java.nio.channels.NetworkChannel;",
            "import java.nio.channels.ServerSocketChannel;",
            "import java.nio.channels.SocketChannel;",
            "class Test {",
            "  static class Lookalike {",
            "    void bind(SocketAddress a) {}",
            "    void bind(SocketAddress a, int backlog) {}",
            "    static Lookalike create(InetSocketAddress a, int backlog) { return null; }",
            "    void setBacklog(int b) {}",
            "  }",
            "  static class Server extends ServerSocket {",
            "    Server(int port) throws Exception { super(port, Integer.MAX_VALUE); }",
            "  }",
            "  void f(SocketAddress a, Socket s, SocketChannel sc, DatagramSocket ds,",
            "      DatagramChannel dc, NetworkChannel nc, Lookalike l) throws Exception {",
            "    s.bind(a);",
            "    sc.bind(a);",
            "    ds.bind(a);",
            "    dc.bind(a);",
            "    nc.bind(a);",
            "    l.bind(a);",
            "    l.bind(a, 1);",
            "    Lookalike.create(null, 1);",
            "    l.setBacklog(1);",
            "    new ServerSocket();",
            "    ServerSocketChannel.open();",
            "    new Server(8080);",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void oddPlacesAndShapes() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.io.IOException;",
            "import java.net.ServerSocket;",
            "import java.util.function.IntFunction;",
            "import java.util.function.Supplier;",
            "class Test {",
            "  static final ServerSocket FIELD;",
            "  static {",
            "    int queue = 8;",
            "    class Local {",
            "      ServerSocket open() throws IOException {",
            "        // BUG: Diagnostic contains: listen backlog 8",
            "        return new ServerSocket(1, queue);",
            "      }",
            "    }",
            "    try {",
            "      FIELD = new Local().open();",
            "    } catch (IOException e) {",
            "      throw new IllegalStateException(e);",
            "    }",
            "  }",
            "  // BUG: Diagnostic contains: listen backlog 50",
            "  final Supplier<ServerSocket> lazy = () -> open(() -> new ServerSocket(2));",
            "  record Config(int backlog) {",
            "    ServerSocket open() throws IOException {",
            "      return new ServerSocket(3, backlog);",
            "    }",
            "  }",
            "  enum Mode {",
            "    SMALL {",
            "      @Override",
            "      ServerSocket open() throws IOException {",
            "        // BUG: Diagnostic contains: listen backlog 4",
            "        return new ServerSocket(4, 4);",
            "      }",
            "    };",
            "    abstract ServerSocket open() throws IOException;",
            "  }",
            "  interface Opener {",
            "    ServerSocket open() throws IOException;",
            "  }",
            "  static ServerSocket open(Opener opener) {",
            "    try {",
            "      return opener.open();",
            "    } catch (IOException e) {",
            "      return null;",
            "    }",
            "  }",
            "  <T extends ServerSocket> T generic(T socket, java.net.SocketAddress a) throws"
                + " IOException {",
            "    // BUG: Diagnostic contains: listen backlog 5",
            "    socket.bind(a, 5);",
            "    return socket;",
            "  }",
            "  int switched(String mode, java.net.SocketAddress a, ServerSocket s) throws"
                + " IOException {",
            "    var backlog =",
            "        switch (mode) {",
            "          case \"small\" -> 6;",
            "          default -> 7;",
            "        };",
            "    s.bind(a, backlog);",
            "    IntFunction<ServerSocket> byPort = port -> open(() -> new ServerSocket(port,"
                + " port));",
            "    Object o = s;",
            "    if (o instanceof ServerSocket t) {",
            "      // BUG: Diagnostic contains: listen backlog 9",
            "      t.bind(a, 9);",
            "    }",
            "    for (int i = 0; i < 2; i++) {",
            "      s.bind(a, i);",
            "    }",
            "    for (int b : new int[] {1, 2}) {",
            "      s.bind(a, b);",
            "    }",
            "    return backlog;",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A malformed flag fails the compilation and the check reports nothing in place of a default (the
   * message itself, which has no source line, is checked by {@link InvalidFlagsTest}).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "MinimumBacklog=abc",
        "MinimumBacklog=0",
        "IgnoreEphemeralPorts=yes",
        "IgnorePortProbes=on",
        "ReportConfigurableDefaults=abc",
        "Replacement=MAX_VALUE"
      })
  void malformedFlagFailsTheCompilation(String flag) {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:" + flag)
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  void f() throws Exception {",
            "    new ServerSocket(8080, 2).close();",
            "  }",
            "}")
        .expectResult(Main.Result.ERROR)
        .doTest();
  }
}
