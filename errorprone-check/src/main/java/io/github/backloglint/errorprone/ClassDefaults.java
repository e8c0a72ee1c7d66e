package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.backloglint.core.ClassDefault;
import io.github.backloglint.core.DefaultValue;
import io.github.backloglint.core.FieldFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;

/**
 * The default a class gives a sink's backlog that is unknown in its method: a configuration read
 * with a known fallback, or a field of the class holding the sink (or of a class enclosing it) read
 * directly, through a local, or through its getter. The facts of each class are gathered once
 * ({@link ClassFields}) and kept for the compilation unit being checked.
 */
final class ClassDefaults {

  private CompilationUnitTree unit;
  private final Map<Symbol, ClassFields> classes = new HashMap<>();

  /**
   * The class default of {@code backlog}, the argument of the sink at {@code state}'s path; {@code
   * null} when it has none.
   */
  ClassDefault at(ExpressionTree backlog, KnownValues known, VisitorState state) {
    ExpressionTree value = DefaultValues.followLocals(backlog, known);
    DefaultValue.Configured read = DefaultValues.configured(value, known, state);
    if (read != null) {
      return ClassDefault.of(null, read);
    }
    VarSymbol field = fieldRead(value, state);
    ClassFields owner = field == null ? null : declaring(field.owner, state);
    FieldFacts facts = owner == null ? null : owner.field(field);
    if (facts == null) {
      return null;
    }
    TreePath body = codeBody(state.getPath());
    FieldWrites writes = body == null ? null : FieldWrites.in(body, field.owner);
    if (writes == null || !assigns(writes, field, owner)) {
      return facts.toDefault(); // set elsewhere, by configuration: the class's default stands
    }
    return judgedLikeALocal(writes, field, owner, known, state);
  }

  /**
   * The field read by {@code value}, written {@code backlog}, {@code this.backlog}, {@code
   * Outer.this.backlog} or {@code Outer.backlog}, or returned by a getter called on {@code this} or
   * statically; {@code null} for anything else.
   */
  private VarSymbol fieldRead(ExpressionTree value, VisitorState state) {
    if (value instanceof MethodInvocationTree call) {
      ExpressionTree select = call.getMethodSelect();
      MethodSymbol getter = ASTHelpers.getSymbol(call);
      if (!call.getArguments().isEmpty()
          || !(select instanceof IdentifierTree || FieldWrites.isThis(select))
          || getter == null) {
        return null;
      }
      ClassFields owner = declaring(getter.owner, state);
      return owner == null ? null : owner.getter(getter);
    }
    return (value instanceof IdentifierTree || FieldWrites.isThis(value))
            && ASTHelpers.getSymbol(value) instanceof VarSymbol field
            && field.getKind() == ElementKind.FIELD
        ? field
        : null;
  }

  /**
   * The facts of {@code type} when it is the class holding the sink or one enclosing it (the
   * classes on the sink's path), gathered once per compilation unit; {@code null} for any other
   * class, a superclass among them.
   */
  private ClassFields declaring(Symbol type, VisitorState state) {
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    if (current != unit) {
      unit = current;
      classes.clear();
    }
    for (TreePath p = state.getPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree tree && ASTHelpers.getSymbol(tree) == type) {
        TreePath declaration = p;
        return classes.computeIfAbsent(type, t -> ClassFields.of(declaration, state));
      }
    }
    return null;
  }

  /**
   * Whether the sink's own body assigns the field, or calls a method of its class that does: then
   * the field is judged there like a local.
   */
  private static boolean assigns(FieldWrites writes, VarSymbol field, ClassFields owner) {
    return writes.writes().stream().anyMatch(write -> write.field() == field)
        || writes.calls().stream().anyMatch(method -> owner.assignedBy(method).contains(field));
  }

  /**
   * A field the sink's body assigns is known only through one plain assignment of a known value or
   * configuration read, which the body runs before it reaches the sink; else unknown.
   */
  private static ClassDefault judgedLikeALocal(
      FieldWrites writes,
      VarSymbol field,
      ClassFields owner,
      KnownValues known,
      VisitorState state) {
    List<FieldWrites.Write> assignments =
        writes.writes().stream().filter(write -> write.field() == field).toList();
    if (assignments.size() != 1
        || writes.calls().stream().anyMatch(method -> owner.assignedBy(method).contains(field))) {
      return null;
    }
    FieldWrites.Write write = assignments.get(0);
    Tree sink = state.getPath().getLeaf();
    for (TreePath p = state.getPath(); p != null; p = p.getParentPath()) {
      ExpressionStatementTree statement = write.statementIn(p.getLeaf());
      if (statement != null) {
        return state.getEndPosition(statement) <= ASTHelpers.getStartPosition(sink)
            ? ClassDefault.of(field.getSimpleName().toString(),
                DefaultValues.of(write.value(), known, state))
            : null;
      }
    }
    return null;
  }

  /** The innermost method, lambda or initializer around {@code path}. */
  private static TreePath codeBody(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (LocalVariableUse.isCodeBody(p)) {
        return p;
      }
    }
    return null;
  }
}
