// Default arguments: the compiler adds a synthetic serve$default(...) that fills in the default and
// calls serve(...), so inside serve the backlog is a parameter like any other.
package corpus.kotlin

import java.net.InetSocketAddress
import java.net.ServerSocket

class Defaults {

  fun serve(port: Int, backlog: Int = 50): ServerSocket =
      ServerSocket(port, backlog) // OK: a parameter, unknown (the default is passed by serve$default)

  fun serveDefaultPort(port: Int = 8080): ServerSocket = ServerSocket(port) // FLAG: 50

  fun bindWithDefault(address: InetSocketAddress = InetSocketAddress(8080)): ServerSocket {
    val socket = ServerSocket()
    socket.bind(address, 32) // FLAG: 32
    return socket
  }

  fun callers(): List<ServerSocket> =
      listOf(serve(8080), serve(8081, 10), serveDefaultPort()) // OK: calls of a user function, not sinks
}
