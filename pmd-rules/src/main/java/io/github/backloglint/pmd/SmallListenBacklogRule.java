package io.github.backloglint.pmd;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.util.List;
import java.util.Map;

import io.github.backloglint.core.BacklogOption;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.core.BacklogRule.Reason;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.SinkIndex;
import io.github.backloglint.core.Sink.Endpoint;
import io.github.backloglint.core.Sink.Kind;
import net.sourceforge.pmd.lang.ast.impl.javacc.JavaccToken;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * Reports TCP listeners whose accept-queue backlog is left to the JDK default (50) or set to a
 * known value below a minimum: the kernel lowers a large backlog to its limit but never raises a
 * small one.
 *
 * <p>The sinks are the JDK calls that bind a server socket, Netty's {@code SO_BACKLOG} option and
 * {@code ServerSocketChannelConfig.setBacklog}, and the frameworks' settings; also a framework's
 * server built without its setting ({@link HeldDefaults}). A call whose types cannot be resolved
 * is never reported.
 */
public class SmallListenBacklogRule extends AbstractJavaRulechainRule {

  /**
   * One string property per option of core's declaration, under its neutral name, validated by
   * core's parsers: PMD's own boolean syntax would read a typo such as "ture" as false without a
   * word.
   */
  private static final Map<String, PropertyDescriptor<String>> PROPERTIES =
      BacklogOption.ALL.stream()
          .collect(toUnmodifiableMap(BacklogOption::name, SmallListenBacklogRule::property));

  // The sinks are core's table, found by name through SinkIndex: this rule names none of them.

  /** The options of the file being analysed, read by {@link #start}. */
  private BacklogOptions options;

  public SmallListenBacklogRule() {
    super(ASTMethodCall.class, ASTConstructorCall.class, ASTExplicitConstructorInvocation.class);
    BacklogOption.ALL.forEach(option -> definePropertyDescriptor(PROPERTIES.get(option.name())));
  }

  private static PropertyDescriptor<String> property(BacklogOption<?> option) {
    return PropertyFactory.stringProperty(option.name())
        .desc(option.description())
        .defaultValue(option.defaultText())
        .build();
  }

