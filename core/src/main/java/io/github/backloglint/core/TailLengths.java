package io.github.backloglint.core;

/**
 * A quick "certainly not" for a set of names, asked about every string or class a class file names
 * before anything is hashed: the lengths the names have (bit {@code min(length, 63)}) by a hash of
 * their last three characters, which a relocation keeps. A few reads reject almost every other
 * name, where one character would not do ({@code Object} and {@code Tomcat} end alike, {@code
 * Reader} and {@code Server} are as long). A build's first runs execute this in the JIT's slow
 * tiers, where each step counts.
 */
public final class TailLengths {

  /** Entries of {@link #lengthsByTail}: a power of two. */
  private static final int TAILS = 1024;

  private final long[] lengthsByTail = new long[TAILS];

  /** Notes a name that ends like {@code name} and has the length {@code length}. */
  public void add(String name, int length) {
    lengthsByTail[tail(name)] |= lengthBit(length);
  }

  /**
   * Whether a name noted ends like {@code name} and has the length {@code length}: {@code false}
   * means none does; {@code true} is to be confirmed. An empty name is never noted.
   */
  public boolean mayContain(String name, int length) {
    return !name.isEmpty() && (lengthsByTail[tail(name)] & lengthBit(length)) != 0;
  }

  /** A hash of a name's last three characters (fewer in a shorter one). */
  private static int tail(String name) {
    int length = name.length();
    int hash = name.charAt(length - 1);
    if (length > 1) {
      hash = 31 * hash + name.charAt(length - 2);
    }
    if (length > 2) {
      hash = 31 * hash + name.charAt(length - 3);
    }
    return (hash ^ (hash >>> 10)) & (TAILS - 1);
  }

  private static long lengthBit(int length) {
    return 1L << Math.min(length, 63);
  }
}
