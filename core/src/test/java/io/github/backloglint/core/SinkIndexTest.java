package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backloglint.core.Sink.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one index over the table: every row is found under each key a checker looks it up by. */
class SinkIndexTest {

  @Test
  void everySinkIsIndexedOnceUnderItsKey() {
    for (Sink sink : Sinks.ALL) {
      Map<String, List<Sink>> index =
          switch (sink.kind()) {
            case OPTION -> SinkIndex.OPTIONS;
            case CONSTRUCTOR -> SinkIndex.CONSTRUCTORS_BY_OWNER;
            default -> SinkIndex.METHODS;
          };
      String key = sink.kind() == Kind.CONSTRUCTOR ? sink.owner() : sink.name();
      assertThat(index.get(key)).as("%s", sink).containsOnlyOnce(sink);
    }
    int indexed =
        SinkIndex.OPTIONS.values().stream().mapToInt(List::size).sum()
            + SinkIndex.METHODS.values().stream().mapToInt(List::size).sum()
            + SinkIndex.CONSTRUCTORS.size();
    assertThat(indexed).isEqualTo(Sinks.ALL.size());
  }

  @Test
  void constructorsBySimpleNameAsNewWritesThem() {
    assertThat(SinkIndex.CONSTRUCTORS_BY_SIMPLE_NAME.get("ServerSocket")).hasSize(3);
    assertThat(SinkIndex.CONSTRUCTORS_BY_SIMPLE_NAME.get("TNonblockingServerSocket")).hasSize(6);
    assertThat(SinkIndex.CONSTRUCTORS_BY_SIMPLE_NAME).doesNotContainKey("<init>");
  }

  @Test
  void defaultsByClassAndByFactory() {
    assertThat(SinkIndex.HELD_BY_SIMPLE_NAME.get("Connector")).hasSize(2);
    assertThat(SinkIndex.HELD_BY_OWNER).containsKey("org.apache.mina.transport.socket.nio.NioSocketAcceptor");
    assertThat(SinkIndex.BUILDERS_BY_FACTORY.get("custom")).hasSize(4)
        .allMatch(row -> row instanceof BuilderChain);
    assertThat(SinkIndex.DEFAULT_OWNERS).contains("org.apache.http.config.SocketConfig");
  }

  @Test
  void theNamesThatLetAClassBeSkipped() {
    assertThat(SinkIndex.INTERESTING_NAMES)
        .contains("bind", "createServerSocket", "SO_BACKLOG", "BACKLOG", "java.net.ServerSocket",
            "org.eclipse.jetty.server.ServerConnector", "org.apache.hc.core5.reactor.IOReactorConfig")
        .doesNotContain("<init>", "custom");
    // Names most classes use stand for the sink by what it cannot do without.
    assertThat(SinkIndex.INTERESTING_NAMES)
        .contains("SOCKET_BACKLOG", "com.sun.net.httpserver.HttpServer")
        .doesNotContain("set", "create");
    assertThat(SinkIndex.INTERESTING_OWNERS).contains("com.sun.net.httpserver.HttpsServer",
        "java.net.ServerSocket", "org.apache.catalina.startup.Tomcat");
  }

  @Test
  void theMembersOfAnOwnerThatCanLeadToASink() {
    assertThat(SinkIndex.OWNER_MEMBER_NAMES)
        .contains("<init>", "create", "bind", "custom", "getConnector", "createAndStart",
            "setUpDefaultServer")
        .doesNotContain("stop", "join", "getAddress", "close");
  }

  @Test
  void everyCallLookedUpByNameIsACallName() {
    assertThat(SinkIndex.CALL_NAMES).containsAll(SinkIndex.METHODS.keySet())
        .containsAll(SinkIndex.APPS_BY_CALL.keySet())
        .containsAll(SinkIndex.BUILDERS_BY_FACTORY.keySet())
        .contains("bind", "getConnector", "createAndStart", "custom", "setUpDefaultServer")
        .doesNotContain("toString", "<init>", "SO_BACKLOG");
  }
}
