package io.github.backloglint.errorprone;

import static com.google.common.collect.ImmutableSet.toImmutableSet;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.google.errorprone.suppliers.Supplier;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import io.github.backloglint.core.Signature;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.SinkIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Name;

/**
 * Core's sink table as javac sees it: the rows indexed by the compilation's names (compared by
 * identity, so a call is rejected by its name before any symbol is resolved), and the test of a
 * resolved method or field against a row.
 */
final class SinkRows {

  private static final Supplier<Name> SUPER = VisitorState.memoize(state -> state.getName("super"));

  private static final Supplier<Map<Name, List<Sink>>> METHODS = byName(SinkIndex.METHODS);
  private static final Supplier<Map<Name, List<Sink>>> OPTIONS = byName(SinkIndex.OPTIONS);
  private static final Supplier<Map<Name, List<Sink>>> CONSTRUCTED =
      byName(SinkIndex.CONSTRUCTORS_BY_SIMPLE_NAME);

  /** The simple names of the table's parameter types, filled as calls are compared. */
  private static final Supplier<Map<String, Name>> PARAMETER_SIMPLE_NAMES =
      VisitorState.memoize(state -> new HashMap<>());

  private SinkRows() {}

  /** {@link SinkIndex#CALL_NAMES} and {@code super}, as the compilation's names. */
  private static final Supplier<ImmutableSet<Name>> CALL_NAMES =
      VisitorState.memoize(
          state -> Stream.concat(SinkIndex.CALL_NAMES.stream(), Stream.of("super"))
              .map(state::getName)
              .collect(toImmutableSet()));

  /**
   * Whether a call of {@code name} may be a sink, an app's reported call or a builder's factory:
   * any other call can only be an option's.
   */
  static boolean isCallName(Name name, VisitorState state) {
    return name != null && CALL_NAMES.get(state).contains(name);
  }

  /** Rows keyed by the compilation's {@code Name}s, built once per compilation. */
  static <T> Supplier<Map<Name, List<T>>> byName(Map<String, List<T>> rows) {
    return VisitorState.memoize(
        state -> {
          ImmutableMap.Builder<Name, List<T>> names = ImmutableMap.builder();
          rows.forEach((name, list) -> names.put(state.getName(name), list));
          return names.buildOrThrow();
        });
  }

  /** The rows a call of {@code name} may be ({@code super}: every constructor), or {@code null}. */
  static List<Sink> calledAs(Name name, VisitorState state) {
    return name == SUPER.get(state) ? SinkIndex.CONSTRUCTORS : METHODS.get(state).get(name);
  }

  /** Whether {@code name} is {@code super}, compared as the compilation's names are. */
  static boolean isSuper(Name name, VisitorState state) {
    return name == SUPER.get(state);
  }

  /** The option rows whose field is named {@code name}, or {@code null}. */
  static List<Sink> optionsNamed(Name name, VisitorState state) {
    return OPTIONS.get(state).get(name);
  }

  /** The constructor rows of a class with this simple name, or {@code null}. */
  static List<Sink> constructedAs(Name name, VisitorState state) {
    return CONSTRUCTED.get(state).get(name);
  }

  /**
   * The first row that {@code method}, called by {@code call} (or by a {@code new} expression:
   * {@code null}), is; or {@code null}.
   */
  static Sink matching(
      List<Sink> rows, MethodSymbol method, MethodInvocationTree call, VisitorState state) {
    Type receiver = call == null ? null : ASTHelpers.getReceiverType(call);
    for (Sink row : rows) {
      if (matches(row, method, receiver, state)
          && (row.receiverField() == null || readsField(ASTHelpers.getReceiver(call), row))) {
        return row;
      }
    }
    return null;
  }

  /**
   * Whether {@code receiver} reads the row's receiver field, through its class or a static import
   * (an alias in a local is not followed).
   */
  private static boolean readsField(ExpressionTree receiver, Sink row) {
    Signature field = row.receiverField();
    Symbol symbol = receiver == null ? null : ASTHelpers.getSymbol(receiver);
    return symbol instanceof VarSymbol
        && symbol.getKind() == ElementKind.FIELD
        && ASTHelpers.isStatic(symbol)
        && symbol.name.contentEquals(field.name())
        && Signature.isNameOrRelocation(binaryName(symbol.owner), field.owner());
  }

