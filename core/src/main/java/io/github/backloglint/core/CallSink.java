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
 * @param unset what a call without a backlog argument listens with, and how the fix adds one
 * @param receiverField for an instance method: the static field ({@code owner#NAME}) that must be
 *     the receiver ({@code CoreModuleProperties.SOCKET_BACKLOG.set(server, n)}); {@code null}: any
 */
public record CallSink(
    Signature signature,
    Kind kind,
    int backlog,
    Endpoint endpoint,
    int endpointIndex,
    boolean mayBeProbe,
    Traits traits,
    Unset unset,
    Signature receiverField)
    implements Sink {

  /**
   * What a call that passes no backlog listens with, and what Error Prone's fix appends to add one.
   *
   * @param backlog the library's value: the JDK's 50, or a value the library hard-codes (Pekko's 100)
   * @param fixArguments the arguments the fix appends after the call's last one ({@code %s}: the
   *     replacement), for an overload whose backlog is followed by more parameters; {@code null}:
   *     the JDK's rule (the backlog right after the port or address), or no fix for a framework's
   *     constructor without a backlog parameter
   */
  public record Unset(int backlog, String fixArguments) {
    static final Unset JDK = new Unset(BacklogRule.JDK_DEFAULT_BACKLOG, null);
  }

  public CallSink {
    if (signature.parameters() == null) {
      throw new IllegalArgumentException("A call sink names its parameters: " + signature);
    }
  }

  /** A call without backlog, endpoint or probe, owned by the JDK until said otherwise. */
  static CallSink of(Signature signature, Kind kind) {
    return new CallSink(
        signature, kind, NONE, Endpoint.NONE, NONE, false, Traits.JDK, Unset.JDK, null);
  }

  /** The backlog is argument {@code index}. */
  public CallSink backlogAt(int index) {
    return new CallSink(signature, kind, index, endpoint, endpointIndex, mayBeProbe, traits, unset,
        receiverField);
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
    return new CallSink(signature, kind, backlog, kindOfEndpoint, index, mayBeProbe, traits, unset,
        receiverField);
  }

  /** The listener may be a port probe (the JDK's own sockets and channels). */
  public CallSink probe() {
    return new CallSink(signature, kind, backlog, endpoint, endpointIndex, true, traits, unset,
        receiverField);
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

  /** A configuration that only reaches these client types (prefixes) is not reported. */
  public CallSink clientTypes(List<String> types) {
    return with(traits.withClientTypes(types));
  }

  /**
   * Without a backlog argument the library listens with {@code value}, not the JDK's 50 (Pekko's
   * {@code Tcp.bind(host, port)}: 100); {@code fixArguments} is what the fix appends to pass one,
   * or {@code null} when no single edit can.
   */
  public CallSink unsetBacklog(int value, String fixArguments) {
    return new CallSink(signature, kind, backlog, endpoint, endpointIndex, mayBeProbe, traits,
        new Unset(value, fixArguments), receiverField);
  }

  /**
   * Only a call whose receiver is this static field ({@code owner#NAME}, read through its class):
   * a generic setter that is a sink for one receiver only ({@code Property.set} of SSHD's
   * {@code SOCKET_BACKLOG}).
   */
  public CallSink on(String field) {
    Signature parsed = Signature.parse(field);
    if (kind != Kind.INSTANCE || parsed.parameters() != null) {
      throw new IllegalArgumentException("A receiver field is a field of an instance call: " + field);
    }
    return new CallSink(signature, kind, backlog, endpoint, endpointIndex, mayBeProbe, traits,
        unset, parsed);
  }

  @Override
  public int unsetBacklog() {
    return unset.backlog();
  }

  @Override
  public String unsetFixArguments() {
    return unset.fixArguments();
  }

  private CallSink with(Traits newTraits) {
    return new CallSink(signature, kind, backlog, endpoint, endpointIndex, mayBeProbe, newTraits,
        unset, receiverField);
  }

  @Override
  public String toString() {
    return framework() + " " + signature;
  }
}
