package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Kind;
import java.util.Collection;
import java.util.Set;

/**
 * A framework object built by {@code new} (the class itself, not a subclass) and held in a local:
 * {@code Sinks.heldObject("org.eclipse.jetty.server.ServerConnector#<init>(..)").framework("Jetty",
 * 50).knob("acceptQueueSize", "setAcceptQueueSize(%s)", "setAcceptQueueSize")}.
 *
 * @param signature the constructor; parameters "any" ({@code (..)}) for every one
 * @param starts calls on the object that make it listen by themselves ({@code bind}, {@code start})
 * @param knobOf the knob, the default and the servers
 * @param portIndex the constructor's {@code int} port argument (0 is ephemeral), or {@link
 *     Sink#NONE}
 * @param returnedFrom annotations (binary names) of a method that makes the object listen by
 *     returning it: Spring's {@code @Bean}, whose container starts it
 * @param usedDirectly whether the object also counts without a local, when the {@code new}
 *     expression itself is started, given to a server or returned ({@code return new
 *     TcpNetServerConnectionFactory(port);} in a {@code @Bean} method)
 */
public record HeldObject(
    Signature signature,
    Set<String> starts,
    Knob knobOf,
    int portIndex,
    Set<String> returnedFrom,
    boolean usedDirectly)
    implements FrameworkDefault {

  static HeldObject of(Signature constructor) {
    return new HeldObject(constructor, Set.of(), Knob.NONE, Sink.NONE, Set.of(), false);
  }

  @Override
  public Kind kind() {
    return Kind.CONSTRUCTOR;
  }

  /** Owned by {@code name}; an object built without the knob listens with {@code backlog}. */
  public HeldObject framework(String name, int backlog) {
    return new HeldObject(signature, starts, knobOf.framework(name, backlog), portIndex,
        returnedFrom, usedDirectly);
  }

  /** The setting, the call the fix adds ({@code %s}: the value), and the methods that set it. */
  public HeldObject knob(String name, String fixCall, String... setters) {
    return new HeldObject(signature, starts, knobOf.setting(name, fixCall, setters), portIndex,
        returnedFrom, usedDirectly);
  }

  /** A property setter's key sets the knob; {@code reachers} hand out the knob's holder. */
  public HeldObject property(String key, String... reachers) {
    return new HeldObject(signature, starts, knobOf.property(key, reachers), portIndex,
        returnedFrom, usedDirectly);
  }

  /** Calls ({@code owner#name}) the object may be given to, which make it listen. */
  public HeldObject givenTo(String... servers) {
    return new HeldObject(signature, starts, knobOf.servers(servers), portIndex,
        returnedFrom, usedDirectly);
  }

  /** Calls that take the object and configure it unless what they name is the knob. */
  public HeldObject configuredBy(Configurer... calls) {
    return new HeldObject(signature, starts, knobOf.configuredBy(calls), portIndex,
        returnedFrom, usedDirectly);
  }

  /** Calls on the object that make it listen by themselves. */
  public HeldObject startedBy(String... methods) {
    return new HeldObject(signature, Set.of(methods), knobOf, portIndex, returnedFrom,
        usedDirectly);
  }

  /** Argument {@code index} of the constructor is the port: a known 0 is ephemeral. */
  public HeldObject portAt(int index) {
    return new HeldObject(signature, starts, knobOf, index, returnedFrom, usedDirectly);
  }

  /** Returned from a method with one of these annotations it listens (Spring's {@code @Bean}). */
  public HeldObject listensWhenReturnedFrom(String... annotations) {
    return new HeldObject(
        signature, starts, knobOf, portIndex, Set.of(annotations), usedDirectly);
  }

  /** The {@code new} expression itself may be started, given to a server or returned. */
  public HeldObject orUsedDirectly() {
    return new HeldObject(signature, starts, knobOf, portIndex, returnedFrom, true);
  }

  @Override
  public Use returned(Collection<String> methodAnnotations) {
    return returnedFrom(returnedFrom, methodAnnotations);
  }

  /**
   * Listens when one of the method's annotations is one of {@code listening} (or a relocation of
   * it); else escapes.
   */
  static Use returnedFrom(Set<String> listening, Collection<String> methodAnnotations) {
    for (String annotation : methodAnnotations) {
      for (String listener : listening) {
        if (Signature.isNameOrRelocation(annotation, listener)) {
          return Use.LISTENS;
        }
      }
    }
    return Use.SILENCES;
  }

  @Override
  public String toString() {
    return framework() + " " + signature;
  }
}
