package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Kind;
import java.util.Set;

/**
 * A framework object built by {@code new} (the class itself, not a subclass) and held in a local:
 * {@code Sinks.heldObject("org.eclipse.jetty.server.ServerConnector#<init>(..)").framework("Jetty",
 * 50).knob("acceptQueueSize", "setAcceptQueueSize(%s)", "setAcceptQueueSize")}.
 *
 * @param signature the constructor; parameters "any" ({@code (..)}) for every one
 * @param starts calls on the object that make it listen by themselves ({@code bind}, {@code start})
 * @param knobOf the knob, the default and the servers
 */
public record HeldObject(Signature signature, Set<String> starts, Knob knobOf)
    implements FrameworkDefault {

  static HeldObject of(Signature constructor) {
    return new HeldObject(constructor, Set.of(), Knob.NONE);
  }

  @Override
  public Kind kind() {
    return Kind.CONSTRUCTOR;
  }

  /** Owned by {@code name}; an object built without the knob listens with {@code backlog}. */
  public HeldObject framework(String name, int backlog) {
    return new HeldObject(signature, starts, knobOf.framework(name, backlog));
  }

  /** The setting, the call the fix adds ({@code %s}: the value), and the methods that set it. */
  public HeldObject knob(String name, String fixCall, String... setters) {
    return new HeldObject(signature, starts, knobOf.setting(name, fixCall, setters));
  }

  /** A property setter's key sets the knob; {@code reachers} hand out the knob's holder. */
  public HeldObject property(String key, String... reachers) {
    return new HeldObject(signature, starts, knobOf.property(key, reachers));
  }

  /** Calls ({@code owner#name}) the object may be given to, which make it listen. */
  public HeldObject givenTo(String... servers) {
    return new HeldObject(signature, starts, knobOf.servers(servers));
  }

  /** Calls on the object that make it listen by themselves. */
  public HeldObject startedBy(String... methods) {
    return new HeldObject(signature, Set.of(methods), knobOf);
  }

  @Override
  public String toString() {
    return framework() + " " + signature;
  }
}
