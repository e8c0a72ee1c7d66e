package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnerIndexTest {

  private static final Map<String, List<String>> ROWS =
      Map.of(
          "org.eclipse.jetty.server.ServerConnector", List.of("jetty"),
          "org.apache.sshd.server.SshServer", List.of("sshd"),
          "io.undertow.Undertow$Builder", List.of("undertow"));

  @Test
  void findsAnOwnerItselfOrRelocated() {
    OwnerIndex<String> index = OwnerIndex.binary(ROWS);
    assertThat(index.get("org.eclipse.jetty.server.ServerConnector")).containsExactly("jetty");
    assertThat(index.get("org.apache.hadoop.hbase.thirdparty.org.eclipse.jetty.server.ServerConnector"))
        .containsExactly("jetty");
    assertThat(index.owner("shaded.io.undertow.Undertow$Builder"))
        .isEqualTo("io.undertow.Undertow$Builder");
  }

  @Test
  void rejectsLookAlikesAndStrangers() {
    OwnerIndex<String> index = OwnerIndex.binary(ROWS);
    assertThat(index.get("notorg.eclipse.jetty.server.ServerConnector")).isEmpty();
    assertThat(index.contains("com.example.ServerConnector")).isFalse();
    assertThat(index.contains("ServerConnector")).isFalse();
    assertThat(index.contains("")).isFalse();
  }

  @Test
  void internalNamesAreLookedUpAsBytecodeSpellsThem() {
    OwnerIndex<String> index = OwnerIndex.internal(ROWS);
    assertThat(index.get("org/apache/sshd/server/SshServer")).containsExactly("sshd");
    assertThat(index.owner("shaded/org/apache/sshd/server/SshServer"))
        .isEqualTo("org/apache/sshd/server/SshServer");
    assertThat(index.contains("shaded.org.apache.sshd.server.SshServer")).isFalse();
    assertThat(index.get("x/io/undertow/Undertow$Builder")).containsExactly("undertow");
  }
}
