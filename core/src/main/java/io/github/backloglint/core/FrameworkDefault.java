package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Fix;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sink.Taker;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A framework object that listens with the framework's small default unless someone sets its knob: a
 * row of {@link Sinks#DEFAULTS}, either an object built by a constructor and held in a local ({@link
 * HeldObject}), a configuration built by a builder chain ({@link BuilderChain}), or a server
 * application that builds its listener itself ({@link AppServer}). It is reported
 * where it is built when the method, in that method, only configures it, hands it to its server
 * ({@link #servers}) or starts it ({@link #starts}) — never lets it go anywhere else, never sets the
 * knob, never asks for the part that holds the knob ({@link #reachers}). The same allow-list as a
 * port probe: any other use means someone else may set the knob. Whether it is reported is decided
 * by {@link Decision#decideDefault}.
 */
public sealed interface FrameworkDefault extends Row permits HeldObject, BuilderChain, AppServer {

  /** The generic property setters a {@link #propertyKey} is passed to. */
  Set<String> PROPERTY_SETTERS = Set.of("setProperty", "setAttribute");

  /** Where a {@link Knob#knobCall} that is not a method of the object takes the object. */
  String OBJECT = "{}";

  /** The method that ends a builder's chain. */
  String BUILD = "build";

  /** What a use of the held object in the method does to the verdict. */
  enum Use {
    /** Configures or asks it: neither makes it listen nor lets anyone else set the knob. */
    CONFIGURES,
    /** Makes it listen: handed to its server, or started or bound. */
    LISTENS,
    /** Sets the knob, may set it, or lets someone else: the finding is dropped. */
    SILENCES
  }

  /**
   * The knob of a framework default and what its object listens with.
   *
   * @param framework who owns the API, as messages name it
   * @param backlog the backlog such a listener gets: the JDK's 50, or Tomcat's 100
   * @param knob the framework's name of the setting, for messages
   * @param knobMethods calls on the object (in a builder: in the chain) that set the knob
   * @param propertyKey a generic property setter's key that sets the knob ({@code acceptCount}); a
   *     call of {@link #PROPERTY_SETTERS} with it or with an unknown key sets the knob; {@code
   *     null}: none
   * @param reachers calls on the object that hand out the part where the knob lives
   * @param servers calls the object (for a builder: the built object) may be given to, which make
   *     it listen; a constructor is named {@code <init>}
   * @param fix the default replacement, for the knob call the Error Prone fix adds
   * @param knobCall the call that sets the knob, with {@code %s} for the value, as the fix writes it:
   *     a method of the object, or, where it contains {@link #OBJECT}, a statement that takes the
   *     object there ({@code CoreModuleProperties.SOCKET_BACKLOG.set({}, %s)})
   * @param configurers calls that take the object as an argument and configure it unless what
   *     they name is the knob (SSHD's property setters); any other such call silences
   */
  record Knob(
      String framework,
      int backlog,
      String knob,
      Set<String> knobMethods,
      String propertyKey,
      Set<String> reachers,
      List<Taker> servers,
      Fix fix,
      String knobCall,
      List<Configurer> configurers) {

    static final Knob NONE =
        new Knob("", BacklogRule.JDK_DEFAULT_BACKLOG, "", Set.of(), null, Set.of(), List.of(),
            Fix.INTEGER_MAX_VALUE, "", List.of());

    Knob framework(String name, int defaultBacklog) {
      return new Knob(name, defaultBacklog, knob, knobMethods, propertyKey, reachers, servers, fix,
          knobCall, configurers);
    }

    Knob setting(String name, String call, String... methods) {
      return new Knob(framework, backlog, name, Set.of(methods), propertyKey, reachers, servers,
          fix, call, configurers);
    }

    Knob property(String key, String... newReachers) {
      return new Knob(framework, backlog, knob, knobMethods, key, Set.of(newReachers), servers,
          fix, knobCall, configurers);
    }

    Knob servers(String... calls) {
      return new Knob(framework, backlog, knob, knobMethods, propertyKey, reachers,
          Arrays.stream(calls).map(Taker::parse).toList(), fix, knobCall, configurers);
    }

    Knob configuredBy(Configurer... calls) {
      return new Knob(framework, backlog, knob, knobMethods, propertyKey, reachers, servers, fix,
          knobCall, List.of(calls));
    }
  }

  /** The knob, the default and the servers of this row. */
  Knob knobOf();

  /**
   * {@link Kind#CONSTRUCTOR} ({@code new owner(...)}, {@link #parameters()} {@code null} for every
   * constructor) or {@link Kind#STATIC} (a builder's static factory).
   */
  @Override
  Kind kind();

  /** Calls on the object that make it listen ({@code bind}); none for a connector or a configuration. */
  Set<String> starts();

  default String framework() {
    return knobOf().framework();
  }

  default int backlog() {
    return knobOf().backlog();
  }

  default String knob() {
    return knobOf().knob();
  }

  default Set<String> knobMethods() {
    return knobOf().knobMethods();
  }

  default String propertyKey() {
    return knobOf().propertyKey();
  }

  default Set<String> reachers() {
    return knobOf().reachers();
  }

  default List<Taker> servers() {
    return knobOf().servers();
  }

  default Fix fix() {
    return knobOf().fix();
  }

  default String knobCall() {
    return knobOf().knobCall();
  }

  /**
   * Whether {@code constructorParameters} (erased binary names) is a constructor of this row, also
   * with relocated types.
   */
  default boolean matchesParameters(List<String> constructorParameters) {
    return signature().hasParameters(constructorParameters);
  }

  /**
   * What calling {@code method} on the held object does. {@code knownKey} is the known string of
   * argument 0 of a property setter, or {@code null} when it is unknown or there is none.
   */
  default Use callOnObject(String method, String knownKey) {
    if (knobMethods().contains(method) || reachers().contains(method)) {
      return Use.SILENCES;
    }
    if (propertyKey() != null
        && PROPERTY_SETTERS.contains(method)
        && (knownKey == null || knownKey.equals(propertyKey()))) {
      return Use.SILENCES;
    }
    return starts().contains(method) ? Use.LISTENS : Use.CONFIGURES;
  }

  /**
   * The row's configurers named {@code method}: the checker matches the resolved call against
   * their {@link Configurer#method} and hands the one it is to {@link #callTaking}.
   */
  default List<Configurer> configurersNamed(String method) {
    List<Configurer> all = knobOf().configurers();
    return all.isEmpty() ? all : all.stream().filter(c -> c.name().equals(method)).toList();
  }

  /**
   * What a call that takes the held object as argument {@code argument} does: {@code configurer}
   * is the row's configurer the call is, or {@code null} when it is none (then it silences, as any
   * call the object is passed to); {@code knownKey} is the known string of its {@link
   * Configurer#keyIndex} argument, or for a key {@linkplain Configurer#keyedByReceiver read from the
   * receiver} the static field it reads ({@link Configurer#field}), {@code null} when not known.
   */
  default Use callTaking(Configurer configurer, int argument, String knownKey) {
    return configurer == null || !knobOf().configurers().contains(configurer)
        ? Use.SILENCES
        : configurer.use(argument, knownKey);
  }

  /**
   * The argument of the constructor that is the {@code int} port (a known 0 is ephemeral and
   * exempt), or {@link Sink#NONE}.
   */
  default int portIndex() {
    return Sink.NONE;
  }

  /**
   * What returning the object from a method with these annotations (binary names) does: it escapes
   * to the caller, unless the row says such a method makes it listen (Spring's {@code @Bean}).
   */
  default Use returned(Collection<String> methodAnnotations) {
    return Use.SILENCES;
  }

  /**
   * Whether the object also counts when it is not held in a local: the {@code new} expression
   * itself started, given to a server or returned (a use that the row allows). Otherwise only a
   * held object is followed.
   */
  default boolean usedDirectly() {
    return false;
  }

  /**
   * For a builder chain: whether the factory already returns the configuration, so that the chain
   * has no {@code build()} and every step of it (and its end) is the configuration (a DSL spec).
   */
  default boolean builtAtOnce() {
    return false;
  }

  /** Whether a builder chain's call sets the knob. */
  default boolean isKnobMethod(String method) {
    return knobMethods().contains(method);
  }

  /** The names of {@link #servers} methods, for a cheap check before resolving a call. */
  default boolean mayBeServer(String method) {
    for (Taker server : servers()) {
      if (server.name().equals(method)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this default is small enough to report with the given minimum. */
  default boolean isReported(int minimum) {
    return BacklogRule.isReportedDefault(backlog(), minimum);
  }

  /** The message of a finding: the default, its value, and the knob to set. */
  default String message(int minimum, String replacement) {
    return BacklogRule.defaultMessage(framework(), knob(), backlog(), minimum, replacement);
  }
}
