package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.CallSite.ListenerUse;
import io.github.backloglint.core.CallSite.Reach;
import io.github.backloglint.core.Finding.Edit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one decision, fed with the facts a checker would gather at a call. */
class DecisionTest {

  /** A call site whose answers are given, and which records what it was asked. */
  private static final class Facts implements CallSite {
    String key;
    Endpoint endpoint = Endpoint.OTHER;
    Object backlog;
    ListenerUse use = ListenerUse.SERVER;
    Reach reach = Reach.OTHER;
    ClassDefault classDefault;
    final List<String> asked = new ArrayList<>();

    Facts backlog(Object value) {
      backlog = value;
      return this;
    }

    @Override
    public String knownKey() {
      asked.add("key");
      return key;
    }

    @Override
    public Endpoint endpoint() {
      asked.add("endpoint");
      return endpoint;
    }

    @Override
    public Object knownBacklog() {
      asked.add("backlog");
      return backlog;
    }

    @Override
    public ClassDefault classDefault() {
      asked.add("classDefault");
      return classDefault;
    }

    Facts classDefault(ClassDefault value) {
      classDefault = value;
      return this;
    }

    @Override
    public ListenerUse use() {
      asked.add("use");
      return use;
    }

    @Override
    public Reach reach() {
      asked.add("reach");
      return reach;
    }
  }

  private static final BacklogOptions DEFAULTS = BacklogOptions.DEFAULTS;

  private static Sink sink(String signature) {
    return Sinks.ALL.stream()
        .filter(row -> (row.owner() + "#" + row.name() + "(" + String.join(",", row.parameters()) + ")")
            .equals(signature) || (row.owner() + "#" + row.name()).equals(signature))
        .findFirst()
        .orElseThrow(() -> new AssertionError(signature));
  }

  private static final Sink SERVER_SOCKET_PORT = sink("java.net.ServerSocket#<init>(int)");
  private static final Sink SERVER_SOCKET = sink("java.net.ServerSocket#<init>(int,int)");
  private static final Sink HTTP_SERVER_CREATE =
      sink("com.sun.net.httpserver.HttpServer#create(java.net.InetSocketAddress,int)");
  private static final Sink CHANNEL_BIND =
      sink("java.nio.channels.ServerSocketChannel#bind(java.net.SocketAddress,int)");
  private static final Sink TOMCAT_PROPERTY =
      sink("org.apache.catalina.connector.Connector#setProperty(java.lang.String,java.lang.String)");
  private static final Sink VERTX = sink("io.vertx.core.net.NetServerOptions#setAcceptBacklog(int)");
  private static final Sink NETTY = sink("io.netty.channel.ChannelOption#SO_BACKLOG");
  private static final Sink JETTY_SERVER = sink("org.eclipse.jetty.server.Server#<init>(int)");
  private static final Sink HTTPCORE =
      sink("org.apache.hc.core5.http.io.SocketConfig$Builder#setBacklogSize(int)");

  @Test
  void noBacklogArgumentIsTheJdkDefault() {
    Facts facts = new Facts();
    Finding finding = Decision.decide(SERVER_SOCKET_PORT, facts, DEFAULTS);
    assertThat(finding.value()).isEqualTo(50);
    assertThat(finding.message()).startsWith("listen backlog 50 (the JDK default when none is passed)");
    assertThat(finding.edit()).isEqualTo(new Edit.AddArgument(0, "%s"));
    assertThat(finding.replacement()).isEqualTo(Replacement.INTEGER_MAX_VALUE);
    assertThat(facts.asked).doesNotContain("backlog");
  }

  @Test
  void aKnownSmallBacklogIsReportedAndAnUnknownOneIsNot() {
    Finding small = Decision.decide(SERVER_SOCKET, new Facts().backlog(128), DEFAULTS);
    assertThat(small.value()).isEqualTo(128);
    assertThat(small.edit()).isEqualTo(new Edit.ReplaceArgument(1, "%s"));
    assertThat(Decision.decide(SERVER_SOCKET, new Facts().backlog(-1), DEFAULTS).message())
        .startsWith("listen backlog -1 (below 1, so the JDK uses 50 instead)");
    assertThat(Decision.decide(SERVER_SOCKET, new Facts(), DEFAULTS)).isNull();
    assertThat(Decision.decide(SERVER_SOCKET, new Facts().backlog(1024), DEFAULTS)).isNull();
    assertThat(Decision.decide(SERVER_SOCKET, new Facts().backlog((short) 64), DEFAULTS).value())
        .isEqualTo(64);
  }

