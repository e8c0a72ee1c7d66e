package io.github.backloglint.core;

import static java.util.stream.Collectors.groupingBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows by the class that owns them, found under that class's name or under a relocation of it by a
 * shading build ({@code org.apache.hbase.thirdparty.org.eclipse.jetty.server.ServerConnector}): the
 * lookup a checker makes with the class name it has before it resolves anything else. Names are
 * spelled as the checker spells them, binary names ({@link #binary}) or bytecode's internal names
 * ({@link #internal}); relocation is {@link Signature#isNameOrRelocation(String, String, char)}.
 *
 * @param <V> what is kept per class: rows, or the class name itself
 */
public final class OwnerIndex<V> {

  private final Map<String, List<V>> byOwner;
  /** The owners by the simple name a relocation keeps (after the last package separator). */
  private final Map<String, List<String>> ownersBySimpleName;
  private final char separator;

  private OwnerIndex(Map<String, List<V>> byOwner, char separator) {
    this.byOwner = Map.copyOf(byOwner);
    this.separator = separator;
    this.ownersBySimpleName =
        Map.copyOf(byOwner.keySet().stream().collect(groupingBy(this::simpleName)));
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
   * {@code null}. Only a name that is no owner itself costs a substring.
   */
  public String owner(String name) {
    if (byOwner.containsKey(name)) {
      return name;
    }
    int separatorAt = name.lastIndexOf(separator);
    if (separatorAt < 0) {
      return null;
    }
    List<String> owners = ownersBySimpleName.get(name.substring(separatorAt + 1));
    if (owners != null) {
      for (String owner : owners) {
        if (Signature.isNameOrRelocation(name, owner, separator)) {
          return owner;
        }
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

  private String simpleName(String owner) {
    return owner.substring(owner.lastIndexOf(separator) + 1);
  }
}
