package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.Finding.Edit;
import io.github.backloglint.core.FrameworkDefault.Use;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Server applications that build their listener themselves: embedded Tomcat and Javalin. */
class AppServerTest {

  private static AppServer row(String owner, String name, int parameters) {
    return Sinks.APPS.stream()
        .filter(r -> r.owner().equals(owner) && r.name().equals(name)
            && r.parameters().size() == parameters)
        .findFirst()
        .orElseThrow();
  }

  private final AppServer tomcat = row("org.apache.catalina.startup.Tomcat", "<init>", 0);
  private final AppServer javalin = row("io.javalin.Javalin", "create", 1);
  private final AppServer bare = row("io.javalin.Javalin", "create", 0);
  private final AppServer createAndStart = row("io.javalin.Javalin", "createAndStart", 1);

  @Test
  void eachIsIndexedByTheCallWhereItsFindingGoes() {
    assertThat(SinkIndex.APPS_BY_CALL.get("getConnector")).containsExactly(tomcat);
    assertThat(SinkIndex.APPS_BY_CALL.get("start")).containsExactly(bare, javalin);
    assertThat(SinkIndex.APPS_BY_CALL.get("createAndStart")).containsExactly(createAndStart);
    assertThat(SinkIndex.DEFAULT_OWNERS)
        .contains("org.apache.catalina.startup.Tomcat", "io.javalin.Javalin");
  }

  @Test
  void aConnectorOfItsOwnOrItsServiceSilencesATomcat() {
    assertThat(tomcat.callOnObject("setConnector", null)).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnObject("getService", null)).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnObject("start", null)).isEqualTo(Use.LISTENS);
    assertThat(tomcat.callOnObject("getConnector", null)).isEqualTo(Use.CONFIGURES);
    assertThat(tomcat.callOnObject("addWebapp", null)).isEqualTo(Use.CONFIGURES);
    assertThat(tomcat.passedOn()).isEqualTo(Use.SILENCES);
  }

  @Test
  void theConnectorTomcatHandsOutIsSilencedOnlyByItsKnob() {
    assertThat(tomcat.callOnListener("setProperty", "acceptCount")).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnListener("setProperty", null)).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnListener("getProtocolHandler", null)).isEqualTo(Use.SILENCES);
    assertThat(tomcat.callOnListener("setProperty", "maxThreads")).isEqualTo(Use.CONFIGURES);
    assertThat(tomcat.callOnListener("setPort", null)).isEqualTo(Use.CONFIGURES);
    // Starting the connector is not what makes the Tomcat listen.
    assertThat(tomcat.callOnListener("start", null)).isEqualTo(Use.CONFIGURES);
  }

  @Test
  void javalinsConfigurationReachesJettyThroughFewMembers() {
    for (String member : List.of("jetty", "pvt", "registerPlugin")) {
      assertThat(javalin.onConfiguration(member)).as(member).isEqualTo(Use.SILENCES);
    }
    for (String member : List.of("router", "http", "staticFiles", "showJavalinBanner", "events")) {
      assertThat(javalin.onConfiguration(member)).as(member).isEqualTo(Use.CONFIGURES);
    }
    assertThat(javalin.callOnObject("unsafeConfig", null)).isEqualTo(Use.SILENCES);
    assertThat(javalin.callOnObject("jettyServer", null)).isEqualTo(Use.SILENCES);
    assertThat(javalin.callOnObject("get", null)).isEqualTo(Use.CONFIGURES);
    assertThat(javalin.callOnObject("start", null)).isEqualTo(Use.LISTENS);
    assertThat(javalin.passedOn()).isEqualTo(Use.CONFIGURES);
  }

  @Test
  void onlyCreateAndStartStartsItselfAndOnlyTheConsumerFormsTakeAConfiguration() {
    assertThat(createAndStart.startsItself()).isTrue();
    assertThat(javalin.startsItself()).isFalse();
    assertThat(tomcat.startsItself()).isFalse();
    assertThat(javalin.takesConfiguration()).isTrue();
    assertThat(createAndStart.takesConfiguration()).isTrue();
    assertThat(bare.takesConfiguration()).isFalse();
    assertThat(tomcat.takesConfiguration()).isFalse();
  }

  @Test
  void tomcatsHundredGetsTheKnobOnItsConnector() {
    Finding finding = Decision.decideApp(tomcat, Endpoint.OTHER, () -> true, BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(100);
    assertThat(finding.message())
        .startsWith("listen backlog 100 (the Tomcat default: acceptCount is not set, so Tomcat uses 100)");
    assertThat(finding.edit())
        .isEqualTo(new Edit.AddKnobCall("setProperty(\"acceptCount\", String.valueOf(%s))"));
    assertThat(Decision.decideApp(tomcat, Endpoint.OTHER, () -> false, BacklogOptions.DEFAULTS))
        .isNull();
  }

  @Test
  void javalinsFiftyNamesTheJettyKnobAndHasNoFix() {
    Finding finding = Decision.decideApp(javalin, Endpoint.OTHER, () -> true, BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(50);
    assertThat(finding.message())
        .startsWith("listen backlog 50 (the Javalin default: acceptQueueSize of a Jetty connector"
            + " added with config.jetty.addConnector is not set, so the JDK uses 50) is below 1024")
        .contains("; set acceptQueueSize of a Jetty connector added with config.jetty.addConnector to"
            + " Integer.MAX_VALUE");
    assertThat(finding.edit()).isEqualTo(new Edit.None());
  }

  @Test
  void anEphemeralPortOrTheOptionsKeepItQuietWithoutAskingForTheUses() {
    BooleanHolder asked = new BooleanHolder();
    assertThat(Decision.decideApp(javalin, Endpoint.EPHEMERAL, asked, BacklogOptions.DEFAULTS)).isNull();
    BacklogOptions ephemeralToo = new BacklogOptions(1024, false, true, true, true, null);
    assertThat(Decision.decideApp(javalin, Endpoint.EPHEMERAL, () -> true, ephemeralToo)).isNotNull();
    BacklogOptions noDefaults = new BacklogOptions(1024, true, true, false, true, null);
    assertThat(Decision.decideApp(tomcat, Endpoint.OTHER, asked, noDefaults)).isNull();
    BacklogOptions small = new BacklogOptions(100, true, true, true, true, null);
    assertThat(Decision.decideApp(tomcat, Endpoint.OTHER, asked, small)).isNull();
    assertThat(Decision.decideApp(javalin, Endpoint.OTHER, () -> true, small)).isNotNull();
    assertThat(asked.asked).isFalse();
  }

  /** A supplier of {@code true} that remembers being asked. */
  private static final class BooleanHolder implements java.util.function.BooleanSupplier {
    boolean asked;

    @Override
    public boolean getAsBoolean() {
      asked = true;
      return true;
    }
  }
}
