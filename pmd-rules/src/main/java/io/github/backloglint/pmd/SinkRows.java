package io.github.backloglint.pmd;

import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.Signature;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sink.Taker;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JTypeDeclSymbol;
import net.sourceforge.pmd.lang.java.types.JArrayType;
import net.sourceforge.pmd.lang.java.types.JMethodSig;
import net.sourceforge.pmd.lang.java.types.JPrimitiveType;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.OverloadSelectionResult;

/**
 * Core's sink table as PMD resolves it: the test of a resolved method or field against the rows
 * that core's {@code SinkIndex} found by name (a call is rejected by its name before its overload
 * is resolved). Types are compared by binary name through the supertypes, so a row's class
 * relocated by a shading build (Netty, Jetty, ...) still counts.
 */
final class SinkRows {

  private static final int MAX_HIERARCHY_DEPTH = 16;

  private SinkRows() {}

  /**
   * The held-default row the resolved call is: a constructor or static factory declared by the
   * row's class itself, with the row's parameters; {@code null} when none or unresolved.
   */
  static FrameworkDefault matchingDefault(List<FrameworkDefault> rows, InvocationNode call) {
    JMethodSig method = resolved(call);
    JClassSymbol declaring = method == null ? null : classOf(method.getDeclaringType());
    if (declaring == null || declaring.isUnresolved()) {
      return null;
    }
    List<String> parameters = parameterNames(method);
    for (FrameworkDefault row : rows) {
      if (method.isConstructor() == (row.kind() == Kind.CONSTRUCTOR)
          && method.isStatic() == (row.kind() == Kind.STATIC)
          && row.isOwner(declaring.getBinaryName())
          && row.matchesParameters(parameters)) {
        return row;
      }
    }
    return null;
  }

  /** Whether the resolved call is {@code member}: declared by its owner, with its parameters. */
  static boolean isMember(InvocationNode call, Signature member) {
    JMethodSig method = resolved(call);
    JClassSymbol declaring = method == null ? null : classOf(method.getDeclaringType());
    return declaring != null
        && Signature.isNameOrRelocation(declaring.getBinaryName(), member.owner())
        && member.name().equals(method.getName())
        && hasParameters(method, member.parameters());
  }

  /** Whether a held default given to this call listens: the call is one of the row's servers. */
  static boolean isServer(FrameworkDefault row, InvocationNode call) {
    return isTaker(row.servers(), call);
  }

  /** The first row the resolved call is, or {@code null} (also when its overload is unknown). */
  static Sink matching(List<Sink> rows, InvocationNode call) {
    JMethodSig method = resolved(call);
    if (method == null) {
      return null;
    }
    for (Sink row : rows) {
      if (matches(row, method, call)) {
        return row;
      }
    }
    return null;
  }

  /**
   * Whether the call's method is the row's. An instance method counts when its class or the
   * receiver's type is the row's owner or a subtype: MINA's acceptor inherits setBacklog from a
   * class that does not implement the interface declaring it.
   */
  private static boolean matches(Sink row, JMethodSig method, InvocationNode call) {
    if (!hasParameters(method, row.parameters())) {
      return false;
    }
    JClassSymbol declaring = classOf(method.getDeclaringType());
    return switch (row.kind()) {
      case CONSTRUCTOR, STATIC ->
          method.isStatic() == (row.kind() == Kind.STATIC)
              && declaring != null
              && row.names(row.owner(), declaring.getBinaryName());
      case INSTANCE, PROPERTY ->
          !method.isStatic()
              && (isOrExtendsRelocated(declaring, row.owner())
                  || isOrExtendsRelocated(receiver(call), row.owner()))
              && (row.receiverField() == null || readsReceiverField(row, call));
      case OPTION -> false;
    };
  }

  /**
   * Whether the call's qualifier reads the row's receiver field, through its class or a static
   * import (an alias in a local is not followed).
   */
  private static boolean readsReceiverField(Sink row, InvocationNode call) {
    Signature field = row.receiverField();
    return call instanceof ASTMethodCall method
        && method.getQualifier() instanceof ASTNamedReferenceExpr ref
        && field.name().equals(ref.getName())
        && ref.getReferencedSym() instanceof JFieldSymbol symbol
        && Modifier.isStatic(symbol.getModifiers())
        && Signature.isNameOrRelocation(symbol.getEnclosingClass().getBinaryName(), field.owner());
  }

  /**
   * For an option row: whether {@code argument} reads the row's static field through its class or a
   * subclass (also relocated).
   */
  static boolean readsOptionField(Sink row, ASTExpression argument) {
    return argument instanceof ASTNamedReferenceExpr ref
        && row.name().equals(ref.getName())
        && ref.getReferencedSym() instanceof JFieldSymbol field
        && Modifier.isStatic(field.getModifiers())
        && isOrExtendsRelocated(field.getEnclosingClass(), row.owner());
  }

  /** Whether an option row may be passed to this call: any call, or one of its takers. */
  static boolean takes(Sink row, InvocationNode call) {
    return row.takers().isEmpty() || isTaker(row.takers(), call);
  }

