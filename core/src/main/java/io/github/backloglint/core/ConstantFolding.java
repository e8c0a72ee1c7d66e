package io.github.backloglint.core;

/**
 * Java's constant-expression arithmetic (JLS 15.29) on boxed values, for the values a checker
 * tracks through locals: {@code int base = 64; int backlog = base * 2;}. Supports the integral
 * types and {@code boolean}; anything else, and division by zero, is unknown ({@code null}).
 */
public final class ConstantFolding {

  private ConstantFolding() {}

  /** Applies a binary operator written as in source ({@code "+"}, {@code "<<"}, {@code "=="}…). */
  public static Object binary(String operator, Object left, Object right) {
    if (left instanceof Boolean l && right instanceof Boolean r) {
      return switch (operator) {
        case "&&", "&" -> l && r;
        case "||", "|" -> l || r;
        case "^", "!=" -> l ^ r;
        case "==" -> l.equals(r);
        default -> null;
      };
    }
    Long l = integral(left);
    Long r = integral(right);
    if (l == null || r == null) {
      return null;
    }
    boolean wide = left instanceof Long || right instanceof Long;
    if (operator.equals("<<") || operator.equals(">>") || operator.equals(">>>")) {
      // The shift's type is the promoted type of its left operand alone.
      return shift(operator, l, r, left instanceof Long);
    }
    if ((operator.equals("/") || operator.equals("%")) && r == 0) {
      return null;
    }
    return switch (operator) {
      case "+" -> narrow(l + r, wide);
      case "-" -> narrow(l - r, wide);
      case "*" -> wide ? (Object) (l * r) : (Object) (l.intValue() * r.intValue());
      case "/" -> wide ? (Object) (l / r) : (Object) (l.intValue() / r.intValue());
      case "%" -> wide ? (Object) (l % r) : (Object) (l.intValue() % r.intValue());
      case "&" -> narrow(l & r, wide);
      case "|" -> narrow(l | r, wide);
      case "^" -> narrow(l ^ r, wide);
      case "==" -> l.equals(r);
      case "!=" -> !l.equals(r);
      case "<" -> l < r;
      case "<=" -> l <= r;
      case ">" -> l > r;
      case ">=" -> l >= r;
      default -> null;
    };
  }

  /** Applies a unary operator: {@code -}, {@code +}, {@code ~} or {@code !}. */
  public static Object unary(String operator, Object operand) {
    if (operand instanceof Boolean b) {
      return operator.equals("!") ? !b : null;
    }
    Long v = integral(operand);
    if (v == null) {
      return null;
    }
    boolean wide = operand instanceof Long;
    return switch (operator) {
      case "-" -> narrow(-v, wide);
      case "+" -> narrow(v, wide);
      case "~" -> narrow(~v, wide);
      default -> null;
    };
  }

  /** A cast to a primitive type named as in source ({@code int}, {@code long}, {@code short}…). */
  public static Object cast(String primitive, Object value) {
    if (value instanceof Boolean) {
      return primitive.equals("boolean") ? value : null;
    }
    Long v = integral(value);
    if (v == null) {
      return null;
    }
    return switch (primitive) {
      case "int" -> v.intValue();
      case "long" -> v;
      case "short" -> (int) v.shortValue();
      case "byte" -> (int) v.byteValue();
      case "char" -> (int) (char) v.longValue();
      default -> null;
    };
  }

  /** The backlog an {@code int} parameter receives from a known value, or {@code null}. */
  public static Integer asInt(Object value) {
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Character c) {
      return (int) c;
    }
    return null;
  }

  private static Object shift(String operator, long value, long distance, boolean wide) {
    if (wide) {
      return switch (operator) {
        case "<<" -> value << distance;
        case ">>" -> value >> distance;
        default -> value >>> distance;
      };
    }
    int v = (int) value;
    int d = (int) distance;
    return switch (operator) {
      case "<<" -> v << d;
      case ">>" -> v >> d;
      default -> v >>> d;
    };
  }

  private static Object narrow(long value, boolean wide) {
    return wide ? (Object) value : (Object) (int) value;
  }

  private static Long integral(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Character c) {
      return (long) c;
    }
    return null;
  }
}
