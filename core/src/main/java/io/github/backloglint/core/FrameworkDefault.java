package io.github.backloglint.core;

import io.github.backloglint.core.Sink.Fix;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sink.Taker;
import java.util.List;
import java.util.Set;

/**
 * A framework object that listens with the framework's small default unless someone sets its knob: a
 * row of {@link Sinks#DEFAULTS}. It is reported where it is built when the method holds it in a
 * local of its own and, in that method, only configures it, hands it to its server ({@link
 * #servers}) or starts it ({@link #starts}) — never lets it go anywhere else, never sets the knob,
 * never asks for the part that holds the knob ({@link #reachers}). The same allow-list as a port
 * probe: any other use means someone else may set the knob.
 *
 * <p>A {@link Kind#STATIC} row is a builder: {@code owner.name()} starts a fluent chain that ends in
 * {@code build()}; the chain must not call a knob method, and the built object (directly, or through
 * a local used for nothing else) must be handed to one of {@link #servers}.
 *
 * @param framework who owns the API, as messages name it
 * @param kind {@link Kind#CONSTRUCTOR} ({@code new owner(...)}, the class itself, not a subclass) or
 *     {@link Kind#STATIC} (a builder factory)
 * @param owner the constructed class, or the builder factory's class, a binary name
 * @param name {@code <init>} or the factory method
 * @param parameters the constructor's erased parameter types, or {@code null} for every constructor
 * @param backlog the backlog such a listener gets: the JDK's 50, or Tomcat's 100
 * @param knob the framework's name of the setting, for messages
 * @param knobMethods calls on the object (in a builder: in the chain) that set the knob
 * @param propertyKey a generic property setter's key that sets the knob ({@code acceptCount}); a call
 *     of {@link #PROPERTY_SETTERS} with it or with an unknown key sets the knob; {@code null}: none
 * @param reachers calls on the object that hand out the part where the knob lives
 * @param starts calls on the object that make it listen ({@code bind}); none for a connector or a
 *     configuration, which listen when their server does
 * @param servers calls the object (for a builder: the built object) may be given to, which make it
 *     listen; a constructor is named {@code <init>}
 * @param fix the default replacement, for the knob call the Error Prone fix adds
 * @param knobCall the call that sets the knob, with {@code %s} for the value, as the fix writes it
 */
public record FrameworkDefault(
    String framework,
    Kind kind,
    String owner,
    String name,
    List<String> parameters,
    int backlog,
    String knob,
    Set<String> knobMethods,
    String propertyKey,
    Set<String> reachers,
    Set<String> starts,
    List<Taker> servers,
    Fix fix,
    String knobCall) {

  /** The generic property setters a {@link #propertyKey} is passed to. */
  public static final Set<String> PROPERTY_SETTERS = Set.of("setProperty", "setAttribute");

  /** The method that ends a builder's chain. */
  public static final String BUILD = "build";

  /** What a use of the held object in the method does to the verdict. */
  public enum Use {
    /** Configures or asks it: neither makes it listen nor lets anyone else set the knob. */
    CONFIGURES,
    /** Makes it listen: handed to its server, or started or bound. */
    LISTENS,
    /** Sets the knob, may set it, or lets someone else: the finding is dropped. */
    SILENCES
  }

  /** Whether {@code constructorParameters} (erased binary names) is a constructor of this row. */
  public boolean matchesParameters(List<String> constructorParameters) {
    return parameters == null || parameters.equals(constructorParameters);
  }

  /**
   * What calling {@code method} on the held object does. {@code knownKey} is the known string of
   * argument 0 of a property setter, or {@code null} when it is unknown or there is none.
   */
  public Use callOnObject(String method, String knownKey) {
    if (knobMethods.contains(method) || reachers.contains(method)) {
      return Use.SILENCES;
    }
    if (propertyKey != null
        && PROPERTY_SETTERS.contains(method)
        && (knownKey == null || knownKey.equals(propertyKey))) {
      return Use.SILENCES;
    }
    return starts.contains(method) ? Use.LISTENS : Use.CONFIGURES;
  }

  /** Whether a builder chain's call sets the knob. */
  public boolean isKnobMethod(String method) {
    return knobMethods.contains(method);
  }

  /** The names of {@link #servers} methods, for a cheap check before resolving a call. */
  public boolean mayBeServer(String method) {
    for (Taker server : servers) {
      if (server.name().equals(method)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this default is small enough to report with the given minimum. */
  public boolean isReported(int minimum) {
    return BacklogRule.isReportedDefault(backlog, minimum);
  }

  /** The message of a finding: the default, its value, and the knob to set. */
  public String message(int minimum, String replacement) {
    return BacklogRule.defaultMessage(framework, knob, backlog, minimum, replacement);
  }
}
