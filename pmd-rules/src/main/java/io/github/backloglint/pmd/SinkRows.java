package io.github.backloglint.pmd;

import static java.util.stream.Collectors.groupingBy;

import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sink.Taker;
import io.github.backloglint.core.Sinks;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Core's sink table as PMD sees it: the rows indexed by name (a call is rejected by its name before
 * its overload is resolved), and the test of a resolved method or field against a row. Types are
 * compared by binary name through the supertypes, so Netty relocated by a shading build still
 * counts where its row allows it.
 */
final class SinkRows {

  /** Rows by the name of their call; constructors under {@code new} and {@code super}. */
  private static final Map<String, List<Sink>> BY_CALL_NAME =
      Sinks.ALL.stream()
          .filter(sink -> sink.kind() != Kind.OPTION && sink.kind() != Kind.CONSTRUCTOR)
          .collect(groupingBy(Sink::name));

  private static final Map<String, List<Sink>> BY_OPTION_FIELD =
      Sinks.ofKind(Kind.OPTION).stream().collect(groupingBy(Sink::name));

  /** Constructor rows by the simple name of their class, as {@code new} and extends write it. */
  private static final Map<String, List<Sink>> BY_CLASS_NAME =
      Sinks.ofKind(Kind.CONSTRUCTOR).stream().collect(groupingBy(sink -> simpleName(sink.owner())));

  /** Held defaults (Sinks.DEFAULTS): constructors by simple class name, builders by factory. */
  private static final Map<String, List<FrameworkDefault>> HELD_BY_NAME =
      Sinks.DEFAULTS.stream()
          .collect(groupingBy(
              row -> row.kind() == Kind.CONSTRUCTOR ? simpleName(row.owner()) : row.name()));

  private static final int MAX_HIERARCHY_DEPTH = 16;

  private SinkRows() {}

  /** The method rows named {@code name}, or {@code null}. */
  static List<Sink> called(String name) {
    return BY_CALL_NAME.get(name);
  }

  /** The option rows whose field is named {@code name}, or {@code null}. */
  static List<Sink> options(String name) {
    return BY_OPTION_FIELD.get(name);
  }

  /** The constructor rows of classes with this simple name, or {@code null}. */
  static List<Sink> constructors(String simpleName) {
    return BY_CLASS_NAME.get(simpleName);
  }

