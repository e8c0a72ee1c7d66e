package io.github.backloglint.errorprone;

import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;

/**
 * Calls made on an expression, as a walk up a tree path meets them: the expression is the
 * receiver of {@code receiver.method(...)}. Every classification of a held object's, an app's or a
 * listener's uses asks this first.
 */
final class ReceiverCalls {

  private ReceiverCalls() {}

  /**
   * The call whose method select is at {@code parent}, the path of an expression's parent ({@code
   * x.method} in {@code x.method(...)}); {@code null} when the expression is no call's receiver.
   */
  static MethodInvocationTree callSelectedAt(TreePath parent) {
    if (parent != null
        && parent.getLeaf() instanceof MemberSelectTree select
        && parent.getParentPath() != null
        && parent.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select) {
      return call;
    }
    return null;
  }

  /** The select of a call {@link #callSelectedAt} found: {@code x.method}. */
  static MemberSelectTree select(MethodInvocationTree call) {
    return (MemberSelectTree) call.getMethodSelect();
  }

  /** The name of a call {@link #callSelectedAt} found. */
  static String methodName(MethodInvocationTree call) {
    return select(call).getIdentifier().toString();
  }
}
