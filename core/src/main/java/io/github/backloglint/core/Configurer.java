package io.github.backloglint.core;

import io.github.backloglint.core.FrameworkDefault.Use;

/**
 * A call that takes a framework default's object as an argument and configures it, unless the
 * property it names is the knob or is not known: SSHD's {@code
 * PropertyResolverUtils.updateProperty(server, "idle-timeout", n)} or {@code
 * CoreModuleProperties.IDLE_TIMEOUT.set(server, value)}. The checker matches the resolved call
 * against {@link #method} and reports the key it sees; {@link FrameworkDefault#callTaking} decides.
 * Any other call that takes the object silences it (the allow-list of {@link FrameworkDefault}).
 *
 * @param method the called member, as its declaring type names it
 * @param objectIndex the argument that must be the object
 * @param keyIndex the {@code String} argument that names the property, or {@link #RECEIVER}: the
 *     call's receiver, a static field, is the property
 * @param knobKey the key that sets the knob: a property name, or for {@link #RECEIVER} the field
 *     ({@code owner#NAME}, as {@link #field} writes it)
 */
public record Configurer(Signature method, int objectIndex, int keyIndex, String knobKey) {

  /** The {@link #keyIndex} of a call whose receiver, a static field, names the property. */
  public static final int RECEIVER = -1;

  /** {@code method} takes the object at {@code objectIndex} and a name at {@code nameIndex}. */
  public static Configurer byName(String method, int objectIndex, int nameIndex, String knobName) {
    return new Configurer(Signature.parse(method), objectIndex, nameIndex, knobName);
  }

  /**
   * {@code method} is called on a static field that is the property and takes the object at {@code
   * objectIndex}; {@code knobField} ({@code owner#NAME}) is the knob's field.
   */
  public static Configurer onField(String method, int objectIndex, String knobField) {
    Signature field = Signature.parse(knobField);
    return new Configurer(
        Signature.parse(method), objectIndex, RECEIVER, field(field.owner(), field.name()));
  }

  /** The key of a static field read as the receiver: {@code owner#NAME}, owner a binary name. */
  public static String field(String owner, String name) {
    return owner + "#" + name;
  }

  /**
   * Whether {@code key} is the knob's: for a key read from the receiver also a relocation of the
   * knob's field ({@code shaded.org.apache.sshd...CoreModuleProperties#SOCKET_BACKLOG}).
   */
  private boolean isKnobKey(String key) {
    if (!keyedByReceiver()) {
      return key.equals(knobKey);
    }
    int hash = key.indexOf('#');
    int knobHash = knobKey.indexOf('#');
    return hash > 0
        && key.regionMatches(hash, knobKey, knobHash, knobKey.length() - knobHash)
        && key.length() - hash == knobKey.length() - knobHash
        && Signature.isNameOrRelocation(key.substring(0, hash), knobKey.substring(0, knobHash));
  }

  /** Whether the receiver of the call, not an argument, names the property. */
  public boolean keyedByReceiver() {
    return keyIndex == RECEIVER;
  }

  public String name() {
    return method.name();
  }

  /**
   * What the call does with the object at argument {@code argument}, whose key (see {@link
   * #keyIndex}) is {@code knownKey}, {@code null} when not known: the knob's key or an unknown one
   * may set the knob; another known key configures another property.
   */
  Use use(int argument, String knownKey) {
    if (argument != objectIndex || knownKey == null || isKnobKey(knownKey)) {
      return Use.SILENCES;
    }
    return Use.CONFIGURES;
  }
}
