package io.github.backloglint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureTest {

  @Test
  void aConstructorWithItsParameters() {
    Signature signature = Signature.parse("java.net.ServerSocket#<init>(int, int, java.net.InetAddress)");
    assertThat(signature.owner()).isEqualTo("java.net.ServerSocket");
    assertThat(signature.isConstructor()).isTrue();
    assertThat(signature.parameters()).containsExactly("int", "int", "java.net.InetAddress");
    assertThat(signature).hasToString("java.net.ServerSocket#<init>(int,int,java.net.InetAddress)");
  }

  @Test
  void noParametersAnyParametersAndAField() {
    assertThat(Signature.parse("org.apache.http.config.SocketConfig#custom()").parameters()).isEmpty();
    Signature any = Signature.parse("org.eclipse.jetty.server.ServerConnector#<init>(..)");
    assertThat(any.parameters()).isNull();
    assertThat(any.hasParameters(List.of("org.eclipse.jetty.server.Server"))).isTrue();
    Signature field = Signature.parse("io.netty.channel.ChannelOption#SO_BACKLOG");
    assertThat(field.name()).isEqualTo("SO_BACKLOG");
    assertThat(field.isConstructor()).isFalse();
  }

  @Test
  void nestedClassesKeepTheirBinaryName() {
    Signature signature = Signature.parse("io.undertow.Undertow$Builder#setSocketOption(org.xnio.Option,java.lang.Object)");
    assertThat(signature.simpleOwner()).isEqualTo("Builder");
    assertThat(signature.hasParameters(List.of("org.xnio.Option", "java.lang.Object"))).isTrue();
    assertThat(signature.hasParameters(List.of("org.xnio.Option"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ServerSocket", "#bind()", "a.B#m(int", "a.B(int)#m"})
  void malformedSignaturesAreRefused(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Signature.parse(text)).withMessageContaining(text);
  }

  @Test
  void aRelocationEndsInTheNameAfterADot() {
    assertThat(Signature.isNameOrRelocation("org.xnio.OptionMap", "org.xnio.OptionMap")).isTrue();
    assertThat(Signature.isNameOrRelocation("shaded.org.xnio.OptionMap", "org.xnio.OptionMap")).isTrue();
    assertThat(Signature.isNameOrRelocation("shadedorg.xnio.OptionMap", "org.xnio.OptionMap")).isFalse();
    assertThat(Signature.isNameOrRelocation("org.xnio.Option", "org.xnio.OptionMap")).isFalse();
    assertThat(Signature.isNameOrRelocation("a.org.xnio.OptionMap2", "org.xnio.OptionMap")).isFalse();
  }

  @Test
  void parametersMayBeRelocatedButNotLookAlikes() {
    Signature set = Signature.parse(
        "org.apache.sshd.common.Property#set(org.apache.sshd.common.PropertyResolver,java.lang.Object)");
    assertThat(set.hasParameters(List.of("org.apache.sshd.common.PropertyResolver", "java.lang.Object")))
        .isTrue();
    assertThat(set.hasParameters(
            List.of("shaded.org.apache.sshd.common.PropertyResolver", "java.lang.Object")))
        .isTrue();
    assertThat(set.hasParameters(
            List.of("shadedorg.apache.sshd.common.PropertyResolver", "java.lang.Object")))
        .isFalse();
    assertThat(set.hasParameters(List.of("org.apache.sshd.common.PropertyResolver"))).isFalse();
    assertThat(set.hasParameters(null)).isFalse();
  }

  @Test
  void descriptorsAreWalkedTypeByType() {
    Signature bind = Signature.parse("java.net.ServerSocket#bind(java.net.SocketAddress,int)");
    assertThat(bind.hasDescriptor("(Ljava/net/SocketAddress;I)V")).isTrue();
    assertThat(bind.hasDescriptor("(Ljava/net/SocketAddress;)V")).isFalse();
    assertThat(bind.hasDescriptor("(Ljava/net/SocketAddress;IZ)V")).isFalse();
    assertThat(bind.hasDescriptor("(Ljava/net/SocketAddress;J)V")).isFalse();
    assertThat(bind.hasDescriptor("(Lx/java/net/SocketAddress;I)V")).isTrue();
    assertThat(bind.hasDescriptor("(Lxjava/net/SocketAddress;I)V")).isFalse();
    Signature arrays = Signature.parse("org.eclipse.jetty.server.Server#setConnectors("
        + "org.eclipse.jetty.server.Connector[])");
    assertThat(arrays.hasDescriptor("([Lorg/eclipse/jetty/server/Connector;)V")).isTrue();
    assertThat(arrays.hasDescriptor("([Lshaded/org/eclipse/jetty/server/Connector;)V")).isTrue();
    assertThat(arrays.hasDescriptor("(Lorg/eclipse/jetty/server/Connector;)V")).isFalse();
    assertThat(arrays.hasDescriptor("([[Lorg/eclipse/jetty/server/Connector;)V")).isFalse();
    assertThat(Signature.parse("a.B#c(int[],long)").hasDescriptor("([IJ)V")).isTrue();
    assertThat(Signature.parse("a.B#c(int[],long)").hasDescriptor("([JJ)V")).isFalse();
    assertThat(Signature.parse("a.B$C#d()").hasDescriptor("()La/B$C;")).isTrue();
    assertThat(Signature.parse("a.B#d(a.B$C)").hasDescriptor("(Lz/a/B$C;)V")).isTrue();
    assertThat(Signature.parse("a.B#d(..)").hasDescriptor("(garbage")).isTrue();
    assertThat(Signature.parse("a.B#d(int)").hasDescriptor("(")).isFalse();
    assertThat(Signature.parse("a.B#d(a.B)").hasDescriptor("(La/B")).isFalse();
  }

  @Test
  void internalNamesAreRelocatedAtSlashes() {
    assertThat(Signature.isNameOrRelocation("x/org/A", "org/A", '/')).isTrue();
    assertThat(Signature.isNameOrRelocation("x.org.A", "org/A", '/')).isFalse();
    assertThat(Signature.isNameOrRelocation("xorg/A", "org/A", '/')).isFalse();
  }
}
