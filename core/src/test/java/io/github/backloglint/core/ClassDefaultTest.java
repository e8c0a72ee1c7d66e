package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.DefaultValue.Annotated;
import io.github.backloglint.core.DefaultValue.Configured;
import io.github.backloglint.core.DefaultValue.Known;
import io.github.backloglint.core.DefaultValue.Unassigned;
import io.github.backloglint.core.DefaultValue.Unknown;
import io.github.backloglint.core.Finding.Edit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The defaults a class gives its listener: candidates of a field, configuration reads, the decision. */
class ClassDefaultTest {

  private static final ConfigRead HADOOP = read("org.apache.hadoop.conf.Configuration", "getInt");
  private static final ConfigRead SYSTEM_PROPERTY = read("java.lang.System", "getProperty");
  private static final Sink SERVER_SOCKET = sink("java.net.ServerSocket", 2);
  private static final Sink JETTY = sink("org.eclipse.jetty.server.ServerConnector", 1);
  private static final Sink VERTX = sink("io.vertx.core.net.NetServerOptions", 1);

  private static ConfigRead read(String owner, String name) {
    return ConfigReads.ALL.stream()
        .filter(row -> row.owner().equals(owner) && row.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Sink sink(String owner, int arity) {
    return Sinks.ALL.stream()
        .filter(row -> row.owner().equals(owner) && row.parameters().size() == arity)
        .findFirst()
        .orElseThrow();
  }

  /** A call site whose backlog is unknown in the method and has {@code classDefault}. */
  private static CallSite unknownBacklog(ClassDefault classDefault) {
    return new CallSite() {
      @Override public String knownKey() { return null; }
      @Override public Endpoint endpoint() { return Endpoint.OTHER; }
      @Override public Object knownBacklog() { return null; }
      @Override public ListenerUse use() { return ListenerUse.SERVER; }
      @Override public Reach reach() { return Reach.OTHER; }
      @Override public ClassDefault classDefault() { return classDefault; }
    };
  }

  @Test
  void aFieldWithoutConstructorsKeepsItsInitializer() {
    ClassDefault field =
        FieldFacts.of("backlog", false).initializer(new Known(50, "init")).keepsInitializer().toDefault();
    Finding finding = Decision.decide(SERVER_SOCKET, unknownBacklog(field), BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(50);
    assertThat(finding.message()).startsWith("listen backlog 50 (the default of field `backlog`) is below 1024");
    assertThat(finding.message()).endsWith("change that default to Integer.MAX_VALUE or a resolved limit");
    assertThat(finding.edit()).isEqualTo(new Edit.ChangeDefault(new Known(50, "init"), "%s"));
  }

  @Test
  void constructorsThatAssignReplaceTheInitializer() {
    FieldFacts facts = FieldFacts.of("backlog", false).initializer(new Known(50, null));
    facts.constructor(List.of(new Known(2048, null)), false);
    assertThat(Decision.decide(SERVER_SOCKET, unknownBacklog(facts.toDefault()), BacklogOptions.DEFAULTS))
        .isNull();
    facts.constructor(List.of(), false); // a second constructor leaves the initializer
    assertThat(Decision.decide(SERVER_SOCKET, unknownBacklog(facts.toDefault()), BacklogOptions.DEFAULTS)
            .value())
        .isEqualTo(50);
  }

  @Test
  void aDelegatingConstructorDoesNotBringBackTheInitializer() {
    FieldFacts facts = FieldFacts.of("backlog", false).initializer(new Known(50, null));
    facts.constructor(List.of(new Known(2048, null)), false).constructor(List.of(), true);
    assertThat(facts.toDefault().candidates()).extracting(DefaultValue::backlog).containsExactly(2048);
  }

  @Test
  void anInitializerBlockTakesThePlaceOfTheInitializer() {
    // private static final int BACKLOG; static { BACKLOG = 128; }: never 0
    assertThat(FieldFacts.of("BACKLOG", false).keepsInitializer().initializerBlock(new Known(128, null))
            .toDefault().candidates())
        .extracting(DefaultValue::backlog).containsExactly(128);
    // private int backlog = 4096; { backlog = 64; }, and a constructor that assigns nothing
    FieldFacts facts = FieldFacts.of("backlog", false).initializer(new Known(4096, null))
        .initializerBlock(new Known(64, null));
    facts.constructor(List.of(), false);
    assertThat(facts.toDefault().candidates()).extracting(DefaultValue::backlog).containsExactly(64);
    // every constructor assigns: the block's value never survives one
    FieldFacts overwritten = FieldFacts.of("backlog", false).initializerBlock(new Known(64, null));
    overwritten.constructor(List.of(new Known(2048, null)), false);
    assertThat(overwritten.toDefault().candidates()).extracting(DefaultValue::backlog)
        .containsExactly(2048);
  }

  @Test
  void anyUnknownAssignmentMakesTheFieldUnknown() {
    FieldFacts facts = FieldFacts.of("backlog", false).initializer(new Known(50, null));
    facts.constructor(List.of(new Unknown()), false).constructor(List.of(), false);
    assertThat(facts.toDefault()).isNull();
  }

  @Test
  void anUnassignedIntIsZeroAndAnUnassignedIntegerUnknown() {
    assertThat(FieldFacts.of("backlog", false).keepsInitializer().toDefault().candidates())
        .containsExactly(new Unassigned(false, null));
    assertThat(FieldFacts.of("backlog", true).keepsInitializer().toDefault()).isNull();
    Finding zero =
        Decision.decide(JETTY, unknownBacklog(FieldFacts.of("queue", false).toDefault()),
            BacklogOptions.DEFAULTS);
    assertThat(zero.value()).isZero();
    assertThat(zero.message())
        .startsWith("listen backlog 0 (Jetty acceptQueueSize from the default of field `queue`;"
            + " below 1, so the JDK uses 50 instead) is below 1024");
  }

  @Test
  void injectedFieldsAreUnknownUnlessTheirAnnotationHasADefault() {
    assertThat(FieldFacts.of("backlog", false).initializer(new Known(50, null)).injected().toDefault())
        .isNull();
    Annotated value = new Annotated(ConfigReads.SPRING_VALUE, 128, "netty.so-backlog", null);
    ClassDefault annotated = FieldFacts.of("backlog", false).injected().annotated(value).toDefault();
    Finding finding = Decision.decide(SERVER_SOCKET, unknownBacklog(annotated), BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(128);
    assertThat(finding.message())
        .startsWith("listen backlog 128 (the default of field `backlog`, from `@Value` when"
            + " `netty.so-backlog` is not set)");
    assertThat(finding.edit()).isEqualTo(new Edit.None());
  }

  @Test
  void theSmallestReportableCandidateIsReportedAndSeveralHaveNoFix() {
    FieldFacts facts = FieldFacts.of("acceptBacklog", false);
    facts.constructor(List.of(new Known(-1, null)), false).constructor(List.of(new Known(0, null)), false)
        .constructor(List.of(new Known(128, null)), false);
    Finding vertx = Decision.decide(VERTX, unknownBacklog(facts.toDefault()), BacklogOptions.DEFAULTS);
    assertThat(vertx.value()).isZero(); // Vert.x's -1 is Netty's own limit: fine
    assertThat(vertx.edit()).isEqualTo(new Edit.None());
    Finding jdk = Decision.decide(SERVER_SOCKET, unknownBacklog(facts.toDefault()), BacklogOptions.DEFAULTS);
    assertThat(jdk.value()).isEqualTo(-1);
  }

  @Test
  void aConfigurationReadNamesItsKeyAndItsFallbackIsEdited() {
    Configured read = new Configured(HADOOP, 128, "ipc.server.listen.queue.size", "arg");
    Finding finding =
        Decision.decide(SERVER_SOCKET, unknownBacklog(ClassDefault.of(null, read)), BacklogOptions.DEFAULTS);
    assertThat(finding.value()).isEqualTo(128);
    assertThat(finding.message())
        .startsWith("listen backlog 128 (the default of `Configuration.getInt(...)` when"
            + " `ipc.server.listen.queue.size` is not set) is below 1024");
    assertThat(finding.edit()).isEqualTo(new Edit.ChangeDefault(read, "%s"));
  }

  @Test
  void aTextualFallbackIsParsedButNotEdited() {
    Configured text = new Configured(SYSTEM_PROPERTY, "50", "backlog", null);
    assertThat(text.backlog()).isEqualTo(50);
    Finding finding =
        Decision.decide(SERVER_SOCKET, unknownBacklog(ClassDefault.of(null, text)), BacklogOptions.DEFAULTS);
    assertThat(finding.edit()).isEqualTo(new Edit.None());
    assertThat(ClassDefault.of(null, new Configured(SYSTEM_PROPERTY, "fifty", "backlog", null))).isNull();
  }

  @Test
  void theOptionTurnsDefaultsBackIntoUnknownBacklogs() {
    BacklogOptions off = new BacklogOptions(1024, true, true, true, false, null);
    ClassDefault field = FieldFacts.of("backlog", false).initializer(new Known(50, null)).toDefault();
    assertThat(Decision.decide(SERVER_SOCKET, unknownBacklog(field), off)).isNull();
    assertThat(Decision.decide(SERVER_SOCKET, unknownBacklog(null), BacklogOptions.DEFAULTS)).isNull();
  }

  @Test
  void annotationsGiveTheirDefaultOnlyInTheKnownForms() {
    assertThat(ConfigReads.annotatedDefault(ConfigReads.SPRING_VALUE, "${netty.so-backlog:128}")).isEqualTo(128);
    assertThat(ConfigReads.annotatedDefault(ConfigReads.SPRING_VALUE, "50")).isEqualTo(50);
    assertThat(ConfigReads.annotatedDefault(ConfigReads.SPRING_VALUE, "${netty.so-backlog}")).isNull();
    assertThat(ConfigReads.annotatedDefault(ConfigReads.SPRING_VALUE, "${a:${b:50}}")).isNull();
    assertThat(ConfigReads.annotatedDefault(ConfigReads.SPRING_VALUE, "#{1 + 2}")).isNull();
    assertThat(ConfigReads.annotatedDefault(ConfigReads.CONFIG_PROPERTY, "64")).isEqualTo(64);
    assertThat(ConfigReads.annotatedKey(ConfigReads.SPRING_VALUE, "${netty.so-backlog:128}"))
        .isEqualTo("netty.so-backlog");
  }

  @Test
  void everyConfigurationReadHasItsFallbackAmongItsParameters() {
    assertThat(ConfigReads.ALL)
        .allSatisfy(row -> assertThat(row.fallbackIndex()).isLessThan(row.signature().parameters().size()));
    assertThat(ConfigReads.BY_NAME.get("getInt")).hasSize(2);
  }
}