  /**
   * Whether a resolved method or constructor is the row's. An instance method counts when its class
   * or the receiver's type is the row's owner or a subtype: MINA's acceptor inherits setBacklog
   * from a class that does not implement the interface declaring it.
   */
  static boolean matches(Sink row, MethodSymbol method, Type receiver, VisitorState state) {
    if (!hasParameters(method, row.parameters(), state)) {
      return false;
    }
    return switch (row.kind()) {
      case CONSTRUCTOR -> method.isConstructor() && row.names(row.owner(), binaryName(method.owner));
      case STATIC -> method.isStatic() && row.names(row.owner(), binaryName(method.owner));
      case INSTANCE, PROPERTY ->
          !method.isStatic()
              && !method.isConstructor()
              && (prefix(method.owner.type, row, row.owner(), state) != null
                  || prefix(receiver, row, row.owner(), state) != null);
      case OPTION -> false;
    };
  }

  /**
   * For an option row: the package a shading build put before the option's class ({@code ""} when
   * none) when {@code argument} reads the row's field, else {@code null}.
   */
  static String optionPrefix(Sink row, ExpressionTree argument, VisitorState state) {
    Symbol field = ASTHelpers.getSymbol(argument);
    if (!(field instanceof VarSymbol)
        || field.getKind() != ElementKind.FIELD
        || !ASTHelpers.isStatic(field)
        || !field.name.contentEquals(row.name())) {
      return null;
    }
    return prefix(field.owner.type, row, row.owner(), state);
  }

  /** Whether an option row may be passed to {@code method}: any call, or one of its takers. */
  static boolean takes(Sink row, MethodSymbol method, VisitorState state) {
    if (row.takers().isEmpty()) {
      return true;
    }
    for (Sink.Taker taker : row.takers()) {
      if (method.name.contentEquals(taker.name())
          && prefix(method.owner.type, row, taker.owner(), state) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The package prefix before {@code owner} among the supertypes of {@code type}: {@code ""} for
   * the type itself, the relocation of a shaded copy, {@code null} for none
   * (or when a supertype is missing from the classpath: cannot tell, stay silent).
   */
  static String prefix(Type type, Sink row, String owner, VisitorState state) {
    if (type == null) {
      return null;
    }
    List<Type> supertypes;
    try {
      supertypes = state.getTypes().closure(type);
    } catch (CompletionFailure e) {
      return null;
    }
    for (Type supertype : supertypes) {
      if (supertype.tsym == null) {
        continue;
      }
      String name = binaryName(supertype.tsym);
      if (row.names(owner, name)) {
        return name.substring(0, name.length() - owner.length());
      }
    }
    return null;
  }

  /**
   * Whether {@code type} is {@code owner} (a binary name), a relocation of it, or a subtype;
   * {@code false} if unsure.
   */
  static boolean isSubtype(Type type, String owner, VisitorState state) {
    if (type == null) {
      return false;
    }
    try {
      for (Type supertype : state.getTypes().closure(type)) {
        if (supertype.tsym != null
            && Signature.isNameOrRelocation(binaryName(supertype.tsym), owner)) {
          return true;
        }
      }
    } catch (CompletionFailure e) {
      // a supertype is missing from the classpath: cannot tell, stay silent
    }
    return false;
  }

  /** Whether {@code method} is a client's (HttpCore's rule): its class is one of the row's. */
  static boolean isClientCall(Sink row, Symbol method) {
    return method instanceof MethodSymbol && row.isClientType(binaryName(method.owner));
  }

  static boolean hasParameters(MethodSymbol method, List<String> expected, VisitorState state) {
    List<VarSymbol> parameters = method.getParameters();
    if (parameters.size() != expected.size()) {
      return false;
    }
    Map<String, Name> simpleNames = PARAMETER_SIMPLE_NAMES.get(state);
    for (int i = 0; i < parameters.size(); i++) {
      // Without type annotations, which print with the type (@NonNull int).
      Type type = state.getTypes().erasure(parameters.get(i).type).stripMetadata();
      // The simple names first, by identity: printing the type allocates, and most calls that get
      // here (a set(..) or create(..) of another class) differ already there.
      Name simpleName = simpleNames.computeIfAbsent(expected.get(i), e -> simpleName(e, state));
      if (simpleName != null && type.tsym != null && type.tsym.name != simpleName) {
        return false;
      }
      // A varargs parameter prints as Filter...: the table writes arrays as Filter[].
      String erased = type.toString().replace("...", "[]");
      if (!Signature.isNameOrRelocation(erased, Sink.sourceName(expected.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The simple name of a table's parameter type ({@code int}, {@code InetSocketAddress}, {@code
   * Builder} for a nested class) as the compilation's name, or {@code null} for an array, whose
   * erased type's symbol is javac's array class.
   */
  private static Name simpleName(String parameter, VisitorState state) {
    if (parameter.endsWith("[]")) {
      return null;
    }
    return state.getName(Signature.simpleName(parameter));
  }

  private static String binaryName(Symbol symbol) {
    return symbol instanceof Symbol.ClassSymbol type ? type.flatName().toString() : symbol.toString();
  }
}
