package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.backloglint.core.Configurer;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import io.github.backloglint.core.Signature;
import java.util.List;
import javax.lang.model.element.ElementKind;

/**
 * A call that takes a held object as an argument, as Error Prone sees it: which of the row's
 * configurers it is (SSHD's {@code PropertyResolverUtils.updateProperty}, {@code Property.set}) and
 * the key it names; core's {@link FrameworkDefault#callTaking} decides what it does.
 */
final class ConfiguringCalls {

  private ConfiguringCalls() {}

  /** What {@code call}, which takes the held object as argument {@code argument}, does to it. */
  static Use use(FrameworkDefault row, MethodInvocationTree call, int argument, KnownValues known,
      VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    List<Configurer> candidates =
        method == null ? List.of() : row.configurersNamed(method.name.toString());
    for (Configurer configurer : candidates) {
      if (Signature.isNameOrRelocation(binaryName(method.owner), configurer.method().owner())
          && SinkRows.hasParameters(method, configurer.method().parameters(), state)) {
        String key = configurer.keyedByReceiver()
            ? staticField(ASTHelpers.getReceiver(call))
            : known.stringValue(call.getArguments().get(configurer.keyIndex()));
        return row.callTaking(configurer, argument, key);
      }
    }
    return row.callTaking(null, argument, null);
  }

  /** The static field ({@code owner#NAME}) the receiver reads, through its class or an import. */
  private static String staticField(ExpressionTree receiver) {
    Symbol symbol = receiver == null ? null : ASTHelpers.getSymbol(receiver);
    return symbol instanceof VarSymbol
            && symbol.getKind() == ElementKind.FIELD
            && ASTHelpers.isStatic(symbol)
        ? Configurer.field(binaryName(symbol.owner), symbol.name.toString())
        : null;
  }

  private static String binaryName(Symbol symbol) {
    return symbol instanceof Symbol.ClassSymbol type ? type.flatName().toString() : "";
  }
}
