package io.github.backloglint.pmd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.backloglint.core.CallSite;
import io.github.backloglint.core.ClassDefault;
import io.github.backloglint.core.DefaultValue;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.AccessType;
import net.sourceforge.pmd.lang.java.ast.ASTBlock;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpressionStatement;
import net.sourceforge.pmd.lang.java.ast.ASTFieldAccess;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JPrimitiveType.PrimitiveTypeKind;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.TypeTestUtil;

/**
 * The defaults a class gives its listener ({@link CallSite#classDefault()}), for the calls of one
 * file: a configuration read with a known fallback at the sink, or a field of the sink's class (or
 * of a class enclosing it in the file) read directly, through a local or through its getter. The
 * class-level facts are gathered once per class ({@link FieldAssignments}); a rule copy (one per
 * thread) keeps one instance per file.
 */
final class ClassDefaults {

  private final Map<ASTTypeDeclaration, FieldAssignments> classes = new HashMap<>();
  private Node file;

  /** The class's default for the backlog {@code expr} of the sink {@code call}, or {@code null}. */
  ClassDefault of(InvocationNode call, ASTExpression backlog) {
    ASTExpression expr = KnownValues.throughLocal(backlog);
    DefaultValue.Configured read = ConfigReadCalls.of(expr);
    if (read != null) {
      return ClassDefault.of(null, read);
    }
    ASTVariableId field = fieldOf(expr);
    if (field == null || !isBacklogType(field.getTypeMirror()) || !holdsOrEncloses(field, call)) {
      return null;
    }
    FieldAssignments assignments = assignments(field.getEnclosingType());
    return inSinkBody(field, call, assignments);
  }

  /**
   * The field's default, unless the body that holds the sink (the innermost method, constructor or
   * lambda) assigns it or calls a method that does: then it is judged there like a local, known
   * only through one plain assignment before the sink, in a block around it.
   */
  private static ClassDefault inSinkBody(
      ASTVariableId field, InvocationNode call, FieldAssignments assignments) {
    Node body = LocalUses.ownerOf(call);
    List<ASTNamedReferenceExpr> writes = new ArrayList<>();
    for (ASTNamedReferenceExpr usage : field.getLocalUsages()) {
      if (usage.getAccessType() == AccessType.WRITE && isInside(usage, body)) {
        writes.add(usage);
      }
    }
    boolean callsWriter = body != null && assignments.callsWriter((JavaNode) body, field);
    if (writes.isEmpty() && !callsWriter) {
      return assignments.defaultOf(field);
    }
    if (callsWriter || writes.size() != 1) {
      return null;
    }
    ASTExpression value = FieldAssignments.assignedValue(writes.get(0));
    return value != null && precedes(writes.get(0), call)
        ? ClassDefault.of(field.getName(), ConfigReadCalls.valueOf(value))
        : null;
  }

  /** Whether the assignment {@code write} is a statement of a block around {@code call}, before it. */
  private static boolean precedes(ASTNamedReferenceExpr write, InvocationNode call) {
    Node statement = write.getParent().getParent();
    return statement instanceof ASTExpressionStatement
        && statement.getParent() instanceof ASTBlock block
        && isInside(call, block)
        && statement.getTextRegion().getEndOffset() <= call.getTextRegion().getStartOffset();
  }

  /**
   * The field {@code expr} reads, as an own member ({@code backlog}, {@code this.backlog}, {@code
   * Outer.this.backlog}, {@code Outer.backlog}) or through a getter called on this object or
   * statically; {@code null} for anything else (another object's field, a parameter).
   */
  private static ASTVariableId fieldOf(ASTExpression expr) {
    ASTVariableId field = ownField(expr);
    return field != null || !(expr instanceof ASTMethodCall call) ? field : getterField(call);
  }

  private static ASTVariableId ownField(ASTExpression expr) {
    if (!(expr instanceof ASTNamedReferenceExpr ref)
        || !(ref.getReferencedSym() instanceof JFieldSymbol symbol)
        || ref instanceof ASTFieldAccess access && !FieldAssignments.isThisOrType(access.getQualifier())) {
      return null;
    }
    return symbol.tryGetNode();
  }

  /**
   * The field a getter returns: a method of the same file without parameters whose body is {@code
   * return backlog;} or {@code return this.backlog;}, a field of the getter's own class.
   */
  private static ASTVariableId getterField(ASTMethodCall call) {
    if (call.getArguments().size() != 0
        || call.getQualifier() != null && !FieldAssignments.isThisOrType(call.getQualifier())) {
      return null;
    }
    JMethodSig method = SinkRows.resolved(call);
    if (method == null
        || !(method.getSymbol().tryGetNode() instanceof ASTMethodDeclaration getter)
        || getter.getArity() != 0
        || getter.getBody() == null
        || getter.getBody().getNumChildren() != 1
        || !(getter.getBody().getChild(0) instanceof ASTReturnStatement returned)) {
      return null;
    }
    ASTVariableId field = ownField(returned.getExpr());
    return field != null && field.getEnclosingType() == getter.getEnclosingType() ? field : null;
  }

  /** An {@code int} or an {@code Integer}: what a backlog argument takes. */
  private static boolean isBacklogType(JTypeMirror type) {
    return type.isPrimitive(PrimitiveTypeKind.INT) || TypeTestUtil.isExactlyA(Integer.class, type);
  }

  /** Whether the field's class holds the sink or encloses the class that does. */
  private static boolean holdsOrEncloses(ASTVariableId field, InvocationNode call) {
    ASTTypeDeclaration owner = field.getEnclosingType();
    return field.isField() && owner != null && isInside(call, owner);
  }

  private static boolean isInside(Node node, Node scope) {
    return scope != null && node.ancestors().any(ancestor -> ancestor == scope);
  }

  /** The class's assignments, gathered once; the cache lives as long as the file. */
  private FieldAssignments assignments(ASTTypeDeclaration type) {
    if (file != type.getRoot()) {
      classes.clear();
      file = type.getRoot();
    }
    return classes.computeIfAbsent(type, FieldAssignments::new);
  }
}
