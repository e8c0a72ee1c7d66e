package io.github.backloglint.core;

import java.util.List;

/**
 * A sink that is a call: a constructor, an instance method (on its owner or a subtype) or a static
 * method. Declared from its signature, then its arguments and traits by name:
 * {@code Sinks.call("java.net.ServerSocket#<init>(int,int)").portAt(0).backlogAt(1).probe()}.
 *
 * @param signature what the call is; its parameters are never "any"
 * @param kind {@link Kind#CONSTRUCTOR}, {@link Kind#INSTANCE} or {@link Kind#STATIC}
 * @param backlog the index of the backlog argument, or {@link #NONE}
 * @param endpoint what the argument {@code endpointIndex} says about the port
 * @param endpointIndex the port or address argument, or {@link #NONE}
 * @param mayBeProbe whether the listener may be a port probe
 * @param traits who owns the call and what its backlog means
 */
public record CallSink(
    Signature signature,
    Kind kind,
    int backlog,
    Endpoint endpoint,
    int endpointIndex,
    boolean mayBeProbe,
    Traits traits)
    implements Sink {

  public CallSink {
    if (signature.parameters() == null) {
      throw new IllegalArgumentException("A call sink names its parameters: " + signature);
    }
  }

  /** A call without backlog, endpoint or probe, owned by the JDK until said otherwise. */
  static CallSink of(Signature signature, Kind kind) {
    return new CallSink(signature, kind, NONE, Endpoint.NONE, NONE, false, Traits.JDK);
  }

  /** The backlog is argument {@code index}. */
  public CallSink backlogAt(int index) {
    return new CallSink(signature, kind, index, endpoint, endpointIndex, mayBeProbe, traits);
  }

  /** Argument {@code index} is an {@code int} port: 0 is ephemeral. */
  public CallSink portAt(int index) {
    return endpointAt(Endpoint.PORT, index);
  }

  /** Argument {@code index} is a {@code SocketAddress}: {@code null} or port 0 is ephemeral. */
  public CallSink addressAt(int index) {
    return endpointAt(Endpoint.ADDRESS, index);
  }

  /** Argument {@code index} is an address whose {@code null} binds nothing ({@code HttpServer}). */
  public CallSink addressOrUnboundAt(int index) {
    return endpointAt(Endpoint.ADDRESS_OR_UNBOUND, index);
  }

  private CallSink endpointAt(Endpoint kindOfEndpoint, int index) {
    return new CallSink(signature, kind, backlog, kindOfEndpoint, index, mayBeProbe, traits);
  }

  /** The listener may be a port probe (the JDK's own sockets and channels). */
  public CallSink probe() {
    return new CallSink(signature, kind, backlog, endpoint, endpointIndex, true, traits);
  }

  /** Owned by {@code name}, as messages say it. */
  public CallSink framework(String name) {
    return with(traits.withFramework(name));
  }

  /** The framework's setting, named in messages. */
  public CallSink knob(String name) {
    return with(traits.withKnob(name));
  }

  /** What the framework makes of a value below 1. */
  public CallSink values(Values values) {
    return with(traits.withValues(values));
  }

  /** The default replacement in the framework's form. */
  public CallSink fix(Fix fix) {
    return with(traits.withFix(fix));
  }

  /** A shading build may have moved the owner under another package. */
  public CallSink relocatable() {
    return with(traits.relocated());
  }

  /** A configuration that only reaches these client types (prefixes) is not reported. */
  public CallSink clientTypes(List<String> types) {
    return with(traits.withClientTypes(types));
  }

  private CallSink with(Traits newTraits) {
    return new CallSink(signature, kind, backlog, endpoint, endpointIndex, mayBeProbe, newTraits);
  }

  @Override
  public String toString() {
    return framework() + " " + signature;
  }
}
