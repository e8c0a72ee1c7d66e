package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.backloglint.core.Signature;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.SinkIndex;
import java.util.List;
import org.apache.bcel.Const;


/**
 * Which row of the sink table an invoke calls: a method of a row's owner or a subtype (a static
 * one of the owner exactly) with the row's parameters, any call taking an option field of the table
 * with its value, or a binding constructor, also through an anonymous subclass ({@link
 * AnonymousSubclasses}). Types are matched through {@link Supertypes}, so only classes SpotBugs can
 * load count.
 */
final class SinkCalls {

  /** An option field of the table ({@code SO_BACKLOG}, {@code BACKLOG}) read from {@code owner}. */
  record OptionField(String owner, String name) {}

  /**
   * A binding constructor's call.
   *
   * @param sources for each parameter of the row, the invoke's argument that passes it
   */
  record ConstructorCall(Sink row, int[] sources) {}

  /** A binding constructor's arguments as the invoke passes them: (port, backlog, address). */
  private static final int[] SAME_ARGUMENTS = {0, 1, 2};

  private final Supertypes supertypes;
  private final AnonymousSubclasses anonymousSubclasses = new AnonymousSubclasses();

  SinkCalls(Supertypes supertypes) {
    this.supertypes = supertypes;
  }

  /** The user value of {@code getstatic owner.name}: an option field, or {@code null}. */
  static OptionField optionField(String owner, String name) {
    return SinkIndex.OPTIONS.containsKey(name) ? new OptionField(owner, name) : null;
  }

  /** The row an invoke of a method calls, or {@code null}. */
  Sink rowOf(int seen, String owner, String name, String signature, int arguments,
      OpcodeStack stack) {
    if (arguments == 2 && stack.getStackItem(1).getUserValue() instanceof OptionField option) {
      for (Sink row : SinkIndex.OPTIONS.get(option.name())) {
        if (isSubtypeOf(option.owner(), row, row.owner()) && takes(row, owner, name)) {
          return row;
        }
      }
    }
    List<Sink> rows = SinkIndex.METHODS.get(name);
    if (rows != null) {
      boolean staticCall = seen == Const.INVOKESTATIC;
      for (Sink row : rows) {
        if (SinkRows.hasShape(row, signature, staticCall)
            && (row.kind() == Kind.STATIC
                ? row.names(row.owner(), owner.replace('/', '.'))
                : isSubtypeOf(owner, row, row.owner()))
            && (row.receiverField() == null
                || readsField(stack.getStackItem(arguments), row.receiverField()))) {
          return row;
        }
      }
    }
    return null;
  }

  /**
   * Whether a reference to the method {@code owner.name} (internal owner name) may call a method
   * row, as {@link #rowOf} would match it: {@code false} only when every row of that name is on a
   * class that {@code owner} is not (a client {@code Socket}'s {@code bind}), so that a prefilter
   * need not analyse a method for it. Names of no method row (option fields) may.
   */
  boolean mayCallMethodRow(String owner, String name) {
    List<Sink> rows = SinkIndex.METHODS.get(name);
    if (rows == null) {
      return true;
    }
    for (Sink row : rows) {
      if (row.kind() == Kind.STATIC
          ? row.names(row.owner(), owner.replace('/', '.'))
          : isSubtypeOf(owner, row, row.owner())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the receiver was pushed by {@code getstatic} of {@code field} (an alias stored in a
   * local and loaded again is not followed, as source tools do not follow it either).
   */
  private static boolean readsField(OpcodeStack.Item receiver, Signature field) {
    XField read = receiver.getXField();
    return read != null
        && read.isStatic()
        && field.name().equals(read.getName())
        && Signature.isNameOrRelocation(read.getClassName(), field.owner())
        && receiver.getRegisterNumber() < 0;
  }

  /**
   * The binding constructor that {@code code}'s current {@code invokespecial owner.<init>} calls, or
   * {@code null}: a constructor of ServerSocket itself (also as a subclass' {@code super(...)}), or
   * the creation of an anonymous subclass, whose own constructor only forwards its parameters (its
   * {@code super(...)} is then no sink: the creation site is).
   */
  ConstructorCall constructorOf(
      OpcodeStackDetector code, String owner, String signature, int arguments) {
    if (SinkRows.isConstructorOwner(owner)) {
      if (owner.equals(code.getClassName()) && initializesThis(code, arguments)) {
        return null; // this(...) inside the sink's own class: the construction that called it is
      }
      Sink row = SinkRows.constructor(owner, signature);
      boolean forwarding = code.getThisClass().isAnonymous()
          && Const.CONSTRUCTOR_NAME.equals(code.getMethodName());
      return row == null || forwarding ? null : new ConstructorCall(row, SAME_ARGUMENTS);
    }
    if (!AnonymousSubclasses.looksAnonymous(owner)) {
      return null;
    }
    return anonymousSubclasses.forwardingOf(owner, signature)
        .map(forwarding -> {
          Sink row = SinkRows.constructor(forwarding.superOwner(), forwarding.superSignature());
          return row == null ? null : new ConstructorCall(row, forwarding.sourceArguments());
        })
        .orElse(null);
  }

  /** Whether a constructor's invoke initializes this object: {@code super(...)} or {@code this(...)}. */
  static boolean initializesThis(OpcodeStackDetector code, int arguments) {
    return Const.CONSTRUCTOR_NAME.equals(code.getMethodName())
        && code.getStack().getStackItem(arguments).getRegisterNumber() == 0;
  }

  /** Whether an option row may be passed to this call: any call, or one of its takers. */
  private boolean takes(Sink row, String owner, String name) {
    if (row.takers().isEmpty()) {
      return true;
    }
    for (Sink.Taker taker : row.takers()) {
      if (taker.name().equals(name) && isSubtypeOf(owner, row, taker.owner())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code slashedOwner} or a supertype is {@code type} as the row names it. */
  private boolean isSubtypeOf(String slashedOwner, Sink row, String type) {
    // "~": a row also takes a relocation, unlike an exact search for the same type in the cache
    return supertypes.matches(slashedOwner, "~" + type, name -> row.names(type, name));
  }
}
