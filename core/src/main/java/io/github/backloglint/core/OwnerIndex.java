package io.github.backloglint.core;

import static java.util.stream.Collectors.groupingBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows by the class that owns them, found under that class's name or under a relocation of it by a
 * shading build ({@code org.apache.hbase.thirdparty.org.eclipse.jetty.server.ServerConnector}): the
 * lookup a checker makes with the class name it has before it resolves anything else, without
 * allocating. Names are spelled as the checker spells them, binary names ({@link #binary}) or
 * bytecode's internal names ({@link #internal}); relocation is {@link
 * Signature#isNameOrRelocation(String, String, char)}.
 *
 * @param <V> what is kept per class: rows, or the class name itself
 */
public final class OwnerIndex<V> {

  /** Buckets of {@link #bySimpleName}: a power of two, well above the number of owners. */
  private static final int BUCKETS = 1024;

  private final Map<String, List<V>> byOwner;
  /**
   * The owners by the hash of their simple name (after the last separator), which a relocation
   * keeps: a name that passes {@link #simpleLengths} is tested against the one or two owners
   * of its bucket, without allocating.
   */
  private final String[][] bySimpleName = new String[BUCKETS][];
  /**
   * The owners' endings and simple-name lengths: a bytecode prefilter asks about every class a class
   * file names, and this rejects almost all of them before a simple name is hashed.
   */
  private final TailLengths simpleLengths = new TailLengths();
  private final char separator;

  private OwnerIndex(Map<String, List<V>> byOwner, char separator) {
    this.byOwner = Map.copyOf(byOwner);
    this.separator = separator;
    Map<Integer, List<String>> buckets =
        byOwner.keySet().stream().collect(groupingBy(this::bucket));
    for (int i = 0; i < BUCKETS; i++) {
      bySimpleName[i] = buckets.getOrDefault(i, List.of()).toArray(String[]::new);
    }
    for (String owner : byOwner.keySet()) {
      simpleLengths.add(owner, simpleLength(owner));
    }
  }

  /** An index looked up with binary names ({@code org.eclipse.jetty.server.Server}). */
  public static <V> OwnerIndex<V> binary(Map<String, List<V>> byBinaryName) {
    return new OwnerIndex<>(byBinaryName, '.');
  }

  /** An index looked up with internal names ({@code org/eclipse/jetty/server/Server}). */
  public static <V> OwnerIndex<V> internal(Map<String, List<V>> byBinaryName) {
    Map<String, List<V>> byInternalName = new HashMap<>();
    byBinaryName.forEach((owner, rows) -> byInternalName.put(Sink.internalName(owner), rows));
    return new OwnerIndex<>(byInternalName, '/');
  }

  /**
   * The owner (spelled as this index spells names) that {@code name} is, itself or relocated; or
   * {@code null}.
   */
  public String owner(String name) {
    if (!simpleLengths.mayContain(name, simpleLength(name))) {
      return null;
    }
    for (String owner : bySimpleName[bucket(name)]) {
      if (Signature.isNameOrRelocation(name, owner, separator)) {
        return owner;
      }
    }
    return null;
  }

  /** Whether {@code name} is an owner, itself or relocated. */
  public boolean contains(String name) {
    return owner(name) != null;
  }

  /** What is kept for the owner {@code name} is, itself or relocated: empty for none. */
  public List<V> get(String name) {
    String owner = owner(name);
    return owner == null ? List.of() : byOwner.get(owner);
  }

  /** The bucket of a name: the hash of its simple name, as {@link String#hashCode} gives it. */
  private int bucket(String name) {
    int hash = 0;
    for (int i = name.lastIndexOf(separator) + 1; i < name.length(); i++) {
      hash = 31 * hash + name.charAt(i);
    }
    return (hash ^ (hash >>> 16)) & (BUCKETS - 1);
  }

  private int simpleLength(String name) {
    return name.length() - name.lastIndexOf(separator) - 1;
  }
}
