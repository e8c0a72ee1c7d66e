// Kotlin servers as top-level functions: the compiler puts them in the class TopLevelKt and emits
// the same ServerSocket calls as Java. Only the SpotBugs checker reads Kotlin (its bytecode).
package corpus.kotlin

import java.net.InetAddress
import java.net.ServerSocket

/** A top-level constant: the compiler inlines it like a Java compile-time constant. */
const val SMALL_BACKLOG = 64

/** Not a `const`: a static field of the file's class, so its initializer is that class's default. */
val configuredBacklog = 4096

fun defaultBacklog(): ServerSocket = ServerSocket(8080) // FLAG: 50

fun literalBacklog(): ServerSocket = ServerSocket(8080, 100) // FLAG: 100

fun topLevelConstant(): ServerSocket = ServerSocket(8080, SMALL_BACKLOG) // FLAG: 64

fun constantExpression(): ServerSocket = ServerSocket(8080, SMALL_BACKLOG * 2) // FLAG: 128

fun belowOne(): ServerSocket = ServerSocket(8080, 0, InetAddress.getLoopbackAddress()) // FLAG: 0

fun valLocal(): ServerSocket {
  val backlog = 100
  return ServerSocket(8080, backlog) // FLAG: 100
}

fun valFromVal(): ServerSocket {
  val base = 64
  val backlog = base * 2
  return ServerSocket(8080, backlog) // FLAG: 128
}

fun largeBacklog(): ServerSocket = ServerSocket(8080, 4096) // OK: at least the minimum

fun maxBacklog(): ServerSocket = ServerSocket(8080, Int.MAX_VALUE) // OK: the kernel clamps it

fun parameterBacklog(backlog: Int): ServerSocket = ServerSocket(8080, backlog) // OK: unknown

fun nonConstProperty(): ServerSocket = ServerSocket(8080, configuredBacklog) // OK: a default of 4096

fun computedBacklog(requested: Int): ServerSocket =
    ServerSocket(8080, maxOf(1024, requested)) // OK: a call, unknown

fun varAssignedTwice(large: Boolean): ServerSocket {
  var backlog = 100
  if (large) {
    backlog = 8192
  }
  return ServerSocket(8080, backlog) // OK: assigned twice, unknown
}

fun ifExpression(large: Boolean): ServerSocket {
  val backlog = if (large) 8192 else 100
  return ServerSocket(8080, backlog) // OK: the condition is unknown
}
