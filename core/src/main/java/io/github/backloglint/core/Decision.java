package io.github.backloglint.core;

import io.github.backloglint.core.BacklogRule.Reason;
import io.github.backloglint.core.CallSite.Endpoint;
import io.github.backloglint.core.CallSite.ListenerUse;
import io.github.backloglint.core.CallSite.Reach;
import io.github.backloglint.core.Finding.Edit;
import io.github.backloglint.core.Sink.Kind;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The rule, decided once for every checker: given a row of the sink table and what a checker saw at
 * its call, whether the call is reported, with which value, message and fix. The checkers only
 * gather the facts ({@link CallSite}); none of them decides anything itself.
 */
public final class Decision {

  private Decision() {}

  /**
   * Decides one call of {@code row}.
   *
   * @return the finding, possibly {@link Finding#pending()}; {@code null} when the call is not
   *     reported
   */
  public static Finding decide(Sink row, CallSite site, BacklogOptions options) {
    if (!options.reports(row)) {
      return null; // a framework's default, with reportFrameworkDefaults off
    }
    // The endpoint is asked first only where null means "binds nothing"; elsewhere after the
    // judgement, like every fact that can only exempt a call.
    Endpoint unbound = row.endpoint() == Sink.Endpoint.ADDRESS_OR_UNBOUND ? site.endpoint() : null;
    if (unbound == Endpoint.NULL) {
      return null; // HttpServer.create(null, n) binds nothing: the backlog is ignored
    }
    if (row.kind() == Kind.PROPERTY && !row.propertyKey().equals(site.knownKey())) {
      return null; // another property
    }
    Integer known = row.hasBacklog() ? backlogValue(row, site.knownBacklog()) : null;
    ClassDefault classDefault = null;
    DefaultValue defaulted = null;
    if (known == null && row.hasBacklog() && options.reportConfigurableDefaults()) {
      classDefault = site.classDefault();
      defaulted = classDefault == null ? null : classDefault.reported(row, options.minimumBacklog());
      known = defaulted == null ? null : defaulted.backlog();
    }
    Reason reason = BacklogRule.judge(row, row.hasBacklog(), known, options.minimumBacklog());
    if (reason == null) {
      return null;
    }
    if (options.ignoreEphemeralPorts()
        && row.endpoint() != Sink.Endpoint.NONE
        && isEphemeral(row, unbound != null ? unbound : site.endpoint())) {
      return null;
    }
    ListenerUse use =
        options.ignorePortProbes() && row.mayBeProbe() ? site.use() : ListenerUse.SERVER;
    Reach reach = row.clientTypes().isEmpty() ? Reach.OTHER : site.reach();
    if (isExempt(row, use, reach, options)) {
      return null;
    }
    int value = row.hasBacklog() ? known : row.unsetBacklog();
    Replacement replacement = options.replacementFor(row);
    String message =
        defaulted == null
            ? BacklogRule.message(row, value, reason, options.minimumBacklog(), replacement.toString())
            : BacklogRule.defaultMessage(row, value, reason, classDefault.describe(defaulted),
                options.minimumBacklog(), replacement.toString());
    boolean pending = use == ListenerUse.PENDING || reach == Reach.PENDING;
    Edit edit = defaulted == null ? edit(row) : edit(row, classDefault);
    return new Finding(value, message, replacement, edit, new Finding.Exemptions(row, options),
        pending);
  }

  /**
   * Decides a framework object built without its knob; {@code listensWithDefault} (the costly
   * part: the object's uses in the method) is asked only when the row would be reported.
   */
  public static Finding decideDefault(
      FrameworkDefault row, BooleanSupplier listensWithDefault, BacklogOptions options) {
    return decideDefault(row, () -> Endpoint.OTHER, listensWithDefault, options);
  }

