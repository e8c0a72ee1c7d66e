package io.github.backloglint.spotbugs;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toUnmodifiableSet;

import io.github.backloglint.core.FrameworkDefault;
import io.github.backloglint.core.OwnerIndex;
import io.github.backloglint.core.Sink;
import io.github.backloglint.core.Sink.Kind;
import io.github.backloglint.core.SinkIndex;
import io.github.backloglint.core.TailLengths;
import java.util.List;
import java.util.Set;

/**
 * Core's {@link SinkIndex} as bytecode names it: the same rows, keyed by internal class names
 * ({@code java/net/ServerSocket}), and matched by descriptors. The method rows, option rows and
 * builder factories need no other spelling and are read from {@link SinkIndex} directly.
 */
final class SinkRows {

  /**
   * The binding constructors by their class's internal name, also relocated; a subclass calls
   * them as super.
   */
  private static final OwnerIndex<Sink> CONSTRUCTORS =
      OwnerIndex.internal(SinkIndex.CONSTRUCTORS_BY_OWNER);

  /** Held defaults built with {@code new}, by the constructed class's internal name. */
  static final OwnerIndex<FrameworkDefault> HELD_CONSTRUCTORS =
      OwnerIndex.internal(SinkIndex.HELD_BY_OWNER);

  /** The classes whose members a sink call may refer to, also relocated. */
  private static final OwnerIndex<String> OWNERS = OwnerIndex.internal(
      SinkIndex.INTERESTING_OWNERS.stream().collect(toMap(owner -> owner, List::of)));

  /**
   * {@link SinkIndex#INTERESTING_NAMES} as a constant pool spells them: member names as they are,
   * class names internal. A class whose pool has none of them calls no sink.
   */
  private static final Set<String> INTERESTING_NAMES =
      SinkIndex.INTERESTING_NAMES.stream().map(Sink::internalName).collect(toUnmodifiableSet());

  /**
   * The {@link #INTERESTING_NAMES}' endings and lengths: the prefilter asks about every string of
   * every class's pool, and this rejects almost all of them before a string is hashed.
   */
  private static final TailLengths INTERESTING_LENGTHS = new TailLengths();

  static {
    INTERESTING_NAMES.forEach(name -> INTERESTING_LENGTHS.add(name, name.length()));
  }

  private SinkRows() {}

  /** Whether a class or member named {@code name} may be a sink or lead to one. */
  static boolean isInterestingName(String name) {
    return INTERESTING_LENGTHS.mayContain(name, name.length()) && INTERESTING_NAMES.contains(name);
  }

  /**
   * Whether the constructors of {@code internalOwner} bind: it is the class of a constructor row,
   * or a relocation of one by a shading build ({@code shaded/org/eclipse/jetty/server/Server}).
   */
  static boolean isConstructorOwner(String internalOwner) {
    return CONSTRUCTORS.contains(internalOwner);
  }

  /**
   * Whether a member of {@code internalOwner} may be a sink or lead to one ({@link
   * SinkIndex#INTERESTING_OWNERS}: a binding class, a framework default's, a static sink's), itself
   * or relocated.
   */
  static boolean isInterestingOwner(String internalOwner) {
    return OWNERS.contains(internalOwner);
  }

  /**
   * The constructor row of {@code internalOwner}, or of the class it relocates, with this
   * descriptor (its parameter types relocated too); or {@code null}.
   */
  static Sink constructor(String internalOwner, String descriptor) {
    for (Sink sink : CONSTRUCTORS.get(internalOwner)) {
      if (sink.signature().hasDescriptor(descriptor)) {
        return sink;
      }
    }
    return null;
  }

  /**
   * The held-default row that {@code new internalOwner(descriptor)} builds (either relocated), or
   * {@code null}.
   */
  static FrameworkDefault heldConstructor(String internalOwner, String descriptor) {
    for (FrameworkDefault row : HELD_CONSTRUCTORS.get(internalOwner)) {
      if (row.signature().hasDescriptor(descriptor)) {
        return row;
      }
    }
    return null;
  }

  /** Whether some binding constructor has this descriptor. */
  static boolean isBindingConstructor(String descriptor) {
    return SinkIndex.CONSTRUCTORS.stream()
        .anyMatch(sink -> sink.signature().hasDescriptor(descriptor));
  }

  /** Whether an invoke with this descriptor and static-ness has the row's shape. */
  static boolean hasShape(Sink row, String descriptor, boolean staticCall) {
    return (row.kind() == Kind.STATIC) == staticCall && row.signature().hasDescriptor(descriptor);
  }
}
