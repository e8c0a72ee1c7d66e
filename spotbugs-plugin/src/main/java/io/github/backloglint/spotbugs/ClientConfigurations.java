package io.github.backloglint.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.backloglint.core.CallSite.Reach;
import io.github.backloglint.core.Sink;
import org.apache.bcel.Const;

/**
 * Where a configuration goes that a sink row with client types builds (HttpCore's {@code
 * SocketConfig.custom().setBacklogSize(n)}): followed as a user value through its builder chain and
 * single-assignment locals to the calls that take it. Only a client's methods taking it make it a
 * client's configuration ({@link Reach#CLIENTS_ONLY}); anything else, or nothing, may reach a
 * listener.
 */
final class ClientConfigurations {

  /** One configuration a sink call built: how often a client's method takes it, and what else. */
  static final class Configuration {
    private final Sink row;
    private int clientUses;
    private boolean otherUse;

    Configuration(Sink row) {
      this.row = row;
    }

    /** Where the configuration went, once the method is scanned. */
    Reach reach() {
      return clientUses > 0 && !otherUse ? Reach.CLIENTS_ONLY : Reach.OTHER;
    }
  }

  private ClientConfigurations() {}

  /** Where a configuration went; {@code null} (none followed) reaches no client. */
  static Reach reachOf(Configuration configuration) {
    return configuration == null ? Reach.OTHER : configuration.reach();
  }

  /**
   * Follows configurations through an invoke: a client's method taking one is a client use, any
   * other method taking it may reach a listener; a builder call on the chain itself passes it on to
   * its result, which this returns (or {@code null}).
   */
  static Configuration sawInvoke(
      int seen, String owner, int arguments, boolean returnsObject, OpcodeStack stack) {
    for (int i = 0; i < arguments; i++) {
      if (stack.getStackItem(i).getUserValue() instanceof Configuration configuration) {
        if (configuration.row.isClientType(owner.replace('/', '.'))) {
          configuration.clientUses++;
        } else {
          configuration.otherUse = true;
        }
      }
    }
    if (seen != Const.INVOKESTATIC
        && stack.getStackItem(arguments).getUserValue() instanceof Configuration configuration) {
      if (stack.getStackItem(arguments).getRegisterNumber() < 0 && returnsObject) {
        return configuration; // .setSoTimeout(..).build(): still the chain
      }
      configuration.otherUse = true; // a method called on the configuration held in a local
    }
    return null;
  }

  /** A configuration returned, stored in a field or an array: it may reach a listener. */
  static void sawEscape(OpcodeStack.Item item) {
    if (item.getUserValue() instanceof Configuration configuration) {
      configuration.otherUse = true;
    }
  }

  /**
   * A configuration stored into a local: kept there (returns {@code true}) when the local is
   * assigned only this once and the value is no copy of another local; else it goes elsewhere.
   */
  static boolean stored(Configuration configuration, OpcodeStack.Item item, boolean assignedOnce) {
    if (assignedOnce && item.getRegisterNumber() < 0) {
      return true;
    }
    configuration.otherUse = true;
    return false;
  }
}
