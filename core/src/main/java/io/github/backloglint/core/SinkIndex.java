package io.github.backloglint.core;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toUnmodifiableSet;

import io.github.backloglint.core.Sink.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one index over the sink table that every checker uses to reject a call by its name before it
 * resolves anything: rows by method name, by the simple name of a constructed class, by owner, by
 * option field, and the held defaults by class and by builder factory. Each checker only spells the
 * keys its own way (javac {@code Name}s, bytecode's internal names).
 */
public final class SinkIndex {

  /**
   * The names a sink call can have ({@code <init>} for constructors, none for options): a checker
   * rejects every other call by name before it resolves anything.
   */
  public static final Set<String> METHOD_NAMES =
      Sinks.ALL.stream()
          .filter(sink -> sink.kind() != Kind.OPTION)
          .map(Sink::name)
          .collect(toUnmodifiableSet());

  /** The option fields ({@code SO_BACKLOG}, {@code BACKLOG}) that make a two-argument call a sink. */
  public static final Set<String> OPTION_FIELDS =
      Sinks.ALL.stream()
          .filter(sink -> sink.kind() == Kind.OPTION)
          .map(Sink::name)
          .collect(toUnmodifiableSet());

  /** Method rows (instance, static, property) by method name. */
  public static final Map<String, List<Sink>> METHODS =
      Sinks.ALL.stream()
          .filter(sink -> sink.kind() != Kind.OPTION && sink.kind() != Kind.CONSTRUCTOR)
          .collect(groupingBy(Sink::name));

  /** Option rows by the name of their static field ({@code SO_BACKLOG}, {@code BACKLOG}). */
  public static final Map<String, List<Sink>> OPTIONS =
      Sinks.ofKind(Kind.OPTION).stream().collect(groupingBy(Sink::name));

  /** The binding constructors, in table order. */
  public static final List<Sink> CONSTRUCTORS = Sinks.ofKind(Kind.CONSTRUCTOR);

  /** Constructor rows by the simple name of their class, as {@code new} and {@code extends} write it. */
  public static final Map<String, List<Sink>> CONSTRUCTORS_BY_SIMPLE_NAME =
      CONSTRUCTORS.stream().collect(groupingBy(sink -> Signature.simpleName(sink.owner())));

  /** Constructor rows by their class's binary name. */
  public static final Map<String, List<Sink>> CONSTRUCTORS_BY_OWNER =
      CONSTRUCTORS.stream().collect(groupingBy(Sink::owner));

  /** Held objects built with {@code new}, by the simple name of their class. */
  public static final Map<String, List<FrameworkDefault>> HELD_BY_SIMPLE_NAME =
      defaults(Kind.CONSTRUCTOR).stream()
          .collect(groupingBy(row -> Signature.simpleName(row.owner())));

  /** Held objects built with {@code new}, by their class's binary name. */
  public static final Map<String, List<FrameworkDefault>> HELD_BY_OWNER =
      defaults(Kind.CONSTRUCTOR).stream().collect(groupingBy(FrameworkDefault::owner));

  /** Builder chains by the name of the static factory that starts them ({@code custom}). */
  public static final Map<String, List<FrameworkDefault>> BUILDERS_BY_FACTORY =
      defaults(Kind.STATIC).stream().collect(groupingBy(FrameworkDefault::name));

  /**
   * The classes of every framework default and server application, constructed or holding the
   * factory: the owner, not the factory's name, is what a cheap look at a class can test ({@code
   * custom()} is also HttpClient's everyday {@code RequestConfig.custom()}).
   */
  public static final Set<String> DEFAULT_OWNERS =
      Stream.concat(Sinks.DEFAULTS.stream(), Sinks.APPS.stream())
          .map(FrameworkDefault::owner)
          .collect(toUnmodifiableSet());

  /**
   * Server applications by the name of the call where their finding goes ({@code getConnector},
   * {@code start}, {@code createAndStart}): a checker anchors at that call and follows the app back
   * to where it was built.
   */
  public static final Map<String, List<AppServer>> APPS_BY_CALL =
      Sinks.APPS.stream().collect(groupingBy(AppServer::reportedAt));

  /**
   * The method names of every call a checker looks at by its name: the sink methods, the calls
   * where an app's finding goes, the builder factories. A call with none of them can only be an
   * option's call ({@link #OPTIONS}, matched on its argument), so one lookup rejects most calls.
   */
  public static final Set<String> CALL_NAMES =
      Stream.of(METHODS.keySet(), APPS_BY_CALL.keySet(), BUILDERS_BY_FACTORY.keySet())
          .flatMap(Set::stream)
          .collect(toUnmodifiableSet());

  /**
   * The classes a sink call or a default must name itself (or relocated), as binary names: those
   * whose constructors bind, the framework defaults' and apps', and the owners of static sinks,
   * which a static call names exactly.
   */
  public static final Set<String> INTERESTING_OWNERS =
      Stream.of(CONSTRUCTORS_BY_OWNER.keySet(), DEFAULT_OWNERS,
              Sinks.ofKind(Kind.STATIC).stream().map(Sink::owner).collect(toUnmodifiableSet()))
          .flatMap(Set::stream)
          .collect(toUnmodifiableSet());

  /**
   * The member names by which code reaches, on one of the {@link #INTERESTING_OWNERS}, what a
   * checker follows: its constructors and sink methods, the calls looked up by name ({@link
   * #CALL_NAMES}), the defaults' and apps' factories. A call of any other member ({@code
   * HttpServer.stop()}, {@code Server.join()}) builds, binds or configures nothing a checker
   * follows, so a bytecode prefilter need not analyse a method for it.
   */
  public static final Set<String> OWNER_MEMBER_NAMES =
      Stream.of(METHOD_NAMES.stream(), CALL_NAMES.stream(),
              Stream.concat(Sinks.DEFAULTS.stream(), Sinks.APPS.stream()).map(Row::name))
          .flatMap(names -> names)
          .collect(toUnmodifiableSet());

  /**
   * The names whose absence from a class rules out every sink in it: the option fields, the
   * {@link #INTERESTING_OWNERS}, and each instance sink's method name, or for a sink called on one
   * static field ({@link Sink#receiverField}) that field's name: SSHD's {@code SOCKET_BACKLOG}, not
   * {@code set}, and {@code HttpServer} rather than {@code create}, names that most classes use.
   */
  public static final Set<String> INTERESTING_NAMES = interestingNames();

  private SinkIndex() {}

  private static List<FrameworkDefault> defaults(Kind kind) {
    return Sinks.DEFAULTS.stream().filter(row -> row.kind() == kind).toList();
  }

  private static Set<String> interestingNames() {
    Set<String> names = new HashSet<>(OPTIONS.keySet());
    names.addAll(INTERESTING_OWNERS);
    for (List<Sink> rows : METHODS.values()) {
      for (Sink row : rows) {
        if (row.receiverField() != null) {
          names.add(row.receiverField().name());
        } else if (row.kind() != Kind.STATIC) {
          names.add(row.name());
        }
      }
    }
    return Set.copyOf(names);
  }
}