  /**
   * The held-default rows a {@code new} of this simple class name or a call of this method name may
   * be, or {@code null}.
   */
  static List<FrameworkDefault> held(String name) {
    return HELD_BY_NAME.get(name);
  }

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
          && row.owner().equals(declaring.getBinaryName())
          && row.matchesParameters(parameters)) {
        return row;
      }
    }
    return null;
  }

  /** Whether a held default given to this call listens: the call is one of the row's servers. */
  static boolean isServer(FrameworkDefault row, InvocationNode call) {
    return isTaker(row.servers(), null, call);
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
              && (prefix(declaring, row, row.owner()) != null
                  || prefix(receiver(call), row, row.owner()) != null);
      case OPTION -> false;
    };
  }

  /**
   * For an option row: the relocation before the option's class ({@code ""} for none) when {@code
   * argument} reads the row's static field through its class or a subclass, else {@code null}.
   */
  static String optionPrefix(Sink row, ASTExpression argument) {
    return argument instanceof ASTNamedReferenceExpr ref
            && row.name().equals(ref.getName())
            && ref.getReferencedSym() instanceof JFieldSymbol field
            && Modifier.isStatic(field.getModifiers())
        ? prefix(field.getEnclosingClass(), row, row.owner())
        : null;
  }

  /** Whether an option row may be passed to this call: any call, or one of its takers. */
  static boolean takes(Sink row, InvocationNode call) {
    return row.takers().isEmpty() || isTaker(row.takers(), row, call);
  }

  /**
   * Whether the call is one of {@code takers}: the same name ({@code <init>} for a constructor),
   * declared in or called on the taker's owner or a subtype. {@code row} allows its relocation;
   * {@code null}: exact names.
   */
  private static boolean isTaker(List<Taker> takers, Sink row, InvocationNode call) {
    JMethodSig method = resolved(call);
    if (method == null) {
      return false;
    }
    String name = method.isConstructor() ? "<init>" : method.getName();
    for (Taker taker : takers) {
      if (taker.name().equals(name)
          && (prefix(classOf(method.getDeclaringType()), row, taker.owner()) != null
              || prefix(receiver(call), row, taker.owner()) != null)) {
        return true;
      }
    }
    return false;
  }

  /** The relocation of a relocatable row's type for the call, {@code ""} when none. */
  static String relocation(Sink row, InvocationNode call) {
    JMethodSig method = resolved(call);
    String prefix = method == null ? null : prefix(classOf(method.getDeclaringType()), row, row.owner());
    return prefix == null ? "" : prefix;
  }

  /** Whether a call is a client's (HttpCore's rule): its method's class is one of the row's. */
  static boolean isClientCall(Sink row, InvocationNode call) {
    JMethodSig method = resolved(call);
    JClassSymbol declaring = method == null ? null : classOf(method.getDeclaringType());
    return declaring != null && row.isClientType(declaring.getBinaryName());
  }

  private static JMethodSig resolved(InvocationNode call) {
    OverloadSelectionResult overload = call.getOverloadSelectionInfo();
    return overload.isFailed() ? null : overload.getMethodType();
  }

  private static boolean hasParameters(JMethodSig method, List<String> expected) {
    return method.getArity() == expected.size() && expected.equals(parameterNames(method));
  }

  /** The erased parameter types as the table writes them; {@code null} for an unresolved one. */
  private static List<String> parameterNames(JMethodSig method) {
    List<String> names = new ArrayList<>();
    for (JTypeMirror formal : method.getFormalParameters()) {
      names.add(binaryName(formal.getErasure()));
    }
    return names;
  }

  /**
   * A parameter type as the table writes it ({@code int}, {@code java.net.SocketAddress}, {@code
   * com.sun.net.httpserver.Filter[]}), from its symbol: the printed type would carry type
   * annotations ({@code @NonNull int}). {@code null} for a type variable or an unresolved type.
   */
  private static String binaryName(JTypeMirror type) {
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
  private static JClassSymbol receiver(InvocationNode call) {
    if (!(call instanceof ASTMethodCall method)) {
      return null;
    }
    if (method.getQualifier() != null) {
      return classOf(method.getQualifier().getTypeMirror());
    }
    ASTTypeDeclaration enclosing = method.getEnclosingType();
    return enclosing == null ? null : enclosing.getSymbol();
  }

  private static JClassSymbol classOf(JTypeMirror type) {
    JTypeDeclSymbol symbol = type == null ? null : type.getSymbol();
    return symbol instanceof JClassSymbol c ? c : null;
  }

  /**
   * The relocation before {@code owner} among {@code type} and its supertypes ({@code ""} for the
   * type itself), or {@code null}. Unresolved types never match; a {@code null} row: no relocation.
   */
  static String prefix(JClassSymbol type, Sink row, String owner) {
    return prefix(type, row, owner, 0);
  }

  private static String prefix(JClassSymbol type, Sink row, String owner, int depth) {
    // The depth guards against a cyclic hierarchy in code that does not compile.
    if (type == null || type.isUnresolved() || depth > MAX_HIERARCHY_DEPTH) {
      return null;
    }
    String name = type.getBinaryName();
    if (row == null ? name.equals(owner) : row.names(owner, name)) {
      return name.substring(0, name.length() - owner.length());
    }
    String found = prefix(type.getSuperclass(), row, owner, depth + 1);
    for (JClassSymbol supertype : type.getSuperInterfaces()) {
      if (found == null) {
        found = prefix(supertype, row, owner, depth + 1);
      }
    }
    return found;
  }

  private static String simpleName(String binaryName) {
    return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
  }
}
