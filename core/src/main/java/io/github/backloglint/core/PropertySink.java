package io.github.backloglint.core;

/**
 * A sink that is a generic property setter {@code name(String key, String value)} called with the
 * knob's key: Tomcat's {@code connector.setProperty("acceptCount", "100")}. The backlog is the
 * known string value (argument 1), parsed as the framework parses it.
 *
 * @param signature the setter
 * @param propertyKey the key argument 0 must be, as a known string
 * @param traits who owns the setter and what its value means
 */
public record PropertySink(Signature signature, String propertyKey, Traits traits) implements Sink {

  @Override
  public Kind kind() {
    return Kind.PROPERTY;
  }

  @Override
  public int backlog() {
    return 1;
  }

  public PropertySink framework(String name) {
    return new PropertySink(signature, propertyKey, traits.withFramework(name));
  }

  /** The knob is the key: messages name it. */
  public PropertySink values(Values values) {
    return new PropertySink(signature, propertyKey, traits.withValues(values));
  }

  @Override
  public String toString() {
    return framework() + " " + signature + " \"" + propertyKey + "\"";
  }
}
