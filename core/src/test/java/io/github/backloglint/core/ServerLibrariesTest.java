package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.CallSite.ListenerUse;
import io.github.backloglint.core.CallSite.Reach;
import io.github.backloglint.core.Finding.Edit;
import io.github.backloglint.core.Sink.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows of the server libraries (Spring Integration, SSHD, Pekko, Akka): a call without a
 * backlog whose library hard-codes its own value, and a setter that is a sink on one receiver only.
 */
class ServerLibrariesTest {

  /** A call site with a port, a backlog, and a server's use. */
  private record Facts(Endpoint endpoint, Object knownBacklog) implements CallSite {
    @Override
    public String knownKey() {
      return null;
    }

    @Override
    public ListenerUse use() {
      return ListenerUse.SERVER;
    }

    @Override
    public Reach reach() {
      return Reach.OTHER;
    }
  }

  private static Sink row(String signature) {
    return Sinks.ALL.stream()
        .filter(row -> row.signature().toString().equals(signature))
        .findFirst()
        .orElseThrow(() -> new AssertionError(signature));
  }

  private static final String PEKKO_BIND = "org.apache.pekko.stream.javadsl.Tcp#bind(java.lang.String,int)";

  @Test
  void pekkoBindWithoutBacklogListensWithItsHundred() {
    Sink bind = row(PEKKO_BIND);
    assertThat(bind.hasBacklog()).isFalse();
    assertThat(bind.unsetBacklog()).isEqualTo(100);
    Finding finding = Decision.decide(bind, new Facts(Endpoint.OTHER, null), BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(100);
    assertThat(finding.message())
        .startsWith("listen backlog 100 (the Pekko default: backlog is not set, so Pekko uses 100)"
            + " is below 1024:")
        .endsWith("; set backlog to Integer.MAX_VALUE or a resolved limit");
    // The fix passes the backlog through the long overload, with the scaladsl's other defaults.
    assertThat(finding.edit()).isEqualTo(new Edit.AddArgument(1,
        "%s, java.util.Collections.emptyList(), false, java.util.Optional.empty()"));
  }

  @Test
  void pekkoHundredMeetsALowMinimumAndFollowsTheDefaultsOption() {
    Sink bind = row(PEKKO_BIND);
    Facts facts = new Facts(Endpoint.OTHER, null);
    assertThat(Decision.decide(bind, facts, new BacklogOptions(100, true, true, true, true, null)))
        .isNull();
    assertThat(Decision.decide(bind, facts, new BacklogOptions(101, true, true, true, true, null)))
        .isNotNull();
    assertThat(Decision.decide(bind, facts, new BacklogOptions(1024, true, true, false, true, null)))
        .as("a library's default, like Jetty's new Server(port)")
        .isNull();
    assertThat(Decision.decide(bind, new Facts(Endpoint.EPHEMERAL, null), BacklogOptions.DEFAULTS))
        .isNull();
  }

  @Test
  void pekkoTlsFormsWithoutBacklogHaveNoSingleEditFix() {
    Sink tls = row("org.apache.pekko.stream.javadsl.Tcp#bindWithTls(java.lang.String,int,"
        + "java.util.function.Supplier)");
    Finding finding = Decision.decide(tls, new Facts(Endpoint.OTHER, null), BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(100);
    assertThat(finding.edit()).isEqualTo(new Edit.None());
  }

  @Test
  void jdkRowsStillMeanFiftyWithoutBacklog() {
    Sink serverSocket = row("java.net.ServerSocket#<init>(int)");
    assertThat(serverSocket.unsetBacklog()).isEqualTo(BacklogRule.JDK_DEFAULT_BACKLOG);
    Finding finding =
        Decision.decide(serverSocket, new Facts(Endpoint.OTHER, null), BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(50);
    assertThat(finding.edit()).isEqualTo(new Edit.AddArgument(0, "%s"));
    // 50 is the JDK's: reported whatever the minimum, as before.
    assertThat(Decision.decide(serverSocket, new Facts(Endpoint.OTHER, null),
        new BacklogOptions(10, true, true, true, true, null))).isNotNull();
  }

  @Test
  void explicitKnobsTakeTheJdkMeaning() {
    Sink tcpMessage = row("org.apache.pekko.io.TcpMessage#bind(org.apache.pekko.actor.ActorRef,"
        + "java.net.InetSocketAddress,int)");
    assertThat(tcpMessage.kind()).isEqualTo(Kind.STATIC);
    Finding zero = Decision.decide(tcpMessage, new Facts(Endpoint.OTHER, 0), BacklogOptions.DEFAULTS);
    assertThat(zero.value()).isZero();
    assertThat(zero.message()).startsWith("listen backlog 0 (Pekko backlog 0: the JDK uses 50)");
    assertThat(zero.edit()).isEqualTo(new Edit.ReplaceArgument(2, "%s"));
    Sink spring = row("org.springframework.integration.ip.tcp.connection."
        + "AbstractServerConnectionFactory#setBacklog(int)");
    assertThat(Decision.decide(spring, new Facts(Endpoint.OTHER, 5), BacklogOptions.DEFAULTS)
        .message()).startsWith("listen backlog 5 (Spring Integration backlog 5) is below 1024");
    assertThat(Decision.decide(spring, new Facts(Endpoint.OTHER, 4096), BacklogOptions.DEFAULTS))
        .isNull();
  }

  @Test
  void sshdPropertySetIsASinkOnItsFieldOnly() {
    Sink set = row("org.apache.sshd.common.Property#set(org.apache.sshd.common.PropertyResolver,"
        + "java.lang.Object)");
    assertThat(set.receiverField())
        .isEqualTo(Signature.parse("org.apache.sshd.core.CoreModuleProperties#SOCKET_BACKLOG"));
    assertThat(set.backlog()).isEqualTo(1);
    assertThat(Decision.decide(set, new Facts(Endpoint.OTHER, 64), BacklogOptions.DEFAULTS).value())
        .isEqualTo(64);
    List<Sink> others = Sinks.ALL.stream().filter(row -> row.receiverField() != null).toList();
    assertThat(others).containsExactly(set);
  }

  @Test
  void aReceiverFieldIsAFieldOfAnInstanceCall() {
    assertThatThrownBy(() -> Sinks.staticCall("a.B#m(int)").on("a.C#FIELD"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sinks.call("a.B#m(int)").on("a.C#method()"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void akkaHasTheSameRowsAsPekko() {
    long pekko = Sinks.ALL.stream().filter(row -> row.framework().startsWith("Pekko")).count();
    long akka = Sinks.ALL.stream().filter(row -> row.framework().startsWith("Akka")).count();
    assertThat(pekko).isEqualTo(10).isEqualTo(akka);
    assertThat(row("akka.http.javadsl.settings.ServerSettings#withBacklog(int)").framework())
        .isEqualTo("Akka HTTP");
  }
}
