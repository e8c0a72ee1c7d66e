package io.github.backloglint.core;

import static io.github.backloglint.core.ConfigRead.read;
import static java.util.stream.Collectors.groupingBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration table, beside the sink table: the APIs whose hard-coded fallback becomes a
 * listener's backlog when nobody sets the key, and the injection annotations of fields. Adding an API
 * is a row here; the checkers find rows through {@link #BY_NAME} and never name an API themselves.
 */
public final class ConfigReads {

  /** Every configuration read. */
  public static final List<ConfigRead> ALL =
      List.of(
          read("java.lang.Integer#getInteger(java.lang.String,int)"),
          read("java.lang.Integer#getInteger(java.lang.String,java.lang.Integer)"),
          read("java.lang.System#getProperty(java.lang.String,java.lang.String)").parsed(),
          read("java.util.Properties#getProperty(java.lang.String,java.lang.String)").parsed(),
          read("java.util.Map#getOrDefault(java.lang.Object,java.lang.Object)"),
          read("java.util.Optional#orElse(java.lang.Object)").fallbackAt(0).noKey(),
          read("java.util.OptionalInt#orElse(int)").fallbackAt(0).noKey(),
          read("org.apache.hadoop.conf.Configuration#getInt(java.lang.String,int)"),
          read("org.apache.commons.configuration2.ImmutableConfiguration#getInt(java.lang.String,int)"),
          read("org.apache.commons.configuration2.ImmutableConfiguration#getInteger(java.lang.String,java.lang.Integer)"),
          read("org.springframework.core.env.PropertyResolver#getProperty(java.lang.String,java.lang.Class,java.lang.Object)").fallbackAt(2),
          read("org.xnio.OptionMap#get(org.xnio.Option,int)").noKey());

  /** The rows by method name: a checker rejects every other call by name first. */
  public static final Map<String, List<ConfigRead>> BY_NAME =
      ALL.stream().collect(groupingBy(ConfigRead::name));

  /** What turns a {@link ConfigRead#textual()} read into the backlog. */
  public static final List<Signature> PARSERS =
      List.of(
          Signature.parse("java.lang.Integer#parseInt(java.lang.String)"),
          Signature.parse("java.lang.Integer#valueOf(java.lang.String)"));

  /** Spring's {@code @Value}: {@code ${key:N}} or {@code N} gives the default N. */
  public static final String SPRING_VALUE = "org.springframework.beans.factory.annotation.Value";

  /** MicroProfile's {@code @ConfigProperty}: its {@code defaultValue} element gives the default. */
  public static final String CONFIG_PROPERTY = "org.eclipse.microprofile.config.inject.ConfigProperty";

  /**
   * The annotations that make a field's value come from outside: unknown, unless it is one of the
   * two above with a default.
   */
  public static final Set<String> INJECTIONS =
      Set.of(
          "javax.inject.Inject",
          "jakarta.inject.Inject",
          "com.google.inject.Inject",
          "org.springframework.beans.factory.annotation.Autowired",
          "javax.annotation.Resource",
          "jakarta.annotation.Resource",
          SPRING_VALUE,
          CONFIG_PROPERTY);

  private ConfigReads() {}

  /**
   * The default an injection annotation gives its field, or {@code null} when it gives none that is
   * known: {@code @Value("${key:N}")} or {@code @Value("N")}, {@code @ConfigProperty(defaultValue =
   * "N")}, N a decimal integer.
   *
   * @param annotation the annotation's binary name
   * @param text {@code @Value}'s value, or {@code @ConfigProperty}'s {@code defaultValue}
   */
  public static Integer annotatedDefault(String annotation, String text) {
    if (text == null) {
      return null;
    }
    if (annotation.equals(CONFIG_PROPERTY)) {
      return Sink.propertyValue(text.trim());
    }
    if (!annotation.equals(SPRING_VALUE)) {
      return null;
    }
    String value = text.trim();
    if (value.startsWith("${") && value.endsWith("}")) {
      int colon = value.indexOf(':');
      String inner = value.substring(2, value.length() - 1);
      if (colon < 0 || inner.contains("${")) {
        return null; // no default, or a nested placeholder
      }
      return Sink.propertyValue(value.substring(colon + 1, value.length() - 1).trim());
    }
    return Sink.propertyValue(value);
  }

  /** The key an injection annotation reads, for the message, or {@code null}. */
  public static String annotatedKey(String annotation, String text) {
    if (annotation.equals(SPRING_VALUE) && text != null && text.startsWith("${")) {
      int colon = text.indexOf(':');
      return colon > 2 ? text.substring(2, colon) : null;
    }
    return null;
  }
}
