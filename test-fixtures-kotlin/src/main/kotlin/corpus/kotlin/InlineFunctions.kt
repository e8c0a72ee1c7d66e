// A user inline function: its body is copied into each caller, and the copy's line numbers are
// mapped (SMAP) to lines past the end of this file. The finding belongs on the inline function's
// own line, as SpotBugs reports it for the function itself.
package corpus.kotlin

import java.net.ServerSocket

inline fun openSmall(port: Int, configure: (ServerSocket) -> Unit = {}): ServerSocket {
  val socket = ServerSocket(port, 20) // FLAG: 20
  configure(socket)
  return socket
}

/** The backlog is a parameter: unknown here; its inlined copies are not reported either. */
inline fun openWith(backlog: Int): ServerSocket = ServerSocket(8080, backlog) // OK: a parameter, unknown

class InlineCallers {

  fun callsInline(): ServerSocket = openSmall(8080) // OK: the inlined copy is openSmall's sink

  fun callsInlineWithLambda(): ServerSocket =
      openSmall(8081) { it.soTimeout = 100 } // OK: the inlined copy is openSmall's sink

  fun callsInlineWithBacklog(): ServerSocket = openWith(10) // OK: a call of a user function, not a sink
}
