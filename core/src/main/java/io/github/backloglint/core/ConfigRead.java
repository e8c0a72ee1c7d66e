package io.github.backloglint.core;

/**
 * A configuration read with a hard-coded fallback, a row of {@link ConfigReads#ALL}: whoever does
 * not set the key gets the fallback, which is then the listener's backlog ({@code
 * conf.getInt("ipc.server.listen.queue.size", 128)}). Subtypes of the owner count ({@code JobConf}
 * is a {@code Configuration}), and so does a relocation by a shading build, as for every sink row.
 *
 * @param signature the API
 * @param fallbackIndex the argument that holds the fallback
 * @param keyIndex the argument that holds the key, {@code -1} when the API has none
 * @param textual whether the fallback is a {@code String} that must be parsed into the backlog
 *     ({@code Integer.parseInt(System.getProperty(name, "50"))}): the read counts only inside one
 *     of {@link ConfigReads#PARSERS}
 */
public record ConfigRead(Signature signature, int fallbackIndex, int keyIndex, boolean textual) {

  /** Declares the read {@code signature}, whose key is argument 0 and fallback argument 1. */
  static ConfigRead read(String signature) {
    return new ConfigRead(Signature.parse(signature), 1, 0, false);
  }

  /** The read with its fallback at {@code index}. */
  ConfigRead fallbackAt(int index) {
    return new ConfigRead(signature, index, keyIndex, textual);
  }

  /** The read without a key ({@code Optional.orElse}). */
  ConfigRead noKey() {
    return new ConfigRead(signature, fallbackIndex, -1, textual);
  }

  /** The read whose fallback is text that a parser turns into the backlog. */
  ConfigRead parsed() {
    return new ConfigRead(signature, fallbackIndex, keyIndex, true);
  }

  public String owner() {
    return signature.owner();
  }

  public String name() {
    return signature.name();
  }

  /** Whether the read names its key (which the message then quotes when it is known). */
  public boolean hasKey() {
    return keyIndex >= 0;
  }

  /** The read as a message names it: {@code `Configuration.getInt(...)`}. */
  public String describe() {
    return "`" + signature.simpleOwner() + "." + signature.name() + "(...)`";
  }

  /**
   * The fallback as a backlog: an {@code Integer} (boxed or not) as it is, a {@code String} parsed
   * as a decimal integer when the read is {@link #textual()}; {@code null} when it is not a number.
   */
  public Integer fallbackValue(Object fallback) {
    if (textual) {
      return fallback instanceof String text ? Sink.propertyValue(text) : null; // parseInt does not trim
    }
    return fallback instanceof Integer value ? value : null;
  }
}
