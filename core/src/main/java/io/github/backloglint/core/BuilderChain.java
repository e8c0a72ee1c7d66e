package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Kind;
import java.util.Set;

/**
 * A configuration built by a fluent chain that starts at a static factory and ends in {@code
 * build()}: {@code Sinks.builderChain("org.apache.http.config.SocketConfig#custom()")}. The chain
 * must not call a knob method, and the built object (directly, or through a local used for nothing
 * else) must be handed to one of the row's servers.
 *
 * @param signature the static factory that starts the chain
 * @param knobOf the knob, the default and the servers
 */
public record BuilderChain(Signature signature, Knob knobOf) implements FrameworkDefault {

  static BuilderChain of(Signature factory) {
    return new BuilderChain(factory, Knob.NONE);
  }

  @Override
  public Kind kind() {
    return Kind.STATIC;
  }

  @Override
  public Set<String> starts() {
    return Set.of();
  }

  public BuilderChain framework(String name, int backlog) {
    return new BuilderChain(signature, knobOf.framework(name, backlog));
  }

  public BuilderChain knob(String name, String fixCall, String... setters) {
    return new BuilderChain(signature, knobOf.setting(name, fixCall, setters));
  }

  public BuilderChain givenTo(String... servers) {
    return new BuilderChain(signature, knobOf.servers(servers));
  }

  @Override
  public String toString() {
    return framework() + " " + signature;
  }
}
