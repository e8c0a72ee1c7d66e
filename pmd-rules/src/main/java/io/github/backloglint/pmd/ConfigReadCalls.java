package io.github.backloglint.pmd;

import java.util.ArrayList;
import java.util.List;

import io.github.backloglint.core.ConfigRead;
import io.github.backloglint.core.ConfigReads;
import io.github.backloglint.core.ConstantFolding;
import io.github.backloglint.core.DefaultValue;
import io.github.backloglint.core.Signature;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.Substitution;

/**
 * Core's configuration table ({@link ConfigReads}) as PMD resolves it: a call of one of its reads
 * whose fallback is known ({@code conf.getInt("ipc.server.listen.queue.size", 128)}), and the value
 * an assignment or initializer gives a field. A call is rejected by its name before its overload is
 * resolved; an unresolved call or owner is never a read.
 */
final class ConfigReadCalls {

  private ConfigReadCalls() {}

  /**
   * The configuration read with a known fallback that {@code expr} is, directly or through a local
   * whose only assignment it is; a textual read ({@code System.getProperty(name, "50")}) only as the
   * argument of a parser ({@code Integer.parseInt}). {@code null} when it is none.
   */
  static DefaultValue.Configured of(ASTExpression expr) {
    if (!(KnownValues.throughLocal(expr) instanceof ASTMethodCall call)) {
      return null;
    }
    if (isParser(call)) {
      return call.getArguments().get(0) instanceof ASTMethodCall text ? read(text, true) : null;
    }
    return read(call, false);
  }

  /**
   * What {@code expr}, assigned to a field, gives it: a known value (whose source is {@code expr}),
   * a configuration read with a known fallback, or anything else ({@link DefaultValue.Unknown}).
   */
  static DefaultValue valueOf(ASTExpression expr) {
    Integer known = KnownValues.intValue(expr);
    if (known != null) {
      return new DefaultValue.Known(known, expr);
    }
    DefaultValue.Configured read = of(expr);
    return read != null ? read : new DefaultValue.Unknown();
  }

  /** The read {@code call} is, with its known fallback; {@code textual}: inside a parser. */
  private static DefaultValue.Configured read(ASTMethodCall call, boolean textual) {
    List<ConfigRead> rows = ConfigReads.BY_NAME.get(call.getMethodName());
    JMethodSig method = rows == null ? null : SinkRows.resolved(call);
    if (method == null) {
      return null;
    }
    for (ConfigRead row : rows) {
      if (row.textual() == textual && matches(row.signature(), method, call)) {
        ASTExpression fallback = call.getArguments().get(row.fallbackIndex());
        Object value = textual
            ? KnownValues.stringValue(fallback)
            : ConstantFolding.asInt(KnownValues.valueOf(fallback));
        String key = row.hasKey() ? KnownValues.stringValue(call.getArguments().get(row.keyIndex())) : null;
        return value == null ? null : new DefaultValue.Configured(row, value, key, fallback);
      }
    }
    return null;
  }

  /** {@code Integer.parseInt(text)} or {@code Integer.valueOf(text)}: core's parsers. */
  private static boolean isParser(ASTMethodCall call) {
    String name = call.getMethodName();
    if (call.getArguments().size() != 1
        || ConfigReads.PARSERS.stream().noneMatch(parser -> parser.name().equals(name))) {
      return false;
    }
    JMethodSig method = SinkRows.resolved(call);
    if (method == null) {
      return false;
    }
    for (Signature parser : ConfigReads.PARSERS) {
      if (matches(parser, method, call)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the resolved {@code method} is the member {@code signature}: its name and declared
   * (erased, unsubstituted) parameters, declared in or called on the owner, a subtype or a
   * relocation of it.
   */
  private static boolean matches(Signature signature, JMethodSig method, ASTMethodCall call) {
    if (!signature.name().equals(method.getName())
        || !relocatedParameters(signature.parameters(), declaredParameters(method))) {
      return false;
    }
    JClassSymbol declaring = SinkRows.classOf(method.getDeclaringType());
    return SinkRows.isOrExtendsRelocated(declaring, signature.owner())
        || !method.isStatic() && SinkRows.isOrExtendsRelocated(SinkRows.receiver(call), signature.owner());
  }

  /** Whether each declared parameter is the expected type or a relocation of it ({@code Option}). */
  private static boolean relocatedParameters(List<String> expected, List<String> declared) {
    if (expected.size() != declared.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      String type = declared.get(i);
      if (type == null || !Signature.isNameOrRelocation(type, expected.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The parameters as declared, erased: {@code Map.getOrDefault(Object, V)} is {@code (Object,
   * Object)} whatever the map's type arguments; {@code null} stands for an unresolved type.
   */
  private static List<String> declaredParameters(JMethodSig method) {
    List<String> names = new ArrayList<>();
    for (JTypeMirror formal : method.getSymbol().getFormalParameterTypes(Substitution.EMPTY)) {
      names.add(SinkRows.binaryName(formal.getErasure()));
    }
    return names;
  }
}
