package io.github.backloglint.pmd;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.util.List;
import java.util.Map;

import io.github.backloglint.core.BacklogOption;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.Finding;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.SinkIndex;
import net.sourceforge.pmd.lang.ast.impl.javacc.JavaccToken;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
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
 * server built without its setting ({@link HeldDefaults}), and an application's listener built with
 * its framework's default ({@link AppServers}). A call whose types cannot be resolved
 * is never reported.
 *
 * <p>The rule decides nothing itself: it finds the calls of core's sink rows by name ({@link
 * SinkIndex}), resolves them ({@link SinkRows}), and hands each to core's {@link Decision} with the
 * facts PMD's AST gives ({@link PmdCallSite}).
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

  /** The options of the file being analysed, read by {@link #options()}; {@code null} until then. */
  private BacklogOptions options;

  /** The class-level facts of the file being analysed, gathered as its sinks ask. */
  private ClassDefaults classDefaults;

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
   * Forgets the previous file's options: they are read again at the first call of a sink row in
   * this file. PMD calls {@code start} before it visits a file, on the copy of the rule that the
   * analysing thread owns (rules are deep-copied per thread), so the field is never shared; a
   * misconfigured rule never gets here, PMD removes it after {@link #dysfunctionReason}.
   */
  @Override
  public void start(RuleContext ctx) {
    super.start(ctx);
    options = null;
    classDefaults = new ClassDefaults();
  }

  /**
   * The options, read at most once per file and only in a file that calls a sink row: most files
   * call none, and reading them (a property lookup and a parse each) would be the rule's only work
   * on such a file beyond its name lookups.
   */
  private BacklogOptions options() {
    if (options == null) {
      options = readOptions();
    }
    return options;
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
    // overload is resolved (most classes call super), and this(...) before the walk up to it.
    if (!node.isSuper()) {
      return data;
    }
    ASTTypeDeclaration type = node.getEnclosingType();
    ASTClassType superclass = type == null ? null : type.getSuperClassTypeNode();
    List<Sink> rows = superclass == null
        ? null
        : SinkIndex.CONSTRUCTORS_BY_SIMPLE_NAME.get(superclass.getSimpleName());
    if (rows != null) {
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
    AppServers.Site app = SinkIndex.APPS_BY_CALL.containsKey(name) ? AppServers.of(node) : null;
    if (app != null) {
      Finding finding = Decision.decideApp(
          app.row(), app.endpoint(), app.listensWithDefault(), options());
      report(node, name, finding, data);
    }
    List<FrameworkDefault> builders = SinkIndex.BUILDERS_BY_FACTORY.get(name);
    if (builders != null) {
      checkHeld(node, SinkRows.matchingDefault(builders, node), name, data);
    }
    return data;
  }

  /** Reports the call of {@code row} when core decides so; {@code null}: no row matched. */
  private void check(InvocationNode call, Sink row, String anchor, Object data) {
    if (row != null) {
      report(call, anchor, Decision.decide(row, new PmdCallSite(row, call, classDefaults), options()),
          data);
    }
  }

  /** Reports a server built without its framework's knob, where the object is built. */
  private void checkHeld(InvocationNode creation, FrameworkDefault row, String anchor, Object data) {
    if (row != null) {
      Finding finding = Decision.decideDefault(row, () -> HeldDefaults.port(row, creation),
          () -> HeldDefaults.listensWithDefault(row, creation), options());
      report(creation, anchor, finding, data);
    }
  }

  private void report(InvocationNode call, String anchor, Finding finding, Object data) {
    if (finding != null) {
      // A String argument: MessageFormat would group the digits of a number ("1,024").
      asCtx(data).addViolationWithPosition(
          call, reportToken(call, anchor), getMessage(), finding.message());
    }
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