  @Test
  void theMinimumIsAnOption() {
    BacklogOptions higher = new BacklogOptions(4096, true, true, true, true, null);
    assertThat(Decision.decide(SERVER_SOCKET, new Facts().backlog(2048), higher).message())
        .contains("is below 4096");
  }

  @Test
  void ephemeralPortsAreExemptUnlessTheOptionIsOff() {
    Facts port0 = new Facts();
    port0.endpoint = Endpoint.EPHEMERAL;
    assertThat(Decision.decide(SERVER_SOCKET_PORT, port0, DEFAULTS)).isNull();
    BacklogOptions off = new BacklogOptions(1024, false, true, true, true, null);
    assertThat(Decision.decide(SERVER_SOCKET_PORT, port0, off)).isNotNull();
    Facts nullAddress = new Facts().backlog(10);
    nullAddress.endpoint = Endpoint.NULL;
    assertThat(Decision.decide(CHANNEL_BIND, nullAddress, DEFAULTS)).isNull();
  }

  @Test
  void httpServerCreateOnNullBindsNothingWhateverTheOptions() {
    Facts facts = new Facts().backlog(10);
    facts.endpoint = Endpoint.NULL;
    BacklogOptions off = new BacklogOptions(1024, false, true, true, true, null);
    assertThat(Decision.decide(HTTP_SERVER_CREATE, facts, off)).isNull();
    facts.endpoint = Endpoint.OTHER;
    assertThat(Decision.decide(HTTP_SERVER_CREATE, facts, off)).isNotNull();
  }

  @Test
  void probesAndOneShotsAreExemptAndTheUseIsAskedLast() {
    for (ListenerUse use : List.of(ListenerUse.PROBE, ListenerUse.ONE_SHOT)) {
      Facts facts = new Facts().backlog(1);
      facts.use = use;
      assertThat(Decision.decide(SERVER_SOCKET, facts, DEFAULTS)).isNull();
      assertThat(facts.asked).last().isEqualTo("use");
    }
    Facts server = new Facts().backlog(1);
    assertThat(Decision.decide(SERVER_SOCKET, server, DEFAULTS)).isNotNull();
    Facts probeWithOptionOff = new Facts().backlog(1);
    probeWithOptionOff.use = ListenerUse.PROBE;
    BacklogOptions off = new BacklogOptions(1024, true, false, true, true, null);
    assertThat(Decision.decide(SERVER_SOCKET, probeWithOptionOff, off)).isNotNull();
    assertThat(probeWithOptionOff.asked).doesNotContain("use");
  }

  @Test
  void theUseIsNotAskedWhenNothingWouldBeReported() {
    Facts large = new Facts().backlog(4096);
    assertThat(Decision.decide(SERVER_SOCKET, large, DEFAULTS)).isNull();
    assertThat(large.asked).doesNotContain("use", "reach", "endpoint");
    Facts framework = new Facts().backlog(10);
    assertThat(Decision.decide(VERTX, framework, DEFAULTS)).isNotNull();
    assertThat(framework.asked).doesNotContain("use", "reach", "endpoint");
  }

  @Test
  void aPendingFindingIsSettledByTheSameRule() {
    Facts facts = new Facts().backlog(1);
    facts.use = ListenerUse.PENDING;
    Finding pending = Decision.decide(SERVER_SOCKET, facts, DEFAULTS);
    assertThat(pending.pending()).isTrue();
    assertThat(pending.settle(ListenerUse.PROBE, Reach.OTHER)).isNull();
    assertThat(pending.settle(ListenerUse.ONE_SHOT, Reach.OTHER)).isNull();
    Finding server = pending.settle(ListenerUse.SERVER, Reach.OTHER);
    assertThat(server.pending()).isFalse();
    assertThat(server.message()).isEqualTo(pending.message());
  }

