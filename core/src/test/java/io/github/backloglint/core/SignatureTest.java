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
}
