package corpus.values;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import io.netty.util.NetUtil;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * Every form of an unknown backlog: never reported, whatever its value at run time. Three lines here
 * are a class's default instead (a field with an initializer, configuration reads with a fallback):
 * reported with that default, as {@code corpus.classdefaults} shows in full.
 */
class UnknownValues {

  private int configuredBacklog = 100;
  private final int constructorBacklog;

  UnknownValues(int constructorBacklog) {
    this.constructorBacklog = constructorBacklog;
  }

  UnknownValues() {
    this.constructorBacklog = 10;
  }

  ServerSocket parameter(int backlog) throws IOException {
    return new ServerSocket(8080, backlog); // OK: a parameter
  }

  /** A configuration read with a fallback: whoever does not set "backlog" gets 50. */
  ServerSocket methodCall(Properties config) throws IOException {
    return new ServerSocket(8080, Integer.parseInt(config.getProperty("backlog", "50"))); // FLAG: 50
  }

  ServerSocket mathMax(int requested) throws IOException {
    return new ServerSocket(8080, Math.max(1024, requested)); // OK: a call
  }

  ServerSocket mathMaxOfConstants() throws IOException {
    return new ServerSocket(8080, Math.max(10, 20)); // OK: a call, even of constants
  }

  /** Not a constant, but no constructor assigns it: its initializer is the class's default. */
  ServerSocket nonFinalField() throws IOException {
    return new ServerSocket(8080, configuredBacklog); // FLAG: 100
  }

  ServerSocket mutableStatic() throws IOException {
    return new ServerSocket(8080, Limits.mutableBacklog); // OK: not a constant, and another class's field
  }

  ServerSocket fieldSetInConstructor() throws IOException {
    return new ServerSocket(8080, constructorBacklog); // OK: a constructor assigns it a parameter
  }

  ServerSocket staticFinalInteger() throws IOException {
    return new ServerSocket(8080, Limits.BOXED_BACKLOG); // OK: an Integer is no constant; another class's field
  }

  ServerSocket staticBlock() throws IOException {
    return new ServerSocket(8080, Limits.FROM_STATIC_BLOCK); // OK: set in a static block of another class
  }

  ServerSocket reassigned() throws IOException {
    int queue = 10;
    queue = 20;
    return new ServerSocket(8080, queue); // OK: assigned twice
  }

  ServerSocket incremented() throws IOException {
    int queue = 10;
    queue++;
    return new ServerSocket(8080, queue); // OK: assigned twice
  }

  ServerSocket compoundAssigned() throws IOException {
    int queue = 10;
    queue += 1;
    return new ServerSocket(8080, queue); // OK: assigned twice
  }

  ServerSocket reassignedAfterSink() throws IOException {
    int queue = 10;
    ServerSocket socket = new ServerSocket(8080, queue); // OK: the local is assigned again below
    queue = 20;
    System.out.println("listening with a queue of at most " + queue);
    return socket;
  }

  ServerSocket unknownCondition(boolean production) throws IOException {
    int queue = production ? 4096 : 10;
    return new ServerSocket(8080, queue); // OK: the condition is a parameter
  }

  /** A local initialized from a configuration read: its fallback 10 is the default. */
  ServerSocket localFromCall(Properties config) throws IOException {
    int queue = Integer.getInteger("server.backlog", 10);
    return new ServerSocket(8080, queue); // FLAG: 10
  }

  ServerSocket propagatedFromUnknown(int cores) throws IOException {
    int queue = cores * 2;
    return new ServerSocket(8080, queue); // OK: built from a parameter
  }

  ServerSocket divisionByZero() throws IOException {
    int zero = 0;
    return new ServerSocket(8080, 100 / zero); // OK: division by zero is unknown
  }

  ServerBootstrap nettyFromString(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, Integer.valueOf("128")); // OK: a call
  }

  ServerBootstrap nettyStaticFinalInteger(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, Limits.BOXED_BACKLOG); // OK: another class's field
  }

  ServerBootstrap nettySomaxconn(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, NetUtil.SOMAXCONN); // OK: resolved at run time
  }

  ServerBootstrap nettyParameter(ServerBootstrap bootstrap, int backlog) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, backlog); // OK: a parameter
  }

  ServerSocket blankLocalAssignedOnEachBranch(boolean large) throws IOException {
    int queue;
    if (large) {
      queue = 4096;
    } else {
      queue = 100;
    }
    return new ServerSocket(8080, queue); // OK: assigned on two branches, not by an initializer
  }
}
