package io.github.backloglint.core;

import java.util.Arrays;
import java.util.List;

/**
 * A sink that is an option field passed with its value to a call: {@code option(SO_BACKLOG, 128)},
 * whatever the method, or only to the calls of {@link #takers}. The backlog is argument 1, boxed or
 * not. Declared as {@code Sinks.option("io.netty.channel.ChannelOption#SO_BACKLOG").framework("Netty")}.
 *
 * @param signature the option's owner and field name
 * @param takers the calls the option must be passed to (empty: any two-argument call)
 * @param traits who owns the option and what its value means
 */
public record OptionSink(Signature signature, List<Taker> takers, Traits traits) implements Sink {

  @Override
  public Kind kind() {
    return Kind.OPTION;
  }

  @Override
  public List<String> parameters() {
    return List.of();
  }

  @Override
  public int backlog() {
    return 1;
  }

  /** Only these calls ({@code owner#name}) take the option. */
  public OptionSink takenBy(String... calls) {
    return new OptionSink(signature, Arrays.stream(calls).map(Taker::parse).toList(), traits);
  }

  public OptionSink framework(String name) {
    return new OptionSink(signature, takers, traits.withFramework(name));
  }

  public OptionSink knob(String name) {
    return new OptionSink(signature, takers, traits.withKnob(name));
  }

  public OptionSink fix(Fix fix) {
    return new OptionSink(signature, takers, traits.withFix(fix));
  }

  @Override
  public String toString() {
    return framework() + " " + signature;
  }
}
