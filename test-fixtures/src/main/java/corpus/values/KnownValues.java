package corpus.values;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * Every form of a known backlog: constants however referenced, constant expressions, locals whose
 * only assignment is their initializer (with propagation), casts, a conditional with a constant
 * condition, and boxing for Netty.
 */
class KnownValues {

  private static final int LOCAL_BACKLOG = 64;
  private static final int BIG_BACKLOG = 1 << 16;
  private static final boolean SMALL_FOOTPRINT = true;

  /** An instance constant: javac folds this.backlog too. */
  private final int backlog = 50;

  ServerSocket sameClassConstant() throws IOException {
    return new ServerSocket(8080, LOCAL_BACKLOG); // FLAG: 64
  }

  ServerSocket sameClassLargeConstant() throws IOException {
    return new ServerSocket(8080, BIG_BACKLOG); // OK: above the minimum
  }

  ServerSocket otherClassConstant() throws IOException {
    return new ServerSocket(9000, Limits.ADMIN_BACKLOG); // FLAG: 25
  }

  ServerSocket otherClassLargeConstant() throws IOException {
    return new ServerSocket(9000, Limits.SERVER_BACKLOG); // OK: above the minimum
  }

  ServerSocket interfaceConstant() throws IOException {
    return new ServerSocket(ListenerDefaults.PORT, ListenerDefaults.BACKLOG); // FLAG: 200
  }

  ServerSocket libraryConstant() throws IOException {
    return new ServerSocket(8080, Byte.MAX_VALUE); // FLAG: 127
  }

  ServerSocket libraryLargeConstant() throws IOException {
    return new ServerSocket(8080, Short.MAX_VALUE); // OK: above the minimum
  }

  ServerSocket multiplication() throws IOException {
    return new ServerSocket(8080, 64 * 2); // FLAG: 128
  }

  ServerSocket shift() throws IOException {
    return new ServerSocket(8080, 1 << 7); // FLAG: 128
  }

  ServerSocket thisField() throws IOException {
    return new ServerSocket(8080, this.backlog); // FLAG: 50
  }

  ServerSocket simpleNameField() throws IOException {
    return new ServerSocket(8081, backlog); // FLAG: 50
  }

  ServerSocket localOnce() throws IOException {
    int queue = 100;
    return new ServerSocket(8080, queue); // FLAG: 100
  }

  ServerSocket finalLocal() throws IOException {
    final int queue = 300;
    return new ServerSocket(8080, queue); // FLAG: 300
  }

  ServerSocket propagation() throws IOException {
    int base = 64;
    int queue = base * 2;
    return new ServerSocket(8080, queue); // FLAG: 128
  }

  ServerSocket propagationFromConstant() throws IOException {
    int perCore = LOCAL_BACKLOG;
    int queue = perCore + 1;
    return new ServerSocket(8080, queue); // FLAG: 65
  }

  ServerSocket propagationLarge() throws IOException {
    int base = 512;
    int queue = base * 4;
    return new ServerSocket(8080, queue); // OK: 2048, above the minimum
  }

  ServerSocket castOfConstant() throws IOException {
    return new ServerSocket(8080, (int) 100L); // FLAG: 100
  }

  ServerSocket castOfLocal() throws IOException {
    long wanted = 200L;
    return new ServerSocket(8080, (int) wanted); // FLAG: 200
  }

  ServerSocket constantCondition() throws IOException {
    int queue = SMALL_FOOTPRINT ? 10 : 4096;
    return new ServerSocket(8080, queue); // FLAG: 10
  }

  ServerSocket constantConditionLarge() throws IOException {
    int queue = !SMALL_FOOTPRINT ? 10 : 4096;
    return new ServerSocket(8080, queue); // OK: the condition picks 4096
  }

  ServerSocket unboxedLocal() throws IOException {
    Integer queue = 100;
    return new ServerSocket(8080, queue); // FLAG: 100
  }

  ServerSocket negativeExpression() throws IOException {
    return new ServerSocket(8080, -LOCAL_BACKLOG); // FLAG: -64
  }

  ServerBootstrap nettyAutobox(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, 128); // FLAG: 128
  }

  ServerBootstrap nettyValueOf(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, Integer.valueOf(128)); // FLAG: 128
  }

  ServerBootstrap nettyBoxedLocal(ServerBootstrap bootstrap) {
    Integer queue = 100;
    return bootstrap.option(ChannelOption.SO_BACKLOG, queue); // FLAG: 100
  }

  ServerBootstrap nettyConstant(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, LOCAL_BACKLOG); // FLAG: 64
  }

  ServerBootstrap nettyMinusOne(ServerBootstrap bootstrap) {
    return bootstrap.option(ChannelOption.SO_BACKLOG, -1); // FLAG: -1
  }

  ServerBootstrap nettyPropagation(ServerBootstrap bootstrap) {
    int base = 32;
    int queue = base << 2;
    return bootstrap.option(ChannelOption.SO_BACKLOG, queue); // FLAG: 128
  }
}