  @Test
  void aConfigurationThatOnlyReachesClientsIsNoListener() {
    Facts client = new Facts().backlog(10);
    client.reach = Reach.CLIENTS_ONLY;
    assertThat(Decision.decide(HTTPCORE, client, DEFAULTS)).isNull();
    Facts pending = new Facts().backlog(10);
    pending.reach = Reach.PENDING;
    Finding finding = Decision.decide(HTTPCORE, pending, DEFAULTS);
    assertThat(finding.pending()).isTrue();
    assertThat(finding.settle(ListenerUse.SERVER, Reach.CLIENTS_ONLY)).isNull();
    assertThat(finding.settle(ListenerUse.SERVER, Reach.OTHER).value()).isEqualTo(10);
  }

  @Test
  void aPropertyCountsOnlyWithItsKeyAndIsParsedAsTheFrameworkParsesIt() {
    Facts other = new Facts().backlog("10");
    other.key = "maxThreads";
    assertThat(Decision.decide(TOMCAT_PROPERTY, other, DEFAULTS)).isNull();
    Facts acceptCount = new Facts().backlog("10");
    acceptCount.key = "acceptCount";
    Finding finding = Decision.decide(TOMCAT_PROPERTY, acceptCount, DEFAULTS);
    assertThat(finding.value()).isEqualTo(10);
    assertThat(finding.edit()).isEqualTo(new Edit.ReplaceArgument(1, "String.valueOf(%s)"));
    Facts zero = new Facts().backlog("0");
    zero.key = "acceptCount";
    assertThat(Decision.decide(TOMCAT_PROPERTY, zero, DEFAULTS)).as("Tomcat ignores <= 0").isNull();
    Facts text = new Facts().backlog(" 10");
    text.key = "acceptCount";
    assertThat(Decision.decide(TOMCAT_PROPERTY, text, DEFAULTS)).isNull();
  }

  @Test
  void eachFrameworkMeaningOfSmallValues() {
    assertThat(Decision.decide(VERTX, new Facts().backlog(-1), DEFAULTS)).isNull();
    assertThat(Decision.decide(VERTX, new Facts().backlog(0), DEFAULTS).replacement())
        .isEqualTo(Replacement.MINUS_ONE);
    assertThat(Decision.decide(NETTY, new Facts().backlog(128), DEFAULTS).replacement())
        .isEqualTo(Replacement.NETTY_SOMAXCONN);
  }

  @Test
  void aFrameworkServerWithoutItsKnobFollowsTheDefaultsOption() {
    Finding finding = Decision.decide(JETTY_SERVER, new Facts(), DEFAULTS);
    assertThat(finding.message()).contains("acceptQueueSize");
    assertThat(finding.edit()).isEqualTo(new Edit.None());
    BacklogOptions off = new BacklogOptions(1024, true, true, false, true, null);
    assertThat(Decision.decide(JETTY_SERVER, new Facts(), off)).isNull();
  }

  @Test
  void aHeldDefaultIsAskedForItsUsesOnlyWhenItWouldBeReported() {
    FrameworkDefault tomcat = SinkIndex.HELD_BY_SIMPLE_NAME.get("Connector").get(0);
    List<String> asked = new ArrayList<>();
    Finding finding = Decision.decideDefault(tomcat, () -> asked.add("uses"), DEFAULTS);
    assertThat(finding.value()).isEqualTo(100);
    assertThat(finding.edit())
        .isEqualTo(new Edit.AddKnobCall("setProperty(\"acceptCount\", String.valueOf(%s))"));
    assertThat(asked).hasSize(1);
    BacklogOptions lower = new BacklogOptions(100, true, true, true, true, null);
    assertThat(Decision.decideDefault(tomcat, () -> asked.add("uses"), lower)).isNull();
    BacklogOptions off = new BacklogOptions(1024, true, true, false, true, null);
    assertThat(Decision.decideDefault(tomcat, () -> asked.add("uses"), off)).isNull();
    assertThat(asked).hasSize(1);
    assertThat(Decision.decideDefault(tomcat, () -> false, DEFAULTS)).isNull();
  }
}
