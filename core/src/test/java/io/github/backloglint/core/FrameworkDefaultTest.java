package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.Sink.Kind;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The held-defaults table: how a use of the object is classified, when and how it is reported. */
class FrameworkDefaultTest {

  private static FrameworkDefault row(String owner, List<String> parameters) {
    return Sinks.DEFAULTS.stream()
        .filter(r -> r.owner().equals(owner) && Objects.equals(r.parameters(), parameters))
        .findFirst()
        .orElseThrow();
  }

  private final FrameworkDefault jetty = row("org.eclipse.jetty.server.ServerConnector", null);
  private final FrameworkDefault tomcat = row("org.apache.catalina.connector.Connector", List.of());
  private final FrameworkDefault mina =
      row("org.apache.mina.transport.socket.nio.NioSocketAcceptor", null);

  @Test
  void theKnobAndWhatHandsItOutSilence() {
    assertThat(jetty.callOnObject("setAcceptQueueSize", null)).isEqualTo(Use.SILENCES);
    assertThat(mina.callOnObject("setBacklog", null)).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnObject("getProtocolHandler", null)).isEqualTo(Use.SILENCES);
  }

  @Test
  void tomcatsPropertySilencesWithItsKeyOrAnUnknownOne() {
    assertThat(tomcat.callOnObject("setProperty", "acceptCount")).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnObject("setProperty", null)).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnObject("setAttribute", "acceptCount")).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnObject("setProperty", "maxThreads")).isEqualTo(Use.CONFIGURES);
    // Jetty has no generic property setter that could reach its knob.
    assertThat(jetty.callOnObject("setProperty", null)).isEqualTo(Use.CONFIGURES);
  }

  @Test
  void startingOrBindingListensAndOtherCallsConfigure() {
    assertThat(jetty.callOnObject("start", null)).isEqualTo(Use.LISTENS);
    assertThat(mina.callOnObject("bind", null)).isEqualTo(Use.LISTENS);
    assertThat(tomcat.callOnObject("start", null)).isEqualTo(Use.CONFIGURES);
    assertThat(jetty.callOnObject("setPort", null)).isEqualTo(Use.CONFIGURES);
    assertThat(mina.callOnObject("getFilterChain", null)).isEqualTo(Use.CONFIGURES);
  }

  @Test
  void tomcatTakesOnlyItsOwnConstructors() {
    assertThat(tomcat.matchesParameters(List.of())).isTrue();
    assertThat(tomcat.matchesParameters(List.of("org.apache.coyote.ProtocolHandler"))).isFalse();
    assertThat(jetty.matchesParameters(List.of("org.eclipse.jetty.server.Server", "int", "int")))
        .isTrue();
    assertThat(Sinks.DEFAULTS)
        .noneMatch(r -> r.owner().equals("org.apache.catalina.connector.Connector")
            && List.of("org.apache.coyote.ProtocolHandler").equals(r.parameters()));
  }

  @Test
  void theJdksFiftyIsAlwaysReportedTomcatsHundredOnlyBelowTheMinimum() {
    assertThat(jetty.isReported(1)).isTrue();
    assertThat(jetty.isReported(1024)).isTrue();
    assertThat(tomcat.isReported(1024)).isTrue();
    assertThat(tomcat.isReported(101)).isTrue();
    assertThat(tomcat.isReported(100)).isFalse();
  }

  @Test
  void theMessageNamesTheDefaultAndTheKnob() {
    assertThat(tomcat.message(1024, "Integer.MAX_VALUE"))
        .startsWith("listen backlog 100 (the Tomcat default: acceptCount is not set, so Tomcat uses"
            + " 100) is below 1024")
        .endsWith("; set acceptCount to Integer.MAX_VALUE or a resolved limit");
    assertThat(jetty.message(1024, "Integer.MAX_VALUE"))
        .startsWith("listen backlog 50 (the Jetty default: acceptQueueSize is not set, so the JDK"
            + " uses 50) is below 1024");
  }

  @Test
  void springFactoriesListenWhenStartedGivenToAnEndpointOrReturnedFromABean() {
    FrameworkDefault spring = row(
        "org.springframework.integration.ip.tcp.connection.TcpNetServerConnectionFactory",
        List.of("int"));
    assertThat(spring.backlog()).isEqualTo(5);
    assertThat(spring.isReported(6)).isTrue();
    assertThat(spring.isReported(5)).isFalse();
    assertThat(spring.portIndex()).isZero();
    assertThat(spring.callOnObject("start", null)).isEqualTo(Use.LISTENS);
    assertThat(spring.callOnObject("setBacklog", null)).isEqualTo(Use.SILENCES);
    assertThat(spring.callOnObject("setSoTimeout", null)).isEqualTo(Use.CONFIGURES);
    assertThat(spring.mayBeServer("inboundAdapter")).isTrue();
    assertThat(spring.returned(List.of("org.springframework.context.annotation.Bean")))
        .isEqualTo(Use.LISTENS);
    assertThat(spring.returned(List.of("java.lang.Deprecated"))).isEqualTo(Use.SILENCES);
    assertThat(spring.returned(List.of())).isEqualTo(Use.SILENCES);
    // Other rows: returning the object lets the caller set the knob.
    assertThat(jetty.returned(List.of("org.springframework.context.annotation.Bean")))
        .isEqualTo(Use.SILENCES);
    assertThat(jetty.portIndex()).isEqualTo(Sink.NONE);
  }

  @Test
  void aHeldObjectOnAKnownPortZeroIsEphemeral() {
    FrameworkDefault spring = row(
        "org.springframework.integration.ip.tcp.connection.TcpNioServerConnectionFactory",
        List.of("int"));
    assertThat(Decision.decideDefault(spring, () -> CallSite.Endpoint.EPHEMERAL, () -> true,
        BacklogOptions.DEFAULTS)).isNull();
    Finding finding = Decision.decideDefault(spring, () -> CallSite.Endpoint.OTHER, () -> true,
        BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(5);
    assertThat(finding.message()).startsWith("listen backlog 5 (the Spring Integration default:"
        + " backlog is not set, so Spring Integration uses 5) is below 1024");
    assertThat(finding.edit()).isEqualTo(new Finding.Edit.AddKnobCall("setBacklog(%s)"));
    BacklogOptions noEphemeral = new BacklogOptions(1024, false, true, true, true, null);
    assertThat(Decision.decideDefault(spring, () -> CallSite.Endpoint.EPHEMERAL, () -> true,
        noEphemeral)).isNotNull();
    // A row without a port never asks for it.
    assertThat(Decision.decideDefault(jetty, () -> { throw new AssertionError(); }, () -> true,
        BacklogOptions.DEFAULTS)).isNotNull();
  }

  @Test
  void buildersAreStaticFactoriesWhoseKnobIsInTheChain() {
    List<FrameworkDefault> builders = Sinks.DEFAULTS.stream()
        .filter(r -> r.kind() == Kind.STATIC && !r.builtAtOnce())
        .toList();
    assertThat(builders).hasSize(4).allMatch(r -> r.name().equals("custom"));
    assertThat(builders).allMatch(r -> r.isKnobMethod("setBacklogSize") && !r.isKnobMethod("build"));
    assertThat(builders).allMatch(r -> !r.servers().isEmpty());
  }

  @Test
  void springSpecsAreBuiltAtOnceOnAPort() {
    List<FrameworkDefault> specs =
        Sinks.DEFAULTS.stream().filter(FrameworkDefault::builtAtOnce).toList();
    assertThat(specs).extracting(FrameworkDefault::name)
        .containsExactlyInAnyOrder("netServer", "nioServer", "setUpDefaultServer");
    for (FrameworkDefault spec : specs.stream().filter(r -> r.portIndex() == 0).toList()) {
      assertThat(spec.kind()).isEqualTo(Kind.STATIC);
      assertThat(spec.parameters()).containsExactly("int");
      assertThat(spec.portIndex()).isZero();
      assertThat(spec.isKnobMethod("backlog")).isTrue();
      assertThat(spec.isKnobMethod("soTimeout")).isFalse();
      assertThat(spec.callOnObject("soTimeout", null)).isEqualTo(Use.CONFIGURES);
      assertThat(spec.returned(List.of("org.springframework.context.annotation.Bean")))
          .isEqualTo(Use.LISTENS);
      assertThat(spec.knobCall()).isEqualTo("backlog(%s)");
    }
    // HttpCore's builders need their build() and are never returned into listening.
    FrameworkDefault custom = Sinks.DEFAULTS.stream()
        .filter(r -> r.name().equals("custom")).findFirst().orElseThrow();
    assertThat(custom.builtAtOnce()).isFalse();
    assertThat(custom.returned(List.of("org.springframework.context.annotation.Bean")))
        .isEqualTo(Use.SILENCES);
  }

  @Test
  void sshdDefaultServerIsBuiltAtOnceAndStarted() {
    FrameworkDefault sshd = Sinks.DEFAULTS.stream()
        .filter(r -> r.name().equals("setUpDefaultServer")).findFirst().orElseThrow();
    assertThat(sshd.builtAtOnce()).isTrue();
    assertThat(sshd.portIndex()).isEqualTo(Sink.NONE);
    assertThat(sshd.backlog()).isEqualTo(50);
    assertThat(sshd.callOnObject("start", null)).isEqualTo(Use.LISTENS);
    assertThat(sshd.callOnObject("setPort", null)).isEqualTo(Use.CONFIGURES);
    assertThat(sshd.callOnObject("getProperties", null)).isEqualTo(Use.SILENCES);
    assertThat(sshd.servers()).isEmpty();
    assertThat(sshd.knobCall()).contains(FrameworkDefault.OBJECT);
    assertThat(sshd.message(1024, "Integer.MAX_VALUE"))
        .startsWith("listen backlog 50 (the SSHD default: CoreModuleProperties.SOCKET_BACKLOG is"
            + " not set, so the JDK uses 50) is below 1024");
  }

  @Test
  void sshdPropertySettersConfigureTheServerUnlessTheyNameTheKnobOrAnUnknownProperty() {
    FrameworkDefault sshd = Sinks.DEFAULTS.stream()
        .filter(r -> r.name().equals("setUpDefaultServer")).findFirst().orElseThrow();
    Configurer set = sshd.configurersNamed("set").get(0);
    assertThat(set.keyedByReceiver()).isTrue();
    assertThat(set.method()).hasToString("org.apache.sshd.common.Property#set("
        + "org.apache.sshd.common.PropertyResolver,java.lang.Object)");
    String idleTimeout =
        Configurer.field("org.apache.sshd.core.CoreModuleProperties", "IDLE_TIMEOUT");
    String socketBacklog =
        Configurer.field("org.apache.sshd.core.CoreModuleProperties", "SOCKET_BACKLOG");
    assertThat(sshd.callTaking(set, 0, idleTimeout)).isEqualTo(Use.CONFIGURES);
    assertThat(sshd.callTaking(set, 0, socketBacklog)).isEqualTo(Use.SILENCES);
    assertThat(sshd.callTaking(set, 0, null)).isEqualTo(Use.SILENCES); // an alias in a local
    assertThat(sshd.callTaking(set, 1, idleTimeout)).isEqualTo(Use.SILENCES); // the value
    // A shading build relocates the knob's class with SSHD: still the knob, and still not others.
    String shaded = "shaded.org.apache.sshd.core.CoreModuleProperties";
    assertThat(sshd.callTaking(set, 0, Configurer.field(shaded, "SOCKET_BACKLOG")))
        .isEqualTo(Use.SILENCES);
    assertThat(sshd.callTaking(set, 0, Configurer.field(shaded, "IDLE_TIMEOUT")))
        .isEqualTo(Use.CONFIGURES);
    assertThat(sshd.callTaking(set, 0, Configurer.field(shaded, "SOCKET_BACKLOGS")))
        .isEqualTo(Use.CONFIGURES);
    assertThat(sshd.callTaking(set, 0,
            Configurer.field("shadedorg.apache.sshd.core.CoreModuleProperties", "SOCKET_BACKLOG")))
        .isEqualTo(Use.CONFIGURES);

    List<Configurer> updates = sshd.configurersNamed("updateProperty");
    assertThat(updates).extracting(c -> c.method().parameters().get(2))
        .containsExactlyInAnyOrder("int", "long", "boolean", "java.lang.Object");
    for (Configurer update : updates) {
      assertThat(update.keyedByReceiver()).isFalse();
      assertThat(update.keyIndex()).isOne();
      assertThat(sshd.callTaking(update, 0, "idle-timeout")).isEqualTo(Use.CONFIGURES);
      assertThat(sshd.callTaking(update, 0, "socket-backlog")).isEqualTo(Use.SILENCES);
      assertThat(sshd.callTaking(update, 0, null)).isEqualTo(Use.SILENCES);
      assertThat(sshd.callTaking(update, 2, "idle-timeout")).isEqualTo(Use.SILENCES);
    }
    // Any other call that takes the server lets someone else set the knob.
    assertThat(sshd.configurersNamed("getIntProperty")).isEmpty();
    assertThat(sshd.callTaking(null, 0, "idle-timeout")).isEqualTo(Use.SILENCES);
    // Another row's configurer is not this row's.
    Configurer foreign = Configurer.byName("a.B#c(a.R,java.lang.String)", 0, 1, "x");
    assertThat(sshd.callTaking(foreign, 0, "idle-timeout")).isEqualTo(Use.SILENCES);
    assertThat(jetty.configurersNamed("set")).isEmpty();
  }

  @Test
  void aConfigurerOnAFieldKeysByTheFieldsBinaryName() {
    Configurer set = Configurer.onField("p.Property#set(p.Resolver,java.lang.Object)", 0,
        "p.Properties$Inner#KNOB");
    assertThat(set.knobKey()).isEqualTo("p.Properties$Inner#KNOB");
    assertThat(set.keyIndex()).isEqualTo(Configurer.RECEIVER);
    assertThat(set.name()).isEqualTo("set");
  }

  @Test
  void aFrameworkConstructorWithoutABacklogIsAFrameworkDefault() {
    assertThat(Sinks.ALL.stream().filter(Sink::isFrameworkDefault).map(Sink::owner).distinct())
        .containsExactlyInAnyOrder(
            "org.eclipse.jetty.server.Server",
            "org.apache.thrift.transport.TServerSocket",
            "org.apache.thrift.transport.TNonblockingServerSocket",
            "org.apache.pekko.stream.javadsl.Tcp",
            "akka.stream.javadsl.Tcp");
    assertThat(BacklogOptions.DEFAULTS.reports(Sinks.ALL.get(0))).isTrue();
    BacklogOptions off = new BacklogOptions(1024, true, true, false, true, null);
    assertThat(Sinks.ALL.stream().filter(Sink::isFrameworkDefault)).noneMatch(off::reports);
    assertThat(Sinks.ALL.stream().filter(s -> !s.isFrameworkDefault())).allMatch(off::reports);
  }
}
