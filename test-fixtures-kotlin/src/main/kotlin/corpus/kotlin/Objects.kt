// Kotlin classes, companion objects and object declarations that open listeners.
package corpus.kotlin

import java.net.ServerSocket

class CompanionConstants {
  companion object {
    const val QUEUE = 128
    val LARGE_QUEUE = 65535 // not const: a static field of the outer class, read directly inside it
    @JvmField val FIELD_QUEUE = 32 // not const: a static field the static initializer assigns 32

    fun listen(port: Int): ServerSocket = ServerSocket(port, QUEUE) // FLAG: 128
  }

  fun companionConstant(): ServerSocket = ServerSocket(8080, QUEUE) // FLAG: 128

  fun qualifiedConstant(): ServerSocket = ServerSocket(8080, CompanionConstants.QUEUE) // FLAG: 128

  fun companionGetter(): ServerSocket = ServerSocket(8080, LARGE_QUEUE) // OK: a default of 65535

  /** Not a constant, but the class's default: its only assignment is the static initializer's 32. */
  fun jvmField(): ServerSocket = ServerSocket(8080, FIELD_QUEUE) // FLAG: 32
}

/** An object declaration: a singleton class with a static INSTANCE. */
object Listener {
  private const val BACKLOG = 16

  fun open(): ServerSocket = ServerSocket(9090, BACKLOG) // FLAG: 16

  fun openDefault(): ServerSocket = ServerSocket(9090) // FLAG: 50

  fun openLarge(): ServerSocket = ServerSocket(9090, 1 shl 16) // OK: at least the minimum
}

/** A ServerSocket subclass: its super constructor call is the sink, not its creation. */
class SmallServerSocket(port: Int) : ServerSocket(port, 10) // FLAG: 10

fun subclassCreation(): ServerSocket = SmallServerSocket(8080) // OK: the super call is the sink
