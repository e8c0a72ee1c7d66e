package io.github.backloglint.errorprone;

import static com.google.errorprone.matchers.method.MethodMatchers.constructor;
import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.staticMethod;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.backloglint.core.ConstantFolding;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * The values that follow from constants within the method of one sink: compile-time constants,
 * locals whose only assignment is their initializer, the operators of constant expressions over
 * them, and boxing. Everything else is unknown ({@code null}).
 */
final class KnownValues {

  private static final int MAX_DEPTH = 64;

  private static final Matcher<ExpressionTree> INTEGER_VALUE_OF =
      staticMethod().onClass("java.lang.Integer").named("valueOf").withParameters("int");

  /** Explicit unboxing: the same bytecode as the implicit kind, so as known as its receiver. */
  private static final Matcher<ExpressionTree> INTEGER_INT_VALUE =
      instanceMethod().onExactClass("java.lang.Integer").named("intValue").withNoParameters();

  private static final Matcher<ExpressionTree> INET_SOCKET_ADDRESS =
      constructor().forClass("java.net.InetSocketAddress");

  private final VisitorState state;
  private final Map<Symbol, Optional<LocalVariableUse>> locals = new HashMap<>();

  KnownValues(VisitorState state) {
    this.state = state;
  }

  /** The value an {@code int} parameter receives from {@code tree}, or {@code null}. */
  Integer intValue(ExpressionTree tree) {
    return ConstantFolding.asInt(valueOf(tree, 0));
  }

  /** The known {@code String} that {@code tree} passes, or {@code null}. */
  String stringValue(ExpressionTree tree) {
    return valueOf(tree, 0) instanceof String text ? text : null;
  }

  /**
   * Whether a {@code SocketAddress} argument asks for an ephemeral port: {@code null}, or an {@code
   * InetSocketAddress} with a known port 0, inline or through a local assigned once.
   */
  boolean isEphemeralAddress(ExpressionTree tree) {
    ExpressionTree address = followLocal(tree);
    if (address == null) {
      return false;
    }
    if (address.getKind() == Tree.Kind.NULL_LITERAL) {
      return true;
    }
    if (address instanceof NewClassTree newClass
        && newClass.getClassBody() == null
        && INET_SOCKET_ADDRESS.matches(newClass, state)) {
      List<? extends ExpressionTree> arguments = newClass.getArguments();
      Integer port = arguments.isEmpty() ? null : intValue(arguments.get(arguments.size() - 1));
      return port != null && port == 0;
    }
    return false;
  }

  /** Whether {@code tree} is the {@code null} literal, inline or through a local assigned once. */
  boolean isNull(ExpressionTree tree) {
    ExpressionTree value = followLocal(tree);
    return value != null && value.getKind() == Tree.Kind.NULL_LITERAL;
  }

  /**
   * Where a reference's only assigned value comes from, through parentheses, reference casts and
   * locals: {@code (SocketAddress) null} and a local initialized to {@code null} are as null as the
   * literal, as they are in bytecode.
   */
  private ExpressionTree followLocal(ExpressionTree tree) {
    ExpressionTree current = tree;
    for (int i = 0; current != null && i < MAX_DEPTH; i++) {
      current = ASTHelpers.stripParentheses(current);
      if (current instanceof TypeCastTree cast) {
        current = cast.getExpression();
        continue;
      }
      if (!(current instanceof IdentifierTree)) {
        return current;
      }
      LocalVariableUse use = localUse(ASTHelpers.getSymbol(current));
      if (use == null) {
        return current;
      }
      current = use.onlyAssignedValue();
    }
    return null;
  }

  /** The uses of a local variable in the code around the sink, or {@code null}. */
  LocalVariableUse localUse(Symbol symbol) {
    if (!(symbol instanceof VarSymbol)
        || (symbol.getKind() != ElementKind.LOCAL_VARIABLE
            && symbol.getKind() != ElementKind.RESOURCE_VARIABLE)) {
      return null;
    }
    return locals
        .computeIfAbsent(symbol, s -> Optional.ofNullable(LocalVariableUse.of(s, state.getPath())))
        .orElse(null);
  }

  private Object valueOf(ExpressionTree tree, int depth) {
    if (tree == null || depth > MAX_DEPTH) {
      return null;
    }
    Object constant = ASTHelpers.constValue(tree);
    if (constant != null) {
      return constant;
    }
    return switch (tree.getKind()) {
      case PARENTHESIZED -> valueOf(((ParenthesizedTree) tree).getExpression(), depth + 1);
      case IDENTIFIER, MEMBER_SELECT -> variableValue(tree, depth);
      case CONDITIONAL_EXPRESSION -> conditionalValue((ConditionalExpressionTree) tree, depth);
      case TYPE_CAST -> castValue((TypeCastTree) tree, depth);
      case METHOD_INVOCATION -> boxedValue((MethodInvocationTree) tree, depth);
      case UNARY_MINUS, UNARY_PLUS, BITWISE_COMPLEMENT, LOGICAL_COMPLEMENT ->
          unaryValue((UnaryTree) tree, depth);
      default -> tree instanceof BinaryTree binary ? binaryValue(binary, depth) : null;
    };
  }

