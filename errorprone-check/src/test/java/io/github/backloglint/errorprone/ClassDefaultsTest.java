package io.github.backloglint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * Defaults a class gives its listener (SPEC, "Defaults a class gives its listener"): each form
 * reported beside the look-alikes that are not.
 */
class ClassDefaultsTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SmallListenBacklog.class, getClass());

  /** Hadoop's Configuration, a subtype, and a copy relocated by a shading build. */
  private CompilationTestHelper withHadoop() {
    return helper
        .addSourceLines(
            "hadoop/Configuration.java",
            "package org.apache.hadoop.conf;",
            "public class Configuration {",
            "  public int getInt(String name, int defaultValue) { return defaultValue; }",
            "}")
        .addSourceLines(
            "JobConf.java",
            "package org.apache.hadoop.mapred;",
            "public class JobConf extends org.apache.hadoop.conf.Configuration {}")
        .addSourceLines(
            "shaded/Configuration.java",
            "package org.apache.hbase.thirdparty.org.apache.hadoop.conf;",
            "public class Configuration {",
            "  public int getInt(String name, int defaultValue) { return defaultValue; }",
            "}");
  }

  @Test
  void aFieldWithASetterAndItsGetter() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "class Test {",
            "  private int backlog = 50;",
            "  private int large = 4096;",
            "  private int maxPending = -1;",
            "  void setBacklog(int backlog) { this.backlog = backlog; }",
            "  int getMaxPending() { return maxPending; }",
            "  int computed() { return maxPending * 2; }",
            "  int withParameter(int p) { return backlog; }",
            "  void f(ServerSocket s, SocketAddress a) throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 50 (the default of field `backlog`) is"
                + " below 1024",
            "    s.bind(a, this.backlog);",
            "    // BUG: Diagnostic contains: change that default to Integer.MAX_VALUE",
            "    s.bind(a, backlog);",
            "    int queue = backlog;",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    s.bind(a, queue);",
            "    // BUG: Diagnostic contains: listen backlog -1 (the default of field `maxPending`;"
                + " below 1, so the JDK uses 50 instead)",
            "    s.bind(a, getMaxPending());",
            "    // BUG: Diagnostic contains: listen backlog -1",
            "    s.bind(a, this.getMaxPending());",
            "    s.bind(a, large);",
            "    s.bind(a, computed());",
            "    s.bind(a, withParameter(1));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void constructorsAndInitializersGiveTheCandidates() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "class Test {",
            "  static class Constant {",
            "    private final int backlog;",
            "    Constant() { this.backlog = 64; }",
            "    // BUG: Diagnostic contains: listen backlog 64 (the default of field `backlog`)",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class Parameter {",
            "    private final int backlog;",
            "    Parameter() { this(100); }",
            "    Parameter(int backlog) { this.backlog = backlog; }",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class TwoConstructors {",
            "    private int backlog = 30;",
            "    TwoConstructors() {}",
            "    TwoConstructors(boolean large) { this.backlog = 2048; }",
            "    // BUG: Diagnostic contains: listen backlog 30",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class Delegating {",
            "    private int backlog = 30;",
            "    Delegating() { this(true); }",
            "    Delegating(boolean large) { this.backlog = 2048; }",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class OnSomePaths {",
            "    private int backlog = 20;",
            "    OnSomePaths(boolean large) { if (large) { backlog = 2048; } else { backlog = 30; } }",
            "    // BUG: Diagnostic contains: listen backlog 30",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class InitializerBlock {",
            "    private int backlog;",
            "    { backlog = 40; }",
            "    // BUG: Diagnostic contains: listen backlog 40",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class StaticField {",
            "    static boolean flag;",
            "    static int backlog = 25;",
            "    static int sometimes = 25;",
            "    static { backlog = 2000; if (flag) { sometimes = 2000; } else { sometimes = 40; } }",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, StaticField.backlog); }",
            "    // BUG: Diagnostic contains: listen backlog 40",
            "    ServerSocket other() throws Exception { return new ServerSocket(1, sometimes); }",
            "  }",
            "  static class StaticFieldAssignedInAConstructor {",
            "    static int backlog = 25;",
            "    StaticFieldAssignedInAConstructor() { backlog = 2000; }",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class SetterInConstructor {",
            "    private int backlog = 25;",
            "    SetterInConstructor(int b) { init(b); }",
            "    private void init(int b) { setBacklog(b); }",
            "    void setBacklog(int b) { backlog = b; }",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class Incremented {",
            "    private int backlog = 25;",
            "    Incremented() { backlog++; }",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "  static class Unassigned {",
            "    private int backlog;",
            "    private Integer boxed;",
            "    // BUG: Diagnostic contains: listen backlog 0 (the default of field `backlog`;",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "    ServerSocket boxed() throws Exception { return new ServerSocket(1, boxed); }",
            "  }",
            "  static class StaticFinalInteger {",
            "    static final Integer BACKLOG = 128;",
            "    // BUG: Diagnostic contains: listen backlog 128",
            "    ServerSocket open() throws Exception { return new ServerSocket(1, BACKLOG); }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void configurationReadsWithAKnownFallback() {
    withHadoop()
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.util.Map;",
            "import java.util.Optional;",
            "import java.util.OptionalInt;",
            "import java.util.Properties;",
            "import org.apache.hadoop.conf.Configuration;",
            "import org.apache.hadoop.mapred.JobConf;",
            "class Test {",
            "  static final String KEY = \"server.backlog\";",
            "  int getInt(String name, int fallback) { return fallback; }",
            "  void f(Configuration conf, JobConf job, Map<String, Integer> map, Optional<Integer> o,",
            "      OptionalInt oi, Properties p, int param,",
            "      org.apache.hbase.thirdparty.org.apache.hadoop.conf.Configuration shaded)"
                + " throws Exception {",
            "    // BUG: Diagnostic contains: listen backlog 128 (the default of"
                + " `Configuration.getInt(...)` when `ipc.server.listen.queue.size` is not set)",
            "    new ServerSocket(1, conf.getInt(\"ipc.server.listen.queue.size\", 128));",
            "    // BUG: Diagnostic contains: listen backlog 64",
            "    new ServerSocket(1, job.getInt(\"queue\", 64));",
            "    // BUG: Diagnostic contains: listen backlog 32",
            "    new ServerSocket(1, shaded.getInt(\"queue\", 32));",
            "    // BUG: Diagnostic contains: listen backlog 50 (the default of"
                + " `Integer.getInteger(...)` when `server.backlog` is not set)",
            "    new ServerSocket(1, Integer.getInteger(KEY, 50));",
            "    int queue = Integer.getInteger(\"q\", 10);",
            "    // BUG: Diagnostic contains: listen backlog 10",
            "    new ServerSocket(1, queue);",
            "    // BUG: Diagnostic contains: listen backlog 60",
            "    new ServerSocket(1, Integer.parseInt(System.getProperty(\"q\", \"60\")));",
            "    // BUG: Diagnostic contains: listen backlog 70",
            "    new ServerSocket(1, Integer.valueOf(p.getProperty(\"q\", \"70\")));",
            "    // Integer.valueOf(\" 70 \") throws: no default",
            "    new ServerSocket(1, Integer.valueOf(p.getProperty(\"q\", \" 70 \")));",
            "    // BUG: Diagnostic contains: listen backlog 80",
            "    new ServerSocket(1, map.getOrDefault(\"q\", 80));",
            "    // BUG: Diagnostic contains: listen backlog 90 (the default of `Optional.orElse(...)`)",
            "    new ServerSocket(1, o.orElse(90));",
            "    // BUG: Diagnostic contains: listen backlog 100",
            "    new ServerSocket(1, oi.orElse(100));",
            "    new ServerSocket(1, conf.getInt(\"q\", 4096));",
            "    new ServerSocket(1, conf.getInt(\"q\", param));",
            "    new ServerSocket(1, Integer.parseInt(System.getProperty(\"q\", \"many\")));",
            "    new ServerSocket(1, Integer.parseInt(System.getProperty(\"q\")));",
            "    new ServerSocket(1, o.orElseGet(() -> 50));",
            "    new ServerSocket(1, getInt(\"q\", 50));",
            "    new ServerSocket(1, Math.max(10, conf.getInt(\"q\", 10)));",
            "    int reassigned = Integer.getInteger(\"q\", 10);",
            "    reassigned = param;",
            "    new ServerSocket(1, reassigned);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aFieldFromAConfigurationRead() {
    withHadoop()
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import org.apache.hadoop.conf.Configuration;",
            "class Test {",
            "  private final int backlog;",
            "  private final int other;",
            "  Test(Configuration conf, int fallback) {",
            "    int queue = conf.getInt(\"ipc.server.listen.queue.size\", 256);",
            "    this.backlog = queue;",
            "    this.other = conf.getInt(\"other\", fallback);",
            "  }",
            "  // BUG: Diagnostic contains: listen backlog 256 (the default of field `backlog`, from"
              + " `Configuration.getInt(...)` when `ipc.server.listen.queue.size` is not set)",
            "  ServerSocket open() throws Exception { return new ServerSocket(1, backlog); }",
            "  ServerSocket other() throws Exception { return new ServerSocket(1, other); }",
            "}")
        .doTest();
  }

  @Test
  void theSinksBodyAssigningTheFieldJudgesItThere() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import java.net.SocketAddress;",
            "class Test {",
            "  private int backlog = 50;",
            "  void configure() { backlog = 4096; }",
            "  void first(ServerSocket s, SocketAddress a) throws Exception {",
            "    backlog = 2048;",
            "    s.bind(a, backlog);",
            "  }",
            "  void small(ServerSocket s, SocketAddress a) throws Exception {",
            "    this.backlog = 10;",
            "    // BUG: Diagnostic contains: listen backlog 10 (the default of field `backlog`)",
            "    s.bind(a, backlog);",
            "  }",
            "  void fromParameter(ServerSocket s, SocketAddress a, int b) throws Exception {",
            "    this.backlog = b;",
            "    s.bind(a, backlog);",
            "  }",
            "  void throughAMethod(ServerSocket s, SocketAddress a) throws Exception {",
            "    configure();",
            "    s.bind(a, backlog);",
            "  }",
            "  void onSomePaths(ServerSocket s, SocketAddress a, boolean b) throws Exception {",
            "    if (b) { backlog = 10; }",
            "    s.bind(a, backlog);",
            "  }",
            "  void afterTheSink(ServerSocket s, SocketAddress a) throws Exception {",
            "    s.bind(a, backlog);",
            "    backlog = 10;",
            "  }",
            "  void unrelatedCall(ServerSocket s, SocketAddress a) throws Exception {",
            "    toString();",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    s.bind(a, backlog);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void enclosingClassesOnlyInTheSameFile() {
    helper
        .addSourceLines(
            "Base.java",
            "class Base {",
            "  protected int inherited = 50;",
            "}")
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test extends Base {",
            "  private int backlog = 40;",
            "  static int shared = 30;",
            "  class Inner {",
            "    // BUG: Diagnostic contains: listen backlog 40",
            "    ServerSocket a() throws Exception { return new ServerSocket(1, backlog); }",
            "    // BUG: Diagnostic contains: listen backlog 40",
            "    ServerSocket b() throws Exception { return new ServerSocket(1, Test.this.backlog); }",
            "  }",
            "  static class Nested {",
            "    // BUG: Diagnostic contains: listen backlog 30",
            "    ServerSocket c() throws Exception { return new ServerSocket(1, Test.shared); }",
            "    ServerSocket d(Test other) throws Exception { return new ServerSocket(1, other.backlog); }",
            "  }",
            "  ServerSocket e() throws Exception { return new ServerSocket(1, inherited); }",
            "  ServerSocket f() throws Exception { return open(10); }",
            "  private ServerSocket open(int b) throws Exception { return new ServerSocket(1, b); }",
            "  record Settings(int backlog) {",
            "    ServerSocket g() throws Exception { return new ServerSocket(1, backlog); }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void injectedFieldsAreUnknownUnlessAnnotatedWithADefault() {
    helper
        .addSourceLines(
            "Value.java",
            "package org.springframework.beans.factory.annotation;",
            "public @interface Value { String value(); }")
        .addSourceLines(
            "ConfigProperty.java",
            "package org.eclipse.microprofile.config.inject;",
            "public @interface ConfigProperty {",
            "  String name() default \"\";",
            "  String defaultValue() default \"\";",
            "}")
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "import javax.inject.Inject;",
            "import org.eclipse.microprofile.config.inject.ConfigProperty;",
            "import org.springframework.beans.factory.annotation.Value;",
            "class Test {",
            "  @Inject int injected = 50;",
            "  @Value(\"${netty.so-backlog:128}\") int spring;",
            "  @Value(\"${netty.so-backlog}\") int noDefault = 50;",
            "  @ConfigProperty(name = \"backlog\", defaultValue = \"64\") int microProfile;",
            "  @Deprecated int deprecated = 20;",
            "  ServerSocket a() throws Exception { return new ServerSocket(1, injected); }",
            "  // BUG: Diagnostic contains: listen backlog 128 (the default of field `spring`, from"
                + " `@Value` when `netty.so-backlog` is not set)",
            "  ServerSocket b() throws Exception { return new ServerSocket(1, spring); }",
            "  ServerSocket c() throws Exception { return new ServerSocket(1, noDefault); }",
            "  // BUG: Diagnostic contains: listen backlog 64",
            "  ServerSocket d() throws Exception { return new ServerSocket(1, microProfile); }",
            "  // BUG: Diagnostic contains: listen backlog 20",
            "  ServerSocket e() throws Exception { return new ServerSocket(1, deprecated); }",
            "}")
        .doTest();
  }

  @Test
  void eachCandidateIsJudgedByTheSinksMeaning() {
    helper
        .addSourceLines(
            "Test.java",
            "import io.netty.bootstrap.ServerBootstrap;",
            "import io.netty.channel.ChannelOption;",
            "import io.vertx.core.net.NetServerOptions;",
            "import org.eclipse.jetty.server.ServerConnector;",
            "class Test {",
            "  private int acceptBacklog = -1;",
            "  private int queue;",
            "  private Integer boxed = 128;",
            "  private Integer unset;",
            "  Test() {}",
            "  Test(boolean small) { acceptBacklog = 100; }",
            "  void f(NetServerOptions options, ServerConnector connector, ServerBootstrap b) {",
            "    // BUG: Diagnostic contains: listen backlog 100",
            "    options.setAcceptBacklog(acceptBacklog);",
            "    // BUG: Diagnostic contains: listen backlog 0 (Jetty acceptQueueSize from the default"
                + " of field `queue`",
            "    connector.setAcceptQueueSize(queue);",
            "    // BUG: Diagnostic contains: listen backlog 128 (",
            "    b.option(ChannelOption.SO_BACKLOG, boxed);",
            "    b.option(ChannelOption.SO_BACKLOG, unset);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void theOptionTurnsThemOff() {
    helper
        .setArgs("-XepOpt:SmallListenBacklog:ReportConfigurableDefaults=false")
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  private int backlog = 50;",
            "  void f() throws Exception {",
            "    new ServerSocket(1, backlog);",
            "    new ServerSocket(1, Integer.getInteger(\"q\", 10));",
            "    // BUG: Diagnostic contains: listen backlog 50",
            "    new ServerSocket(1);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void exemptionsStillApply() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.net.ServerSocket;",
            "class Test {",
            "  private int backlog = 50;",
            "  private int port;",
            "  boolean free() throws Exception {",
            "    try (ServerSocket s = new ServerSocket(8080, backlog)) {",
            "      return s.isBound();",
            "    }",
            "  }",
            "  ServerSocket ephemeral() throws Exception { return new ServerSocket(0, backlog); }",
            "  // BUG: Diagnostic contains: listen backlog 50 (the JDK default",
            "  ServerSocket portFromAField() throws Exception { return new ServerSocket(port); }",
            "}")
        .doTest();
  }
}
