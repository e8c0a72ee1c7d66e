package io.github.backloglint.pmd;

import io.github.backloglint.core.CallSite;
import io.github.backloglint.core.ClassDefault;
import io.github.backloglint.core.Decision;
import io.github.backloglint.core.Sink;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;

/**
 * What PMD's AST tells core about one resolved call of a sink row. Each fact is computed only when
 * {@link Decision#decide} asks for it, so a call whose backlog is unknown or large enough never
 * walks the method for probes or client configurations. The AST answers every question at the
 * call: no fact is ever pending.
 */
final class PmdCallSite implements CallSite {

  private final Sink row;
  private final InvocationNode call;
  private final ClassDefaults classDefaults;

  PmdCallSite(Sink row, InvocationNode call, ClassDefaults classDefaults) {
    this.row = row;
    this.call = call;
    this.classDefaults = classDefaults;
  }

  @Override
  public String knownKey() {
    return KnownValues.stringValue(argument(0));
  }

  @Override
  public Endpoint endpoint() {
    return Endpoints.of(row.endpoint(), argument(row.endpointIndex()));
  }

  @Override
  public Object knownBacklog() {
    return KnownValues.valueOf(argument(row.backlog()));
  }

  @Override
  public ListenerUse use() {
    return ListenerUses.of(row, call);
  }

  @Override
  public Reach reach() {
    return ClientOnlyUse.onlyReachesClients(row, call) ? Reach.CLIENTS_ONLY : Reach.OTHER;
  }

  @Override
  public ClassDefault classDefault() {
    return classDefaults.of(call, argument(row.backlog()));
  }

  private ASTExpression argument(int index) {
    return call.getArguments().get(index);
  }
}
