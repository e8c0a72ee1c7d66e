// use {} closes its receiver through kotlin.io.CloseableKt.closeFinally(closeable, cause): that
// is the socket's close, not a hand-over to another method.
package corpus.kotlin

import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.ServerSocket
import java.nio.channels.ServerSocketChannel

object UseProbes {

  fun freePort(): Int = ServerSocket(0).use { it.localPort } // OK: an ephemeral port

  fun localPortOf(port: Int): Int = ServerSocket(port).use { it.localPort } // OK: a port probe

  fun isFree(port: Int): Boolean =
      try {
        ServerSocket(port).use { it.localPort > 0 } // OK: a port probe, closed by use
      } catch (e: java.io.IOException) {
        false
      }

  fun isFreeOnLoopback(port: Int): Boolean =
      ServerSocket(port, 1, InetAddress.getLoopbackAddress()).use { true } // OK: a probe, closed unused

  fun channelProbe(port: Int): Boolean =
      ServerSocketChannel.open().use {
        it.bind(InetSocketAddress(port), 1) // OK: a port probe of a channel
        it.localAddress != null
      }

  fun probeWithThis(port: Int): Int =
      ServerSocket(port).use { socket -> // OK: a port probe
        socket.reuseAddress = true
        socket.localPort
      }

  fun fluentChannelProbe(port: Int): Boolean =
      ServerSocketChannel.open().bind(InetSocketAddress(port), 1).use { true } // OK: a fluent probe

  fun oneShot(): String =
      ServerSocket(8080, 1).use { server -> // OK: one-shot: accepted once, closed by use
        server.accept().use { client -> client.inetAddress.hostAddress }
      }

  fun acceptsTwice(): Unit =
      ServerSocket(8080, 1).use { server -> // FLAG: 1
        server.accept().close()
        server.accept().close()
      }

  fun closedProbe(port: Int): Boolean {
    val socket = ServerSocket(port) // OK: a port probe, closed by its own close()
    socket.close()
    return true
  }

  fun acceptsInUse(): Unit =
      ServerSocket(8080, 10).use { server -> // FLAG: 10
        while (true) {
          server.accept().close()
        }
      }

  fun escapesFromUse(sockets: MutableList<ServerSocket>): Int =
      ServerSocket(8080).use { // FLAG: 50
        sockets.add(it)
        it.localPort
      }
}
