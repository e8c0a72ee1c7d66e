package io.github.backloglint.spotbugs;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toUnmodifiableSet;

import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.Sinks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.generic.Type;

/**
 * Core's sink table as bytecode names it: internal class names, descriptors, and the names whose
 * presence in a constant pool means a class may call a sink.
 */
final class SinkRows {

  /** Method rows (instance, static, property) by method name. */
  static final Map<String, List<Sink>> METHODS =
      Sinks.ALL.stream()
          .filter(sink -> sink.kind() != Kind.OPTION && sink.kind() != Kind.CONSTRUCTOR)
          .collect(groupingBy(Sink::name));

  /** Option rows by the name of their static field. */
  static final Map<String, List<Sink>> OPTIONS =
      Sinks.ofKind(Kind.OPTION).stream().collect(groupingBy(Sink::name));

  /** The binding constructors. */
  private static final List<Sink> CONSTRUCTORS = Sinks.ofKind(Kind.CONSTRUCTOR);

  /** The classes whose own constructors bind, as internal names; a subclass calls them as super. */
  static final Set<String> CONSTRUCTOR_OWNERS =
      CONSTRUCTORS.stream()
          .map(sink -> Sink.internalName(sink.owner()))
          .collect(toUnmodifiableSet());

  /** Held defaults built with {@code new}, by the constructed class's internal name. */
  static final Map<String, List<FrameworkDefault>> HELD_CONSTRUCTORS =
      Sinks.DEFAULTS.stream()
          .filter(row -> row.kind() == Kind.CONSTRUCTOR)
          .collect(groupingBy(row -> Sink.internalName(row.owner())));

  /** Held defaults started by a static builder factory ({@code custom}), by the factory's name. */
  static final Map<String, List<FrameworkDefault>> HELD_FACTORIES =
      Sinks.DEFAULTS.stream()
          .filter(row -> row.kind() == Kind.STATIC)
          .collect(groupingBy(FrameworkDefault::name));

  /**
   * The classes of every held default, constructed or holding the builder factory, as internal
   * names: a member of one of them in a constant pool means the class may build one. The owner, not
   * the factory's name: {@code custom()} is also HttpClient's everyday {@code RequestConfig.custom()}.
   */
  static final Set<String> HELD_OWNERS =
      Sinks.DEFAULTS.stream()
          .map(row -> Sink.internalName(row.owner()))
          .collect(toUnmodifiableSet());

  /** Names whose presence in a constant pool means the class may call a sink. */
  static final Set<String> INTERESTING_NAMES = interestingNames();

  private SinkRows() {}

  private static Set<String> interestingNames() {
    Set<String> names = new HashSet<>(Sinks.METHOD_NAMES);
    names.remove(Const.CONSTRUCTOR_NAME);
    names.addAll(Sinks.OPTION_FIELDS);
    names.addAll(CONSTRUCTOR_OWNERS);
    names.addAll(HELD_OWNERS);
    return Set.copyOf(names);
  }

  /** The constructor row of {@code internalOwner} with this descriptor, or {@code null}. */
  static Sink constructor(String internalOwner, String descriptor) {
    for (Sink sink : CONSTRUCTORS) {
      if (Sink.internalName(sink.owner()).equals(internalOwner)
          && (sink.parameterDescriptor() + "V").equals(descriptor)) {
        return sink;
      }
    }
    return null;
  }

  /**
   * The held-default row that {@code new internalOwner(descriptor)} builds, or {@code null}. The
   * parameters are compared as binary names, and only for a row that names them.
   */
  static FrameworkDefault heldConstructor(String internalOwner, String descriptor) {
    List<FrameworkDefault> rows = HELD_CONSTRUCTORS.get(internalOwner);
    if (rows == null) {
      return null;
    }
    List<String> parameters = null;
    for (FrameworkDefault row : rows) {
      if (row.parameters() != null && parameters == null) {
        parameters = Arrays.stream(Type.getArgumentTypes(descriptor)).map(Type::toString).toList();
      }
      if (row.matchesParameters(parameters)) {
        return row;
      }
    }
    return null;
  }

  /** Whether some binding constructor has this descriptor. */
  static boolean isBindingConstructor(String descriptor) {
    return CONSTRUCTORS.stream()
        .anyMatch(sink -> (sink.parameterDescriptor() + "V").equals(descriptor));
  }

  /** Whether an invoke with this descriptor and static-ness has the row's shape. */
  static boolean hasShape(Sink row, String descriptor, boolean staticCall) {
    return (row.kind() == Kind.STATIC) == staticCall
        && descriptor.startsWith(row.parameterDescriptor());
  }
}
