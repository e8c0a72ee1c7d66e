package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.suppliers.Supplier;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import io.github.backloglint.core.ConfigRead;
import io.github.backloglint.core.ConfigReads;
import io.github.backloglint.core.DefaultValue;
import io.github.backloglint.core.Signature;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Name;

/**
 * The value an expression gives a class's default, where it is written (a field's initializer, a
 * constructor's assignment, a sink's backlog): a known value ({@link KnownValues}), a read of core's
 * configuration table ({@link ConfigReads}) whose fallback is known, or anything else ({@link
 * DefaultValue.Unknown}). Each value keeps the tree the fix edits.
 */
final class DefaultValues {

  private static final int MAX_DEPTH = 16;

  /** The configuration reads by the compilation's method names: a call is rejected by name first. */
  private static final Supplier<Map<Name, List<ConfigRead>>> READS =
      SinkRows.byName(ConfigReads.BY_NAME);

  private DefaultValues() {}

  /**
   * What {@code written} gives the default, judged with the constants and locals that {@code known}
   * sees (those of the code body that writes it).
   */
  static DefaultValue of(ExpressionTree written, KnownValues known, VisitorState state) {
    Integer value = known.intValue(written);
    if (value != null) {
      return new DefaultValue.Known(value, written);
    }
    DefaultValue.Configured read = configured(written, known, state);
    return read != null ? read : new DefaultValue.Unknown();
  }

  /**
   * The configuration read with a known fallback that {@code tree} is, directly or through a local
   * whose only assignment it is; {@code null} when it is none.
   */
  static DefaultValue.Configured configured(
      ExpressionTree tree, KnownValues known, VisitorState state) {
    if (!(followLocals(tree, known) instanceof MethodInvocationTree call)) {
      return null;
    }
    List<ConfigRead> rows = READS.get(state).get(SinkCall.simpleName(call.getMethodSelect()));
    if (rows != null) {
      return read(call, rows, false, known, state);
    }
    // Integer.parseInt(System.getProperty(name, "50")): a textual read counts inside a parser only.
    MethodSymbol parser = call.getArguments().size() == 1 ? ASTHelpers.getSymbol(call) : null;
    if (parser == null || !isParser(parser, state)
        || !(followLocals(call.getArguments().get(0), known) instanceof MethodInvocationTree text)) {
      return null;
    }
    rows = READS.get(state).get(SinkCall.simpleName(text.getMethodSelect()));
    return rows == null ? null : read(text, rows, true, known, state);
  }

  /** The row among {@code rows} that {@code call} is, with its known fallback; or {@code null}. */
  private static DefaultValue.Configured read(
      MethodInvocationTree call,
      List<ConfigRead> rows,
      boolean parsed,
      KnownValues known,
      VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null) {
      return null;
    }
    for (ConfigRead row : rows) {
      if (row.textual() != parsed
          || !SinkRows.hasParameters(method, row.signature().parameters(), state)
          || !isOwnedBy(method, row.signature(), state)) {
        continue;
      }
      ExpressionTree argument = call.getArguments().get(row.fallbackIndex());
      Object fallback = parsed ? known.stringValue(argument) : known.intValue(argument);
      if (row.fallbackValue(fallback) == null) {
        return null; // the fallback is not known: the read is as unknown as any call
      }
      String key = row.hasKey() ? known.stringValue(call.getArguments().get(row.keyIndex())) : null;
      return new DefaultValue.Configured(row, fallback, key, argument);
    }
    return null;
  }

  /** {@code Integer.parseInt(String)} or {@code Integer.valueOf(String)}. */
  private static boolean isParser(MethodSymbol method, VisitorState state) {
    for (Signature parser : ConfigReads.PARSERS) {
      if (method.name.contentEquals(parser.name())
          && method.owner instanceof ClassSymbol owner
          && owner.flatName().contentEquals(parser.owner())
          && SinkRows.hasParameters(method, parser.parameters(), state)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the method is declared by the row's owner or a subtype ({@code JobConf} is a {@code
   * Configuration}), also as relocated by a shading build (a name ending in {@code "." + owner}).
   */
  private static boolean isOwnedBy(MethodSymbol method, Signature row, VisitorState state) {
    List<Type> supertypes;
    try {
      supertypes = state.getTypes().closure(method.owner.type);
    } catch (CompletionFailure e) {
      return false; // a supertype is missing from the classpath: cannot tell, stay silent
    }
    for (Type supertype : supertypes) {
      if (supertype.tsym instanceof ClassSymbol type) {
        String name = type.flatName().toString();
        if (Signature.isNameOrRelocation(name, row.owner())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The value a local holds when its initializer is its only assignment, through parentheses. */
  static ExpressionTree followLocals(ExpressionTree tree, KnownValues known) {
    ExpressionTree current = tree;
    for (int i = 0; i < MAX_DEPTH; i++) {
      current = ASTHelpers.stripParentheses(current);
      if (!(current instanceof IdentifierTree)) {
        return current;
      }
      LocalVariableUse use = known.localUse(ASTHelpers.getSymbol(current));
      ExpressionTree assigned = use == null ? null : use.onlyAssignedValue();
      if (assigned == null) {
        return current;
      }
      current = assigned;
    }
    return current;
  }
}