  /**
   * Whether the call is one of {@code takers}: the same name ({@code <init>} for a constructor),
   * declared in or called on the taker's owner (or a relocation of it) or a subtype.
   */
  private static boolean isTaker(List<Taker> takers, InvocationNode call) {
    JMethodSig method = resolved(call);
    if (method == null) {
      return false;
    }
    String name = method.isConstructor() ? "<init>" : method.getName();
    for (Taker taker : takers) {
      if (taker.name().equals(name)
          && (isOrExtendsRelocated(classOf(method.getDeclaringType()), taker.owner())
              || isOrExtendsRelocated(receiver(call), taker.owner()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a call is a client's (HttpCore's rule): its method's class is one of the row's. */
  static boolean isClientCall(Sink row, InvocationNode call) {
    JMethodSig method = resolved(call);
    JClassSymbol declaring = method == null ? null : classOf(method.getDeclaringType());
    return declaring != null && row.isClientType(declaring.getBinaryName());
  }

  /**
   * The class that declares the resolved call, as a binary name, or {@code null}: an app's call is
   * matched on it before its origin is followed.
   */
  static String declaringClass(InvocationNode call) {
    JMethodSig method = resolved(call);
    JClassSymbol declaring = method == null ? null : classOf(method.getDeclaringType());
    return declaring == null || declaring.isUnresolved() ? null : declaring.getBinaryName();
  }

  /** Whether the resolved call is of a static method (unresolved: {@code false}). */
  static boolean isStatic(InvocationNode call) {
    JMethodSig method = resolved(call);
    return method != null && method.isStatic();
  }

  /** The index of the resolved call's last {@code int} parameter (an app's port), or -1. */
  static int lastIntParameter(InvocationNode call) {
    JMethodSig method = resolved(call);
    List<JTypeMirror> formals = method == null ? List.of() : method.getFormalParameters();
    for (int i = formals.size() - 1; i >= 0; i--) {
      if (formals.get(i) instanceof JPrimitiveType primitive
          && primitive.getSimpleName().equals("int")) {
        return i;
      }
    }
    return -1;
  }

  /** The call's method, or {@code null} when its overload is not resolved. */
  static JMethodSig resolved(InvocationNode call) {
    OverloadSelectionResult overload = call.getOverloadSelectionInfo();
    return overload.isFailed() ? null : overload.getMethodType();
  }

  private static boolean hasParameters(JMethodSig method, List<String> expected) {
    return method.getArity() == expected.size()
        && Signature.areParameters(expected, parameterNames(method));
  }

  /**
   * The erased parameter types as the table writes them, of the declaration (a type variable of a
   * generic class erases to its bound, as in bytecode: SSHD's {@code Property<Integer>.set} takes an
   * {@code Object}); {@code null} for an unresolved one.
   */
  private static List<String> parameterNames(JMethodSig method) {
    List<String> names = new ArrayList<>();
    for (JTypeMirror formal : method.getSymbol().getGenericSignature().getFormalParameters()) {
      names.add(binaryName(formal.getErasure()));
    }
    return names;
  }

  /**
   * A parameter type as the table writes it ({@code int}, {@code java.net.SocketAddress}, {@code
   * com.sun.net.httpserver.Filter[]}), from its symbol: the printed type would carry type
   * annotations ({@code @NonNull int}). {@code null} for a type variable or an unresolved type.
   */
  static String binaryName(JTypeMirror type) {
    if (type instanceof JArrayType array) {
      String component = binaryName(array.getComponentType());
      return component == null ? null : component + "[]";
    }
    if (type instanceof JPrimitiveType primitive) {
      return primitive.getSimpleName();
    }
    JClassSymbol symbol = classOf(type);
    return symbol == null || symbol.isUnresolved() ? null : symbol.getBinaryName();
  }

  /** The receiver's class: the qualifier's type, or the enclosing class for an implicit this. */
  static JClassSymbol receiver(InvocationNode call) {
    if (!(call instanceof ASTMethodCall method)) {
      return null;
    }
    if (method.getQualifier() != null) {
      return classOf(method.getQualifier().getTypeMirror());
    }
    ASTTypeDeclaration enclosing = method.getEnclosingType();
    return enclosing == null ? null : enclosing.getSymbol();
  }

  static JClassSymbol classOf(JTypeMirror type) {
    JTypeDeclSymbol symbol = type == null ? null : type.getSymbol();
    return symbol instanceof JClassSymbol c ? c : null;
  }

  /**
   * Whether {@code type} or one of its supertypes is {@code owner} or a relocation of it by a
   * shading build (a name that ends in {@code "." + owner}): the configuration table's rule.
   */
  static boolean isOrExtendsRelocated(JClassSymbol type, String owner) {
    return isOrExtends(type, name -> Signature.isNameOrRelocation(name, owner), 0);
  }

  private static boolean isOrExtends(JClassSymbol type, Predicate<String> owner, int depth) {
    // The depth guards against a cyclic hierarchy in code that does not compile.
    if (type == null || type.isUnresolved() || depth > MAX_HIERARCHY_DEPTH) {
      return false;
    }
    if (owner.test(type.getBinaryName())) {
      return true;
    }
    if (isOrExtends(type.getSuperclass(), owner, depth + 1)) {
      return true;
    }
    for (JClassSymbol supertype : type.getSuperInterfaces()) {
      if (isOrExtends(supertype, owner, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
