package corpus.classdefaults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import org.xnio.OptionMap;
import org.xnio.Options;

/**
 * XNIO's {@code OptionMap.get(Options.BACKLOG, fallback)}: the fallback is what a server opened
 * without the option listens with. Reading the option is not setting it: no sink of its own.
 */
class XnioReads {

  ServerSocketChannel open(OptionMap optionMap, InetSocketAddress address) throws IOException {
    return ServerSocketChannel.open().bind(address, optionMap.get(Options.BACKLOG, 128)); // FLAG: 128
  }

  ServerSocketChannel throughALocal(OptionMap optionMap, InetSocketAddress address) throws IOException {
    int backlog = optionMap.get(Options.BACKLOG, 50);
    return ServerSocketChannel.open().bind(address, backlog); // FLAG: 50
  }

  ServerSocketChannel withoutFallback(OptionMap optionMap, InetSocketAddress address) throws IOException {
    return ServerSocketChannel.open().bind(address, optionMap.get(Options.BACKLOG)); // OK: no fallback
  }

  int readOnly(OptionMap optionMap) {
    return optionMap.get(Options.BACKLOG, 128); // OK: a read reaches no listener here
  }
}
