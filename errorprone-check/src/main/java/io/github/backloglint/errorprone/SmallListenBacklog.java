package io.github.backloglint.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import io.github.backloglint.core.BacklogOption;
import io.github.backloglint.core.BacklogOptions;
import io.github.backloglint.core.BacklogRule;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.Finding;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.Sink;
import java.util.List;
import javax.inject.Inject;
import javax.lang.model.element.Name;

/**
 * Finds TCP listeners whose accept-queue backlog is left to the JDK default of 50, or set to a
 * known value below the minimum: the kernel lowers a large backlog to its limit but never raises a
 * small one.
 *
 * <p>The rule is core's ({@link Decision}); this check only finds the calls of its sink table
 * ({@link SinkCall}) and the servers built without their knob ({@link HeldDefaults}), answers
 * core's questions about them from javac's trees ({@link JavacCallSite}), and writes core's edit
 * as a suggested fix ({@link BacklogFix}).
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = BacklogRule.NAME,
    summary =
        "Listening socket with a small or default accept-queue backlog; the kernel never raises it",
    severity = WARNING,
    linkType = CUSTOM,
    link = BacklogRule.DOC_URL)
public final class SmallListenBacklog extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher, NewClassTreeMatcher {

  private final BacklogOptions options;

  /** Why the flags are malformed, or {@code null}; reported as a javac error once. */
  private final String invalidOptions;

  private boolean invalidOptionsReported;

  /** The class facts of the compilation unit being checked, gathered once per class. */
  private final ClassDefaults classDefaults = new ClassDefaults();

  /** The check with default options, as the ServiceLoader creates it. */
  public SmallListenBacklog() {
    this(ErrorProneFlags.empty());
  }

  /**
   * The check with the options of {@code -XepOpt:SmallListenBacklog:...}. A malformed value does
   * not throw: Error Prone creates checks lazily inside javac, where an exception becomes a
   * compiler crash report. The check reports it as a plain javac error instead (see {@link
   * #matchCompilationUnit}) and analyses nothing.
   */
  @Inject
  public SmallListenBacklog(ErrorProneFlags flags) {
    BacklogOptions read;
    String invalid;
    try {
      read = readOptions(flags);
      invalid = null;
    } catch (IllegalArgumentException e) {
      read = null;
      invalid = e.getMessage();
    }
    this.options = read;
    this.invalidOptions = invalid;
  }

  /** The flag a neutral option name stands for: {@code SmallListenBacklog:MinimumBacklog}. */
  static String flagName(String option) {
    return BacklogOption.ALL.stream()
        .filter(declared -> declared.name().equals(option))
        .findFirst()
        .orElseThrow()
        .flagName();
  }

  /**
   * Reads and validates the options.
   *
   * @throws IllegalArgumentException naming the flag and the value when a value is malformed
   */
  static BacklogOptions readOptions(ErrorProneFlags flags) {
    return BacklogOptions.read(
        option -> flags.get(option.flagName()).orElse(null), BacklogOption::flagName);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    if (invalidOptions != null && !invalidOptionsReported) {
      invalidOptionsReported = true;
      // Like a bad command-line option: one error line without a source position; the build fails.
      Log.instance(state.context)
          .error(new JCDiagnostic.Error("compiler", "proc.messager", invalidOptions));
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchNewClass(NewClassTree tree, VisitorState state) {
    if (options == null) {
      return Description.NO_MATCH;
    }
    Name simpleName = SinkCall.simpleName(tree.getIdentifier());
    List<Sink> rows = SinkRows.constructedAs(simpleName, state);
    if (rows == null) {
      return heldDefault(tree, simpleName, state);
    }
    SinkCall call = SinkCall.ofNew(tree, rows, state);
    return call == null ? Description.NO_MATCH : sinkFinding(call, state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (options == null) {
      return Description.NO_MATCH;
    }
    if (!SinkRows.isCallName(SinkCall.simpleName(tree.getMethodSelect()), state)) {
      // Most calls: no row has their name, so only an option's call can be a sink.
      SinkCall option = SinkCall.ofOption(tree, state);
      return option == null ? Description.NO_MATCH : sinkFinding(option, state);
    }
    SinkCall call = SinkCall.ofInvocation(tree, state);
    if (call != null) {
      return sinkFinding(call, state);
    }
    AppServers.Site app = AppServers.of(tree, state);
    return app == null ? builtDefault(tree, state) : appDefault(tree, app, state);
  }

  /** A server application's listener, built with its framework's default where this call is. */
  private Description appDefault(MethodInvocationTree tree, AppServers.Site app, VisitorState state) {
    Finding finding =
        Decision.decideApp(app.row(), app.endpoint(), app.listensWithDefault(), options);
    if (finding == null) {
      return Description.NO_MATCH;
    }
    SuggestedFix fix =
        finding.edit() instanceof Finding.Edit.AddKnobCall && app.fixAfter() != null
            ? BacklogFix.afterStatement(finding, app.fixAfter(), app.fixReceiver(), tree, state)
            : null;
    return describe(tree, finding, fix, state);
  }

  /** A call of a sink row, as core decides it from what the trees tell. */
  private Description sinkFinding(SinkCall call, VisitorState state) {
    Finding finding =
        Decision.decide(call.row(), new JavacCallSite(call, state, classDefaults), options);
    return finding == null
        ? Description.NO_MATCH
        : describe(call.tree(), finding, BacklogFix.atCall(finding, call, state), state);
  }

  /** A server object built without its knob, held in a local that only configures and starts it. */
  private Description heldDefault(NewClassTree tree, Name simpleName, VisitorState state) {
    FrameworkDefault row = HeldDefaults.constructed(tree, simpleName, state);
    if (row == null) {
      return Description.NO_MATCH;
    }
    Supplier<HeldDefaults.Listening> listening =
        Suppliers.memoize(() -> HeldDefaults.listening(row, state.getPath(), state));
    Finding finding = Decision.decideDefault(
        row, () -> HeldDefaults.port(row, tree, state), () -> listening.get() != null, options);
    if (finding == null) {
      return Description.NO_MATCH;
    }
    VariableTree local = listening.get().local();
    // A new expression used directly has no statement after which to set the knob: the message
    // names it.
    SuggestedFix fix = local == null ? null : BacklogFix.afterDeclaration(finding, local, state);
    return describe(tree, finding, fix, state);
  }

  /** A configuration whose builder chain never sets the knob, given to a server. */
  private Description builtDefault(MethodInvocationTree tree, VisitorState state) {
    Name factory = SinkCall.simpleName(tree.getMethodSelect());
    FrameworkDefault row = HeldDefaults.builder(tree, factory, state);
    if (row == null) {
      return Description.NO_MATCH;
    }
    Supplier<MethodInvocationTree> build =
        Suppliers.memoize(() -> HeldDefaults.builtForAServer(row, state.getPath(), state));
    Finding finding = Decision.decideDefault(
        row, () -> HeldDefaults.port(row, tree, state), () -> build.get() != null, options);
    if (finding == null) {
      return Description.NO_MATCH;
    }
    SuggestedFix fix;
    if (BacklogFix.takesObject(finding)) {
      // A statement that takes the server (SSHD's property), after the local that holds it.
      VariableTree local = HeldDefaults.declaredLocal(state.getPath());
      fix = local == null ? null
          : BacklogFix.afterDeclaration(finding, local, HeldDefaults.relocation(row, tree), state);
    } else {
      fix = row.builtAtOnce()
          ? BacklogFix.afterChain(finding, build.get(), state)
          : BacklogFix.beforeBuild(finding, build.get(), state);
    }
    return describe(tree, finding, fix, state);
  }

  /** The finding on the called name ({@code new}, {@code super}, a method's name), with its fix. */
  private Description describe(
      ExpressionTree tree, Finding finding, SuggestedFix fix, VisitorState state) {
    Description.Builder description =
        buildDescription(NamePosition.of(tree, state)).setMessage(finding.message());
    if (fix != null) {
      description.addFix(fix);
    }
    return description.build();
  }
}
