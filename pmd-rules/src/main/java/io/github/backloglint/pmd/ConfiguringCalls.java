package io.github.backloglint.pmd;

import io.github.backloglint.core.Configurer;
import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.FrameworkDefault.Use;
import java.lang.reflect.Modifier;
import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;

/**
 * A call that takes a held object as an argument, as PMD sees it: which of the row's configurers it
 * is (SSHD's {@code PropertyResolverUtils.updateProperty}, {@code Property.set}) and the key it
 * names; core's {@link FrameworkDefault#callTaking} decides what it does.
 */
final class ConfiguringCalls {

  private ConfiguringCalls() {}

  /** What {@code call}, which takes the held object as argument {@code argument}, does to it. */
  static Use use(FrameworkDefault row, ASTMethodCall call, int argument) {
    List<Configurer> candidates = row.configurersNamed(call.getMethodName());
    for (Configurer configurer : candidates) {
      if (SinkRows.isMember(call, configurer.method())) {
        String key = configurer.keyedByReceiver()
            ? staticField(call)
            : KnownValues.stringValue(call.getArguments().get(configurer.keyIndex()));
        return row.callTaking(configurer, argument, key);
      }
    }
    return row.callTaking(null, argument, null);
  }

  /** The static field ({@code owner#NAME}) the qualifier reads, through its class or an import. */
  private static String staticField(ASTMethodCall call) {
    return call.getQualifier() instanceof ASTNamedReferenceExpr ref
            && ref.getReferencedSym() instanceof JFieldSymbol field
            && Modifier.isStatic(field.getModifiers())
        ? Configurer.field(field.getEnclosingClass().getBinaryName(), field.getSimpleName())
        : null;
  }
}
