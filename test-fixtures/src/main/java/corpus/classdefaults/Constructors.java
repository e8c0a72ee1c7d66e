package corpus.classdefaults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;

/**
 * What the constructors and initializer blocks assign a field: each assignment is a candidate, a
 * constructor that assigns nothing keeps the initializer, and any assignment that is not known makes
 * the field unknown. Each scenario is its own class, since every constructor of a class counts.
 */
class Constructors {

  /** A blank final assigned a constant by the only constructor. */
  static class ConstantInConstructor {
    private final int backlog;

    ConstantInConstructor() {
      this.backlog = 100;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // FLAG: 100
    }
  }

  /** Three constructors, three candidates: the smallest one that is reported is the value. */
  static class SeveralConstructors {
    private int backlog;

    SeveralConstructors() {
      backlog = 4096;
    }

    SeveralConstructors(String name) {
      backlog = 256;
    }

    SeveralConstructors(String name, boolean verbose) {
      backlog = 512;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // FLAG: 256
    }
  }

  /** One constructor assigns, the other leaves the initializer: both are candidates. */
  static class ConstructorLeavesTheInitializer {
    private int backlog = 50;

    ConstructorLeavesTheInitializer() {}

    ConstructorLeavesTheInitializer(boolean busy) {
      backlog = 2048;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // FLAG: 50
    }
  }

  /** Every constructor overwrites the small initializer with a large value. */
  static class EveryConstructorAssignsALargeValue {
    private int backlog = 50;

    EveryConstructorAssignsALargeValue() {
      backlog = 2048;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: the initializer never survives a constructor
    }
  }

  /** A constructor that assigns a parameter: the value comes from outside. */
  static class ParameterInConstructor {
    private final int backlog;

    ParameterInConstructor(int backlog) {
      this.backlog = backlog;
    }

    ParameterInConstructor() {
      this.backlog = 10;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: one constructor assigns a parameter
    }
  }

  /** this(...) is not followed: the called constructor assigns a parameter. */
  static class DelegatesAConstant {
    private int backlog = 50;

    DelegatesAConstant() {
      this(100);
    }

    DelegatesAConstant(int backlog) {
      this.backlog = backlog;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: the called constructor assigns a parameter
    }
  }

  /** A delegating constructor adds nothing; the one it calls assigns a constant. */
  static class DelegatesToAConstant {
    private final int port;
    private int backlog = 4096;

    DelegatesToAConstant() {
      this(8080);
    }

    DelegatesToAConstant(int port) {
      this.port = port;
      this.backlog = 128;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(port, backlog); // FLAG: 128
    }
  }

  /** The constructor calls the class's setter: any method called there makes the field unknown. */
  static class SetterCalledFromConstructor {
    private int backlog = 50;

    SetterCalledFromConstructor() {
      setBacklog(2048);
    }

    void setBacklog(int backlog) {
      this.backlog = backlog;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: a setter called from the constructor
    }
  }

  /** A compound assignment in a constructor is not a known value. */
  static class CompoundAssignment {
    private int backlog = 50;

    CompoundAssignment(boolean busy) {
      backlog += 10;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // OK: += in a constructor
    }
  }

  /** An instance initializer block assigns like a constructor that every constructor runs. */
  static class InitializerBlock {
    private int backlog;

    {
      backlog = 64;
    }

    ServerSocket open() throws IOException {
      return new ServerSocket(8080, backlog); // FLAG: 64
    }
  }

  /** The sink is in the constructor, which assigns nothing: the initializer reaches it. */
  static class SinkInTheConstructor {
    private int backlog = 50;
    private final ServerSocketChannel channel;

    SinkInTheConstructor(InetSocketAddress address) throws IOException {
      channel = ServerSocketChannel.open();
      channel.bind(address, backlog); // FLAG: 50
    }

    ServerSocketChannel channel() {
      return channel;
    }
  }
}
