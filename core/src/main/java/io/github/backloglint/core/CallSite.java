package io.github.backloglint.core;

/**
 * What a checker saw at one call of a sink row, in tool-neutral terms: each checker answers these
 * questions in its own idiom (Error Prone trees, PMD's AST, SpotBugs' operand stack) and {@link
 * Decision#decide} asks them lazily, in this order, and only those the row and the options need —
 * the use of the listener, the costliest, last.
 */
public interface CallSite {

  /** What the port or address argument is (asked when the row has one). */
  enum Endpoint {
    /** The {@code null} literal, or a local whose only value is {@code null}. */
    NULL,
    /** A known port 0, or {@code new InetSocketAddress(0)} / {@code (host, 0)}: the kernel picks. */
    EPHEMERAL,
    /** Anything else, known or not. */
    OTHER
  }

  /** How the method uses the listener the call creates or binds (asked for rows that may be probes). */
  enum ListenerUse {
    /** Accepted on in a loop, or escaping the method: a server. */
    SERVER,
    /** Only bound, asked about, configured and closed: "is this port free?". */
    PROBE,
    /** Accepted on exactly once, outside any loop, then closed. */
    ONE_SHOT,
    /** Known only at the end of the method (bytecode): see {@link Finding#settle}. */
    PENDING
  }

  /** Where a configuration the call builds goes (asked for rows with client types). */
  enum Reach {
    /** Only to an HTTP client's methods: not a listener at all. */
    CLIENTS_ONLY,
    /** Anywhere else, or nowhere. */
    OTHER,
    /** Known only at the end of the method (bytecode): see {@link Finding#settle}. */
    PENDING
  }

  /** The known string of argument 0 of a property row, or {@code null} when it is not known. */
  String knownKey();

  /** What the port or address argument {@link Sink#endpointIndex()} is. */
  Endpoint endpoint();

  /**
   * The backlog argument's known value — an {@code Integer}, or the {@code String} a property row
   * passes — or {@code null} when it is unknown. Asked only when the row passes a backlog.
   */
  Object knownBacklog();

  /** How the listener is used in the method. */
  ListenerUse use();

  /** Where the configuration built by the call goes. */
  Reach reach();

  /**
   * The class's default for a backlog argument that is not known ({@link #knownBacklog()} {@code
   * null}): a configuration read with a known fallback at the sink, or a defaulted field read there
   * (directly, through a local, or through its getter); {@code null} when it is neither. Asked only
   * when {@code reportConfigurableDefaults} is on; a checker that gathers no such facts keeps this
   * default.
   */
  default ClassDefault classDefault() {
    return null;
  }
}