  /**
   * Decides a framework object built without its knob on a port ({@link FrameworkDefault#portIndex}):
   * {@code port} (what the constructor's port argument is) is asked before the object's uses.
   */
  public static Finding decideDefault(
      FrameworkDefault row,
      Supplier<Endpoint> port,
      BooleanSupplier listensWithDefault,
      BacklogOptions options) {
    if (!options.reportFrameworkDefaults()
        || !row.isReported(options.minimumBacklog())
        || (options.ignoreEphemeralPorts()
            && row.portIndex() != Sink.NONE
            && port.get() == Endpoint.EPHEMERAL)
        || !listensWithDefault.getAsBoolean()) {
      return null;
    }
    Replacement replacement = options.replacementFor(row);
    return new Finding(row.backlog(), row.message(options.minimumBacklog(), replacement.toString()),
        replacement, new Edit.AddKnobCall(row.knobCall()), null, false);
  }

  /**
   * Decides a server application that builds its listener with its framework's default, at the
   * call that builds it ({@link AppServer#reportedAt}); {@code endpoint} is what that call's port
   * argument says ({@link Endpoint#OTHER} without one). {@code listensWithDefault} is asked last.
   */
  public static Finding decideApp(
      AppServer row, Endpoint endpoint, BooleanSupplier listensWithDefault, BacklogOptions options) {
    if (options.ignoreEphemeralPorts() && endpoint == Endpoint.EPHEMERAL) {
      return null; // app.start(0): a test server on a free port
    }
    Finding finding = decideDefault(row, listensWithDefault, options);
    if (finding == null || !row.knobCall().isEmpty()) {
      return finding;
    }
    // No call can add the knob (Javalin's connector lives in Jetty): the message names it.
    return new Finding(finding.value(), finding.message(), finding.replacement(), new Edit.None(),
        null, false);
  }

  /** Whether a listener used this way, or a configuration that goes there, is exempt. */
  static boolean isExempt(Sink row, ListenerUse use, Reach reach, BacklogOptions options) {
    boolean probe = use == ListenerUse.PROBE || use == ListenerUse.ONE_SHOT;
    return (options.ignorePortProbes() && row.mayBeProbe() && probe) || reach == Reach.CLIENTS_ONLY;
  }

  /** The backlog a known argument passes: an {@code int}, or a property's decimal string. */
  private static Integer backlogValue(Sink row, Object known) {
    if (row.kind() == Kind.PROPERTY) {
      return known instanceof String text ? Sink.propertyValue(text) : null;
    }
    return ConstantFolding.asInt(known);
  }

  private static boolean isEphemeral(Sink row, Endpoint endpoint) {
    return switch (row.endpoint()) {
      case PORT -> endpoint == Endpoint.EPHEMERAL;
      case ADDRESS -> endpoint == Endpoint.EPHEMERAL || endpoint == Endpoint.NULL;
      case ADDRESS_OR_UNBOUND -> endpoint == Endpoint.EPHEMERAL;
      case NONE -> false;
    };
  }

  /**
   * Where Error Prone's fix writes the replacement for a class's default: at the one value that
   * makes it, unless there are several, or the value is text (a property row, a textual read, an
   * annotation).
   */
  private static Edit edit(Sink row, ClassDefault classDefault) {
    DefaultValue target = classDefault.editable();
    return target == null || row.kind() == Kind.PROPERTY
        ? new Edit.None()
        : new Edit.ChangeDefault(target, "%s");
  }

  /** Where Error Prone's fix writes the replacement for a call of {@code row}. */
  private static Edit edit(Sink row) {
    if (!row.hasBacklog() && row.unsetFixArguments() != null) {
      // An overload whose backlog comes with more parameters (Pekko's bind): appended after the last.
      return new Edit.AddArgument(row.parameters().size() - 1, row.unsetFixArguments());
    }
    if (row.isFrameworkDefault()) {
      // Jetty's Server(port) and Thrift's transports have no backlog argument to add: the knob
      // lives elsewhere, which the message names.
      return new Edit.None();
    }
    String template = row.kind() == Kind.PROPERTY ? "String.valueOf(%s)" : "%s";
    // Every backlog-less overload has exactly the port or address; the backlog comes next.
    return row.hasBacklog()
        ? new Edit.ReplaceArgument(row.backlog(), template)
        : new Edit.AddArgument(0, template);
  }
}
