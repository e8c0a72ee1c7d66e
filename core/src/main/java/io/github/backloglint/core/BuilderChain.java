package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Kind;
import java.util.Collection;
import java.util.Set;

/**
 * A configuration built by a fluent chain that starts at a static factory and ends in {@code
 * build()}: {@code Sinks.builderChain("org.apache.http.config.SocketConfig#custom()")}. The chain
 * must not call a knob method, and the built object (directly, or through a local used for nothing
 * else) must be handed to one of the row's servers.
 *
 * <p>A chain {@link #builtAtOnce} has no {@code build()}: the factory returns the configuration
 * itself, each step of the chain returns it again (Spring Integration's DSL specs, {@code
 * Tcp.netServer(port).soTimeout(n)}), and the chain's end, or a local it initializes, is what must
 * reach a server (or be returned from a method whose annotation makes it listen).
 *
 * @param signature the static factory that starts the chain
 * @param knobOf the knob, the default and the servers
 * @param builtAtOnce whether the factory's result is already the configuration (no {@code build()})
 * @param portIndex the factory's {@code int} port argument (a known 0 is ephemeral), or {@link
 *     Sink#NONE}
 * @param returnedFrom annotations of a method that makes the configuration listen by returning it
 * @param starts for an object built at once: calls on it that make it listen ({@code start})
 */
public record BuilderChain(
    Signature signature,
    Knob knobOf,
    boolean builtAtOnce,
    int portIndex,
    Set<String> returnedFrom,
    Set<String> starts)
    implements FrameworkDefault {

  static BuilderChain of(Signature factory) {
    return new BuilderChain(factory, Knob.NONE, false, Sink.NONE, Set.of(), Set.of());
  }

  @Override
  public Kind kind() {
    return Kind.STATIC;
  }

  public BuilderChain framework(String name, int backlog) {
    return new BuilderChain(signature, knobOf.framework(name, backlog), builtAtOnce, portIndex,
        returnedFrom, starts);
  }

  public BuilderChain knob(String name, String fixCall, String... setters) {
    return new BuilderChain(signature, knobOf.setting(name, fixCall, setters), builtAtOnce,
        portIndex, returnedFrom, starts);
  }

  public BuilderChain givenTo(String... servers) {
    return new BuilderChain(signature, knobOf.servers(servers), builtAtOnce, portIndex,
        returnedFrom, starts);
  }

  /** Calls that take the object and configure it unless what they name is the knob. */
  public BuilderChain configuredBy(Configurer... calls) {
    return new BuilderChain(signature, knobOf.configuredBy(calls), builtAtOnce, portIndex,
        returnedFrom, starts);
  }

  /**
   * The factory returns the configuration itself, on the port at argument {@code port}: a DSL
   * spec without {@code build()}.
   */
  public BuilderChain specOnPort(int port) {
    return new BuilderChain(signature, knobOf, true, port, returnedFrom, starts);
  }

  /**
   * The factory returns the server itself, configured by its own setters and started by {@code
   * methods} ({@code SshServer.setUpDefaultServer()}, {@code start()}).
   */
  public BuilderChain serverStartedBy(String... methods) {
    return new BuilderChain(signature, knobOf, true, portIndex, returnedFrom, Set.of(methods));
  }

  /** Returned from a method with one of these annotations it listens (Spring's {@code @Bean}). */
  public BuilderChain listensWhenReturnedFrom(String... annotations) {
    return new BuilderChain(
        signature, knobOf, builtAtOnce, portIndex, Set.of(annotations), starts);
  }

  @Override
  public Use returned(Collection<String> methodAnnotations) {
    return HeldObject.returnedFrom(returnedFrom, methodAnnotations);
  }

  @Override
  public String toString() {
    return framework() + " " + signature;
  }
}
