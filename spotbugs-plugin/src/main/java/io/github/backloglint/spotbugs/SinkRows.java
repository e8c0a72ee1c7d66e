package io.github.backloglint.spotbugs;

import static java.util.stream.Collectors.toUnmodifiableSet;

import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.SinkIndex;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.bcel.generic.Type;

/**
 * Core's {@link SinkIndex} as bytecode names it: the same rows, keyed by internal class names
 * ({@code java/net/ServerSocket}), and matched by descriptors. The method rows, option rows and
 * builder factories need no other spelling and are read from {@link SinkIndex} directly.
 */
final class SinkRows {

  /** The binding constructors by their class's internal name; a subclass calls them as super. */
  private static final Map<String, List<Sink>> CONSTRUCTORS =
      byInternalName(SinkIndex.CONSTRUCTORS_BY_OWNER);

  /** The classes of {@link #CONSTRUCTORS} by their simple name, for a relocated class. */
  private static final Map<String, List<String>> CONSTRUCTOR_OWNERS_BY_SIMPLE_NAME =
      CONSTRUCTORS.keySet().stream()
          .collect(Collectors.groupingBy(owner -> owner.substring(owner.lastIndexOf('/') + 1)));

  /** Held defaults built with {@code new}, by the constructed class's internal name. */
  static final Map<String, List<FrameworkDefault>> HELD_CONSTRUCTORS =
      byInternalName(SinkIndex.HELD_BY_OWNER);

  /** The classes of every framework default ({@link SinkIndex#DEFAULT_OWNERS}), as internal names. */
  static final Set<String> DEFAULT_OWNERS =
      SinkIndex.DEFAULT_OWNERS.stream().map(Sink::internalName).collect(toUnmodifiableSet());

  /**
   * {@link SinkIndex#INTERESTING_NAMES} as a constant pool spells them: member names as they are,
   * class names internal. A class whose pool has none of them calls no sink.
   */
  static final Set<String> INTERESTING_NAMES =
      SinkIndex.INTERESTING_NAMES.stream().map(Sink::internalName).collect(toUnmodifiableSet());

  private SinkRows() {}

  private static <V> Map<String, List<V>> byInternalName(Map<String, List<V>> byBinaryName) {
    Map<String, List<V>> rows = new HashMap<>();
    byBinaryName.forEach((binaryName, row) -> rows.put(Sink.internalName(binaryName), row));
    return Map.copyOf(rows);
  }

  /**
   * Whether the constructors of {@code internalOwner} bind: it is the class of a constructor row,
   * or a relocation of one by a shading build.
   */
  static boolean isConstructorOwner(String internalOwner) {
    return constructorOwner(internalOwner) != null;
  }

  /**
   * The class of a constructor row that {@code internalOwner} is, itself or relocated ({@code
   * shaded/org/eclipse/jetty/server/Server}), as an internal name; {@code null} for none.
   */
  private static String constructorOwner(String internalOwner) {
    if (CONSTRUCTORS.containsKey(internalOwner)) {
      return internalOwner;
    }
    int slash = internalOwner.lastIndexOf('/');
    if (slash < 0) {
      return null;
    }
    String simpleName = internalOwner.substring(slash + 1);
    for (String owner : CONSTRUCTOR_OWNERS_BY_SIMPLE_NAME.getOrDefault(simpleName, List.of())) {
      if (internalOwner.endsWith("/" + owner)) {
        return owner;
      }
    }
    return null;
  }

  /**
   * The constructor row of {@code internalOwner}, or of the class it relocates, with this
   * descriptor; or {@code null}.
   */
  static Sink constructor(String internalOwner, String descriptor) {
    String owner = constructorOwner(internalOwner);
    for (Sink sink : owner == null ? List.<Sink>of() : CONSTRUCTORS.get(owner)) {
      if ((sink.parameterDescriptor() + "V").equals(descriptor)) {
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
    return SinkIndex.CONSTRUCTORS.stream()
        .anyMatch(sink -> (sink.parameterDescriptor() + "V").equals(descriptor));
  }

  /** Whether an invoke with this descriptor and static-ness has the row's shape. */
  static boolean hasShape(Sink row, String descriptor, boolean staticCall) {
    return (row.kind() == Kind.STATIC) == staticCall
        && descriptor.startsWith(row.parameterDescriptor());
  }
}
