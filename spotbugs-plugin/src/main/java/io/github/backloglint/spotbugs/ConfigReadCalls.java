package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.backloglint.core.ConfigRead;
import io.github.backloglint.core.ConfigReads;
import io.github.backloglint.core.DefaultValue;
import io.github.backloglint.core.Signature;
import java.util.Arrays;
import java.util.List;
import org.apache.bcel.generic.Type;

/**
 * The configuration reads of core's {@link ConfigReads} table as invokes: a call of a row's method
 * on its owner, a subtype (through {@link Supertypes}: a type SpotBugs cannot load does not count)
 * or a relocated copy, whose fallback argument is known. Its result carries a {@link Read} user
 * value, which loads, unboxing and casts keep; a textual read ({@code System.getProperty(name,
 * "50")}) becomes one only inside a parser of {@link ConfigReads#PARSERS}.
 */
final class ConfigReadCalls {

  /** The result of a configuration read with a known fallback: a class default at a sink. */
  record Read(DefaultValue.Configured read) implements ClassDefaults.Source {}

  /** A textual read's result, still a {@code String}: a default only once parsed. */
  record Text(DefaultValue.Configured read) {}

  private final Supertypes supertypes;

  ConfigReadCalls(Supertypes supertypes) {
    this.supertypes = supertypes;
  }

  /**
   * The user value of the result of an invoke that is not a sink: a {@link Read} or {@link Text},
   * or {@code null} when the invoke is no configuration read with a known fallback.
   */
  Object sawInvoke(String owner, String name, String descriptor, OpcodeStack stack) {
    List<ConfigRead> rows = ConfigReads.BY_NAME.get(name);
    boolean parser = isParser(owner, name, descriptor);
    if (rows == null && !parser) {
      return null; // almost every call: rejected by its name
    }
    if (parser) {
      Object parsed = stack.getStackItem(0).getUserValue();
      return parsed instanceof Text text ? new Read(text.read()) : null;
    }
    List<String> parameters =
        Arrays.stream(Type.getArgumentTypes(descriptor)).map(Type::toString).toList();
    for (ConfigRead row : rows) {
      if (row.signature().hasParameters(parameters) && isOwner(owner, row)) {
        return read(row, parameters.size(), stack);
      }
    }
    return null;
  }

  private static Object read(ConfigRead row, int arguments, OpcodeStack stack) {
    Object fallback =
        BytecodeValues.knownValue(stack.getStackItem(arguments - 1 - row.fallbackIndex()));
    if (fallback == null) {
      return null;
    }
    String key = row.hasKey()
        ? BytecodeValues.knownString(stack.getStackItem(arguments - 1 - row.keyIndex()))
        : null;
    DefaultValue.Configured read = new DefaultValue.Configured(row, fallback, key, null);
    if (read.backlog() == null) {
      return null; // a fallback that is no number
    }
    return row.textual() ? new Text(read) : new Read(read);
  }

  /** {@code Integer.parseInt(String)} or {@code Integer.valueOf(String)}. */
  private static boolean isParser(String owner, String name, String descriptor) {
    if (!descriptor.startsWith("(Ljava/lang/String;)")) {
      return false;
    }
    for (Signature parser : ConfigReads.PARSERS) {
      // The owner's binary name only for a parser's name: most calls taking a String are not.
      if (parser.name().equals(name) && parser.owner().equals(owner.replace('/', '.'))) {
        return true;
      }
    }
    return false;
  }

  /** The row's owner, a subtype that SpotBugs can load, or a relocation of either. */
  private boolean isOwner(String owner, ConfigRead row) {
    String type = row.owner();
    return supertypes.matches(owner, "config " + type,
        name -> Signature.isNameOrRelocation(name, type));
  }
}
