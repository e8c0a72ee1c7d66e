package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.BacklogRule.Reason;
import io.github.backloglint.core.Sink.Kind;
import org.junit.jupiter.api.Test;

class SinksTest {

  private static Sink row(String owner, String name) {
    return Sinks.ALL.stream()
        .filter(s -> s.owner().equals(owner) && s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Sink row(String owner, String name, int parameters) {
    return Sinks.ALL.stream()
        .filter(s -> s.owner().equals(owner) && s.name().equals(name)
            && s.parameters().size() == parameters)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyRowIsConsistent() {
    for (Sink sink : Sinks.ALL) {
      if (sink.kind() == Kind.OPTION) {
        assertThat(sink.parameters()).as("%s", sink).isEmpty();
        assertThat(sink.backlog()).as("%s", sink).isEqualTo(1);
      } else {
        assertThat(sink.backlog()).as("%s", sink).isLessThan(sink.parameters().size());
        assertThat(sink.endpointIndex()).as("%s", sink).isLessThan(sink.parameters().size());
      }
      assertThat(sink.endpoint() == Sink.Endpoint.NONE).as("%s", sink)
          .isEqualTo(sink.endpointIndex() == Sink.NONE);
      assertThat(sink.kind() == Kind.PROPERTY).as("%s", sink).isEqualTo(sink.propertyKey() != null);
      assertThat(sink.mayBeProbe()).as("only the JDK's sockets can be probes: %s", sink)
          .isEqualTo(sink.mayBeProbe() && sink.framework().equals("JDK"));
      assertThat(sink.hasKnob()).as("%s", sink)
          .isEqualTo(!sink.framework().equals("JDK") && !sink.framework().equals("Netty"));
    }
  }

  @Test
  void namesForTheCheapFirstTest() {
    assertThat(SinkIndex.METHOD_NAMES)
        .contains("<init>", "bind", "createServerSocket", "create", "setBacklog",
            "setAcceptQueueSize", "setAcceptCount", "setProperty", "setBacklogSize", "backlog")
        .doesNotContain("SO_BACKLOG", "BACKLOG");
    assertThat(SinkIndex.OPTION_FIELDS).containsExactlyInAnyOrder("SO_BACKLOG", "BACKLOG");
  }

  @Test
  void descriptorsAndSpellingsOfTypes() {
    assertThat(row("java.net.ServerSocket", "<init>").parameterDescriptor()).isEqualTo("(I)");
    assertThat(row("com.sun.net.httpserver.HttpServer", "create", 5).parameterDescriptor())
        .isEqualTo("(Ljava/net/InetSocketAddress;ILjava/lang/String;"
            + "Lcom/sun/net/httpserver/HttpHandler;[Lcom/sun/net/httpserver/Filter;)");
    assertThat(Sink.sourceName("io.undertow.Undertow$Builder")).isEqualTo("io.undertow.Undertow.Builder");
    assertThat(Sink.internalName("io.undertow.Undertow$Builder")).isEqualTo("io/undertow/Undertow$Builder");
  }

  @Test
  void everyRowTakesARelocationButNotALookAlike() {
    Sink option = Sinks.ofKind(Kind.OPTION).get(0);
    assertThat(option.names("io.netty.channel.ChannelOption",
        "org.apache.flink.shaded.netty4.io.netty.channel.ChannelOption")).isTrue();
    Sink jetty = row("org.eclipse.jetty.server.ServerConnector", "setAcceptQueueSize");
    assertThat(jetty.names(jetty.owner(), jetty.owner())).isTrue();
    assertThat(jetty.names(jetty.owner(),
        "org.apache.hadoop.hbase.thirdparty.org.eclipse.jetty.server.ServerConnector")).isTrue();
    assertThat(jetty.names(jetty.owner(), "corpus.notjetty.server.ServerConnector")).isFalse();
    assertThat(jetty.names(jetty.owner(), "shadedorg.eclipse.jetty.server.ServerConnector")).isFalse();
  }

  @Test
  void httpCoreClientsAreExemptButServersAreNot() {
    Sink socketConfig = row("org.apache.hc.core5.http.io.SocketConfig$Builder", "setBacklogSize");
    assertThat(socketConfig.isClientType(
        "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder")).isTrue();
    assertThat(socketConfig.isClientType(
        "org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap")).isFalse();
    assertThat(row("java.net.ServerSocket", "bind").isClientType("org.apache.hc.client5.X")).isFalse();
  }

  @Test
  void tomcatIgnoresValuesBelowOne() {
    Sink tomcat = row("org.apache.coyote.AbstractProtocol", "setAcceptCount");
    assertThat(BacklogRule.judge(tomcat, true, 0, 1024)).isNull();
    assertThat(BacklogRule.judge(tomcat, true, -1, 1024)).isNull();
    assertThat(BacklogRule.judge(tomcat, true, 100, 1024)).isEqualTo(Reason.BELOW_MINIMUM);
  }

  @Test
  void vertxMinusOneIsNettysLimitAndZeroIsTheJdksFifty() {
    Sink vertx = row("io.vertx.core.net.NetServerOptions", "setAcceptBacklog");
    assertThat(BacklogRule.judge(vertx, true, -1, 1024)).isNull();
    assertThat(BacklogRule.judge(vertx, true, -5, 1024)).isNull();
    assertThat(BacklogRule.judge(vertx, true, 0, 1024)).isEqualTo(Reason.BELOW_ONE);
    assertThat(BacklogRule.judge(vertx, true, 511, 1024)).isEqualTo(Reason.BELOW_MINIMUM);
    assertThat(BacklogRule.judge(vertx, true, null, 1024)).isNull();
  }

  @Test
  void jdkMeaningForEveryOtherFramework() {
    Sink jetty = row("org.eclipse.jetty.server.ServerConnector", "setAcceptQueueSize");
    assertThat(BacklogRule.judge(jetty, true, 0, 1024)).isEqualTo(Reason.BELOW_ONE);
    assertThat(BacklogRule.judge(jetty, true, -1, 1024)).isEqualTo(Reason.BELOW_ONE);
    assertThat(BacklogRule.judge(jetty, true, 4096, 1024)).isNull();
  }

  @Test
  void frameworkMessagesNameTheKnob() {
    Sink jetty = row("org.eclipse.jetty.server.ServerConnector", "setAcceptQueueSize");
    assertThat(BacklogRule.message(jetty, 0, Reason.BELOW_ONE, 1024, "Integer.MAX_VALUE"))
        .isEqualTo("listen backlog 0 (Jetty acceptQueueSize 0: the JDK uses 50) is below 1024:"
            + " the kernel lowers a larger backlog to its limit (net.core.somaxconn) but never"
            + " raises a small one; set acceptQueueSize to Integer.MAX_VALUE or a resolved limit");
    Sink vertx = row("io.vertx.core.net.NetServerOptions", "setAcceptBacklog");
    assertThat(BacklogRule.message(vertx, 1000, Reason.BELOW_MINIMUM, 2048,
            BacklogOptions.DEFAULTS.replacementFor(vertx).toString()))
        .startsWith("listen backlog 1000 (Vert.x acceptBacklog 1000) is below 2048:")
        .endsWith("; set acceptBacklog to -1 (Netty's own limit, NetUtil.SOMAXCONN)"
            + " or a resolved limit");
  }

  @Test
  void jdkAndNettyRowsKeepTheirMessage() {
    Sink bind = row("java.net.ServerSocket", "bind");
    assertThat(BacklogRule.message(bind, 128, Reason.BELOW_MINIMUM, 1024, "Integer.MAX_VALUE"))
        .isEqualTo(BacklogRule.message(128, Reason.BELOW_MINIMUM, 1024, "Integer.MAX_VALUE"));
    Sink netty = Sinks.ofKind(Kind.OPTION).get(0);
    assertThat(BacklogOptions.DEFAULTS.replacementFor(netty)).isEqualTo(Replacement.NETTY_SOMAXCONN);
    assertThat(BacklogOptions.DEFAULTS.replacementFor(bind)).isEqualTo(Replacement.INTEGER_MAX_VALUE);
  }
}
