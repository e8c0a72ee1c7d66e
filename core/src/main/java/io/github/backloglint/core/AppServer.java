package io.github.backloglint.core;

import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.Sink.Kind;
import java.util.Set;

/**
 * A server application, one level above a framework, that builds its listener itself with the
 * framework's default: embedded Tomcat's {@code getConnector()} builds a connector with acceptCount
 * 100, Javalin's {@code start(...)} adds a Jetty connector without acceptQueueSize (50). A row of
 * {@link Sinks#APPS}, declared like a held object:
 *
 * <pre>{@code
 * app("org.apache.catalina.startup.Tomcat#<init>()").framework("Tomcat", 100)
 *     .knob("acceptCount", fixCall, "setConnector", "getService")
 *     .startedBy("start").reportedAt("getConnector").listener(connectorRow)
 * }</pre>
 *
 * The app is built in the method (a {@code new} or a static factory, {@link #kind}) and held in a
 * local or used in a chain. The finding goes to the first call of {@link #reportedAt} on it (for a
 * factory that starts the app itself, the factory call); a call's {@code int} argument there is
 * the port (Javalin's {@code start(0)} is ephemeral). Each use of the app, of the listener {@link
 * #reportedAt} hands out, and of the configuration a factory's lambda gets, is classified here;
 * {@link Decision#decideApp} decides.
 *
 * @param signature the constructor or static factory that builds the app
 * @param kind {@link Kind#CONSTRUCTOR} or {@link Kind#STATIC}
 * @param starts calls on the app that make it listen
 * @param reportedAt the call on the app that builds its listener (where the finding goes); the
 *     factory's own name when the factory starts the app
 * @param listener the row whose uses classify the listener {@link #reportedAt} returns (Tomcat's
 *     {@code Connector}), or {@code null} when it returns the app or nothing of interest
 * @param configSilencers members of a factory's configuration (the lambda's parameter) that reach
 *     the listener: a field read or a method called with one of these names silences
 * @param keptWhenPassedOn whether the app, passed to another method, keeps its default (Javalin's
 *     configuration is fixed at the factory: a routes helper cannot reach the connector)
 * @param knobOf the knob, the default, and the calls on the app that give it a listener of its own
 *     ({@link Knob#knobMethods})
 */
public record AppServer(
    Signature signature,
    Kind kind,
    Set<String> starts,
    String reportedAt,
    FrameworkDefault listener,
    Set<String> configSilencers,
    boolean keptWhenPassedOn,
    Knob knobOf)
    implements FrameworkDefault {

  static AppServer of(Signature builder) {
    Kind kind = builder.isConstructor() ? Kind.CONSTRUCTOR : Kind.STATIC;
    return new AppServer(builder, kind, Set.of(), "", null, Set.of(), false, Knob.NONE);
  }

  /** Owned by {@code name}; its listener is built with {@code backlog}. */
  public AppServer framework(String name, int backlog) {
    return with(knobOf.framework(name, backlog));
  }

  /**
   * The setting the message names, the call the fix adds on the listener ({@code ""}: none can),
   * and the calls on the app that give it a listener of its own or reach the default one.
   */
  public AppServer knob(String name, String fixCall, String... silencers) {
    return with(knobOf.setting(name, fixCall, silencers));
  }

  /** Calls on the app that make it listen. */
  public AppServer startedBy(String... methods) {
    return new AppServer(signature, kind, Set.of(methods), reportedAt, listener, configSilencers,
        keptWhenPassedOn, knobOf);
  }

  /** The call that builds the listener, where the finding goes. */
  public AppServer reportedAt(String method) {
    return new AppServer(signature, kind, starts, method, listener, configSilencers,
        keptWhenPassedOn, knobOf);
  }

  /** The row that classifies the uses of the listener {@link #reportedAt} returns. */
  public AppServer listener(FrameworkDefault row) {
    return new AppServer(signature, kind, starts, reportedAt, row, configSilencers,
        keptWhenPassedOn, knobOf);
  }

  /** Members of the factory's configuration that reach the listener. */
  public AppServer configuredBy(String... silencers) {
    return new AppServer(signature, kind, starts, reportedAt, listener, Set.of(silencers),
        keptWhenPassedOn, knobOf);
  }

  /** The app may be passed to other methods (a routes helper) and keep its default. */
  public AppServer keepsDefaultWhenPassedOn() {
    return new AppServer(signature, kind, starts, reportedAt, listener, configSilencers, true,
        knobOf);
  }

  private AppServer with(Knob knob) {
    return new AppServer(signature, kind, starts, reportedAt, listener, configSilencers,
        keptWhenPassedOn, knob);
  }

  /** Whether the factory starts the app itself: the finding goes to the factory call. */
  public boolean startsItself() {
    return kind == Kind.STATIC && reportedAt.equals(name());
  }

  /** Whether the factory takes a configuration (a {@code Consumer} whose lambda is inspected). */
  public boolean takesConfiguration() {
    return kind == Kind.STATIC && !parameters().isEmpty();
  }

  /**
   * What calling {@code method} on the app does: the knob methods silence, {@link #starts}
   * listen, {@link #reportedAt} and everything else configure (the listener it returns is
   * classified by {@link #callOnListener}).
   */
  @Override
  public Use callOnObject(String method, String knownKey) {
    if (knobMethods().contains(method)) {
      return Use.SILENCES;
    }
    return starts.contains(method) ? Use.LISTENS : Use.CONFIGURES;
  }

  /**
   * What calling {@code method} on the listener that {@link #reportedAt} returned does: only the
   * knob (and what reaches it) silences; starting the listener itself changes nothing.
   */
  public Use callOnListener(String method, String knownKey) {
    return listener != null && listener.callOnObject(method, knownKey) == Use.SILENCES
        ? Use.SILENCES
        : Use.CONFIGURES;
  }

  /**
   * What reading the field or calling the method {@code member} on the factory's configuration
   * (the lambda's parameter) does. Any other use of the configuration (passed to a method, stored,
   * captured by a nested lambda or class) silences: the checkers say so without asking.
   */
  public Use onConfiguration(String member) {
    return configSilencers.contains(member) ? Use.SILENCES : Use.CONFIGURES;
  }

  /** What passing the app to another method (or returning or storing it) does. */
  public Use passedOn() {
    return keptWhenPassedOn ? Use.CONFIGURES : Use.SILENCES;
  }

  @Override
  public String toString() {
    return framework() + " " + signature;
  }
}