  private Object variableValue(ExpressionTree tree, int depth) {
    if (!(ASTHelpers.getSymbol(tree) instanceof VarSymbol variable)) {
      return null;
    }
    // A constant field read through an instance (this.backlog): javac inlines it too.
    Object constant = variable.getConstValue();
    if (constant != null) {
      return asType(constant, variable.type);
    }
    if (!(tree instanceof IdentifierTree)) {
      return null;
    }
    LocalVariableUse use = localUse(variable);
    if (use == null) {
      return null;
    }
    return asType(valueOf(use.onlyAssignedValue(), depth + 1), variable.type);
  }

  private Object conditionalValue(ConditionalExpressionTree tree, int depth) {
    Object condition = valueOf(tree.getCondition(), depth + 1);
    if (!(condition instanceof Boolean chosen)) {
      return null;
    }
    return valueOf(chosen ? tree.getTrueExpression() : tree.getFalseExpression(), depth + 1);
  }

  private Object castValue(TypeCastTree tree, int depth) {
    Object value = valueOf(tree.getExpression(), depth + 1);
    return value == null ? null : asType(value, ASTHelpers.getType(tree.getType()));
  }

  private Object boxedValue(MethodInvocationTree tree, int depth) {
    if (INTEGER_VALUE_OF.matches(tree, state)) {
      return valueOf(tree.getArguments().get(0), depth + 1);
    }
    if (INTEGER_INT_VALUE.matches(tree, state)) {
      return valueOf(ASTHelpers.getReceiver(tree), depth + 1);
    }
    return null;
  }

  private Object unaryValue(UnaryTree tree, int depth) {
    Object operand = valueOf(tree.getExpression(), depth + 1);
    if (operand == null) {
      return null;
    }
    String operator =
        switch (tree.getKind()) {
          case UNARY_MINUS -> "-";
          case UNARY_PLUS -> "+";
          case BITWISE_COMPLEMENT -> "~";
          default -> "!";
        };
    return ConstantFolding.unary(operator, operand);
  }

  private Object binaryValue(BinaryTree tree, int depth) {
    String operator = binaryOperator(tree.getKind());
    if (operator == null) {
      return null;
    }
    Object left = valueOf(tree.getLeftOperand(), depth + 1);
    if (left == null) {
      return null;
    }
    Object right = valueOf(tree.getRightOperand(), depth + 1);
    return right == null ? null : ConstantFolding.binary(operator, left, right);
  }

  private static String binaryOperator(Tree.Kind kind) {
    return switch (kind) {
      case PLUS -> "+";
      case MINUS -> "-";
      case MULTIPLY -> "*";
      case DIVIDE -> "/";
      case REMAINDER -> "%";
      case LEFT_SHIFT -> "<<";
      case RIGHT_SHIFT -> ">>";
      case UNSIGNED_RIGHT_SHIFT -> ">>>";
      case AND -> "&";
      case OR -> "|";
      case XOR -> "^";
      case CONDITIONAL_AND -> "&&";
      case CONDITIONAL_OR -> "||";
      case EQUAL_TO -> "==";
      case NOT_EQUAL_TO -> "!=";
      case LESS_THAN -> "<";
      case LESS_THAN_EQUAL -> "<=";
      case GREATER_THAN -> ">";
      case GREATER_THAN_EQUAL -> ">=";
      default -> null;
    };
  }

  /**
   * A value converted to the type that holds it: a primitive (javac keeps booleans and chars as
   * integers in constant values), or the primitive behind a box; any other type keeps nothing.
   */
  private Object asType(Object value, Type type) {
    if (value == null || type == null) {
      return null;
    }
    if (value instanceof String && ASTHelpers.isSameType(type, state.getSymtab().stringType, state)) {
      return value;
    }
    Type primitive = type.isPrimitive() ? type : state.getTypes().unboxedType(type);
    if (primitive == null || !primitive.isPrimitive()) {
      return null;
    }
    String name = primitive.getKind().name().toLowerCase(Locale.ROOT);
    if (name.equals("boolean") && value instanceof Integer bit) {
      return bit != 0;
    }
    return ConstantFolding.cast(name, value);
  }
}
