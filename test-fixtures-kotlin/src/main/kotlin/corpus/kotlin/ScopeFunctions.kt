// apply {} and also {} configure a socket in an inlined lambda: the compiler copies the receiver
// into a local of its own ($this$apply, or the lambda's parameter), so the socket has two locals.
package corpus.kotlin

import java.net.InetSocketAddress
import java.net.ServerSocket
import java.nio.channels.ServerSocketChannel

class ScopeFunctions {

  fun applyBind(): ServerSocket = ServerSocket().apply {
    reuseAddress = true
    bind(InetSocketAddress(8080), 128) // FLAG: 128
  }

  fun applyBindDefault(): ServerSocket = ServerSocket().apply {
    bind(InetSocketAddress(8080)) // FLAG: 50
  }

  fun alsoBind(): ServerSocketChannel = ServerSocketChannel.open().also {
    it.bind(InetSocketAddress(8080), 100) // FLAG: 100
  }

  fun applyChannel(): ServerSocketChannel = ServerSocketChannel.open().apply {
    configureBlocking(false)
    bind(InetSocketAddress("0.0.0.0", 8080), 64) // FLAG: 64
  }

  fun applyLarge(): ServerSocket = ServerSocket().apply {
    bind(InetSocketAddress(8080), 4096) // OK: at least the minimum
  }

  fun applyEphemeral(): ServerSocket = ServerSocket().apply {
    bind(InetSocketAddress(0), 1) // OK: an ephemeral port
  }

  fun letAccept(): ServerSocket = ServerSocket(8080, 8).let { // FLAG: 8
    it.soTimeout = 1000
    it
  }

  fun withBacklogFrom(backlog: Int): ServerSocket = ServerSocket().apply {
    bind(InetSocketAddress(8080), backlog) // OK: a parameter, unknown
  }
}
