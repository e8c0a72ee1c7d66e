package io.github.backloglint.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import io.github.backloglint.core.Sink;
import java.util.List;
import javax.lang.model.element.Name;

/**
 * A call of a sink row as javac sees it: a method call, {@code super(...)} or {@code new}, matched
 * to its row by name first and only then by its resolved symbol.
 *
 * @param tree the method invocation or new expression
 * @param arguments its arguments
 * @param row the table's row
 * @param relocation what a shading build put before the package of the row's owner ({@code ""}:
 *     none); Netty's fix imports its NetUtil from there
 */
record SinkCall(
    ExpressionTree tree, List<? extends ExpressionTree> arguments, Sink row, String relocation) {

  /**
   * The sink a {@code new} expression calls, given the constructor rows of the class name it
   * writes; or {@code null}.
   */
  static SinkCall ofNew(NewClassTree tree, List<Sink> rows, VisitorState state) {
    if (!(ASTHelpers.getSymbol((Tree) tree) instanceof MethodSymbol constructor)) {
      return null;
    }
    // new ServerSocket(port) {} calls the ServerSocket constructor through the anonymous class.
    Sink row =
        tree.getClassBody() == null
            ? SinkRows.matching(rows, constructor, null, state)
            : superConstructorRow(rows, constructor, state);
    return row == null ? null : new SinkCall(tree, tree.getArguments(), row, "");
  }

  /** The sink a method call (or {@code super(...)}) is, or {@code null}; rejects by name first. */
  static SinkCall ofInvocation(MethodInvocationTree tree, VisitorState state) {
    SinkCall option = ofOption(tree, state);
    if (option != null) {
      return option;
    }
    List<? extends ExpressionTree> arguments = tree.getArguments();
    Name name = simpleName(tree.getMethodSelect());
    List<Sink> rows = name == null ? null : SinkRows.calledAs(name, state);
    MethodSymbol method = rows == null ? null : ASTHelpers.getSymbol(tree);
    if (method == null) {
      return null;
    }
    if (SinkRows.isSuper(name, state) && inGeneratedConstructor(state)) {
      return null; // the anonymous class's super(...): its new expression is the sink
    }
    Sink row = SinkRows.matching(rows, method, tree, state);
    if (row == null) {
      return null;
    }
    String relocation = SinkRows.prefix(method.owner.type, row, row.owner(), state);
    return new SinkCall(tree, arguments, row, relocation == null ? "" : relocation);
  }

  /** The call as an option's call ({@code option(SO_BACKLOG, n)}), or {@code null}. */
  static SinkCall ofOption(MethodInvocationTree tree, VisitorState state) {
    if (tree.getArguments().size() != 2) {
      return null;
    }
    List<Sink> options = SinkRows.optionsNamed(simpleName(tree.getArguments().get(0)), state);
    return options == null ? null : optionCall(tree, options, state);
  }

  /** The argument at {@code index}. */
  ExpressionTree argument(int index) {
    return arguments.get(index);
  }

  /** An option row whose field is argument 0 of a call that takes it, or {@code null}. */
  private static SinkCall optionCall(
      MethodInvocationTree tree, List<Sink> rows, VisitorState state) {
    for (Sink row : rows) {
      String relocation = SinkRows.optionPrefix(row, tree.getArguments().get(0), state);
      MethodSymbol method = relocation == null ? null : ASTHelpers.getSymbol(tree);
      if (method != null && SinkRows.takes(row, method, state)) {
        return new SinkCall(tree, tree.getArguments(), row, relocation);
      }
    }
    return null;
  }

  /** The row of the superclass constructor that an anonymous class's constructor passes on to. */
  private static Sink superConstructorRow(
      List<Sink> rows, MethodSymbol constructor, VisitorState state) {
    Type superclass = state.getTypes().supertype(constructor.owner.type);
    if (superclass == null || !(superclass.tsym instanceof ClassSymbol type)) {
      return null;
    }
    String owner = type.flatName().toString();
    for (Sink row : rows) {
      if (row.names(row.owner(), owner)
          && SinkRows.hasParameters(constructor, row.parameters(), state)) {
        return row;
      }
    }
    return null;
  }

  /** A generated constructor's super(...) belongs to the new expression of an anonymous class. */
  private static boolean inGeneratedConstructor(VisitorState state) {
    MethodTree method = state.findEnclosing(MethodTree.class);
    return method != null && ASTHelpers.isGeneratedConstructor(method);
  }

  /**
   * The simple name an identifier, a member select or a new expression's class is written with: a
   * cheap syntactic key, read before any symbol is resolved.
   */
  static Name simpleName(Tree tree) {
    if (tree instanceof MemberSelectTree member) {
      return member.getIdentifier();
    }
    if (tree instanceof IdentifierTree identifier) {
      return identifier.getName();
    }
    return tree instanceof ParameterizedTypeTree generic ? simpleName(generic.getType()) : null;
  }
}