  /** A malformed option disables the rule with core's message, which names option and value. */
  @Override
  public String dysfunctionReason() {
    String reason = super.dysfunctionReason();
    if (reason != null) {
      return reason;
    }
    try {
      readOptions();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * Reads the options once per file rather than at each matched call. PMD calls {@code start}
   * before it visits a file, on the copy of the rule that the analysing thread owns (rules are
   * deep-copied per thread), so the field is never shared; a misconfigured rule never gets here,
   * PMD removes it after {@link #dysfunctionReason}.
   */
  @Override
  public void start(RuleContext ctx) {
    super.start(ctx);
    options = readOptions();
  }

  private BacklogOptions readOptions() {
    return BacklogOptions.read(this::text, BacklogOption::name);
  }

  /**
   * The property's text, or {@code null} for unset: a PMD property always has a value, so one whose
   * declared default is empty (the replacement: each sink's own) is unset while blank.
   */
  private String text(BacklogOption<?> option) {
    String value = getProperty(PROPERTIES.get(option.name()));
    return option.defaultText().isEmpty() && value.isBlank() ? null : value;
  }

  @Override
  public Object visit(ASTConstructorCall node, Object data) {
    String simpleName = node.getTypeNode().getSimpleName();
    List<Sink> rows = SinkIndex.CONSTRUCTORS_BY_SIMPLE_NAME.get(simpleName);
    if (rows != null) {
      check(node, SinkRows.matching(rows, node), "new", data);
    }
    List<FrameworkDefault> held = SinkIndex.HELD_BY_SIMPLE_NAME.get(simpleName);
    if (held != null && !node.isAnonymousClass()) { // a subclass may set the knob itself
      checkHeld(node, SinkRows.matchingDefault(held, node), "new", data);
    }
    return data;
  }

  @Override
  public Object visit(ASTExplicitConstructorInvocation node, Object data) {
    // Only a direct subclass calls a binding super(...): its extends clause is read before any
    // overload is resolved (most classes call super).
    ASTTypeDeclaration type = node.getEnclosingType();
    ASTClassType superclass = type == null ? null : type.getSuperClassTypeNode();
    List<Sink> rows = superclass == null
        ? null
        : SinkIndex.CONSTRUCTORS_BY_SIMPLE_NAME.get(superclass.getSimpleName());
    if (node.isSuper() && rows != null) {
      check(node, SinkRows.matching(rows, node), "super", data);
    }
    return data;
  }

  @Override
  public Object visit(ASTMethodCall node, Object data) {
    String name = node.getMethodName();
    ASTArgumentList args = node.getArguments();
    if (args.size() == 2 && args.get(0) instanceof ASTNamedReferenceExpr option) {
      List<Sink> rows = SinkIndex.OPTIONS.get(option.getName());
      for (Sink row : rows == null ? List.<Sink>of() : rows) {
        if (SinkRows.readsOptionField(row, option) && SinkRows.takes(row, node)) {
          check(node, row, name, data);
          return data;
        }
      }
    }
    List<Sink> rows = SinkIndex.METHODS.get(name);
    if (rows != null) {
      check(node, SinkRows.matching(rows, node), name, data);
    }
    List<FrameworkDefault> held = args.size() == 0 ? SinkIndex.BUILDERS_BY_FACTORY.get(name) : null;
    if (held != null) {
      checkHeld(node, SinkRows.matchingDefault(held, node), name, data);
    }
    return data;
  }

  /** Reports the sink unless it is exempt or its backlog unknown or large enough. */
  private void check(InvocationNode call, Sink row, String anchor, Object data) {
    if (row == null) {
      return;
    }
    ASTArgumentList args = call.getArguments();
    if (row.endpoint() == Endpoint.ADDRESS_OR_UNBOUND
        && ListenerExemptions.isNullAddress(args.get(row.endpointIndex()))) {
      return; // HttpServer.create(null, n) binds nothing; the backlog is ignored
    }
    if (row.kind() == Kind.PROPERTY
        && !row.propertyKey().equals(KnownValues.stringValue(args.get(0)))) {
      return; // another property
    }
    Integer known = row.hasBacklog() ? backlogValue(row, args.get(row.backlog())) : null;
    Reason reason = BacklogRule.judge(row, row.hasBacklog(), known, options.minimumBacklog());
    if (reason == null
        || !options.reports(row) // a framework's default, when those are off
        || (options.ignoreEphemeralPorts() && isEphemeral(row, args))
        || (options.ignorePortProbes() && row.mayBeProbe() && isPortProbe(row, call))
        || (!row.clientTypes().isEmpty() && ClientOnlyUse.onlyReachesClients(row, call))) {
      return;
    }
    int value = row.hasBacklog() ? known : BacklogRule.JDK_DEFAULT_BACKLOG;
    String message = BacklogRule.message(
        row, value, reason, options.minimumBacklog(), options.replacementFor(row).toString());
    report(call, anchor, message, data);
  }

  /** Reports a server built without its framework's knob, where the object is built. */
  private void checkHeld(InvocationNode creation, FrameworkDefault row, String anchor, Object data) {
    if (row == null) {
      return;
    }
    if (options.reportFrameworkDefaults()
        && row.isReported(options.minimumBacklog())
        && HeldDefaults.listensWithDefault(row, creation)) {
      String replacement = options.replacementFor(row).toString();
      report(creation, anchor, row.message(options.minimumBacklog(), replacement), data);
    }
  }

  private void report(InvocationNode call, String anchor, String message, Object data) {
    // A String argument: MessageFormat would group the digits of a number ("1,024").
    asCtx(data).addViolationWithPosition(call, reportToken(call, anchor), getMessage(), message);
  }

  /** The backlog an argument passes: an {@code int}, or a property's decimal string. */
  private static Integer backlogValue(Sink row, ASTExpression argument) {
    return row.kind() == Kind.PROPERTY
        ? Sink.propertyValue(KnownValues.stringValue(argument))
        : KnownValues.intValue(argument);
  }

  private static boolean isEphemeral(Sink row, ASTArgumentList args) {
    return switch (row.endpoint()) {
      case PORT -> ListenerExemptions.isEphemeralPort(args.get(row.endpointIndex()));
      case ADDRESS, ADDRESS_OR_UNBOUND ->
          ListenerExemptions.isEphemeralAddress(args.get(row.endpointIndex()));
      case NONE -> false;
    };
  }

  private static boolean isPortProbe(Sink row, InvocationNode call) {
    if (row.endpoint() == Endpoint.PORT) {
      return ListenerExemptions.isProbeCreatedBy(call);
    }
    // A bind on a fresh channel returns it: ServerSocketChannel.open().bind(address).
    return call instanceof ASTMethodCall bind
        && (ListenerExemptions.isFreshChannel(bind.getQualifier())
            ? ListenerExemptions.isProbeCreatedBy(bind)
            : ListenerExemptions.isProbeBoundThrough(bind.getQualifier()));
  }

  /**
   * The token a finding belongs on: the method name of a call in a multi-line chain, not the
   * chain's first line; {@code new} or {@code super} for a constructor.
   */
  private static JavaccToken reportToken(InvocationNode call, String image) {
    JavaccToken end = call.getArguments().getFirstToken();
    JavaccToken found = null;
    for (JavaccToken t = call.getFirstToken(); t != null && t != end; t = t.getNext()) {
      if (image.equals(t.getImage())) {
        found = t;
      }
    }
    return found != null ? found : call.getFirstToken();
  }
}
