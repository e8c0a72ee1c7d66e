// Netty from Kotlin: the option value is boxed through Integer.valueOf, as javac boxes it.
package corpus.kotlin

import io.netty.bootstrap.ServerBootstrap
import io.netty.channel.ChannelOption
import io.netty.channel.socket.ServerSocketChannelConfig

class NettyServers {

  fun boxedOption(bootstrap: ServerBootstrap): ServerBootstrap =
      bootstrap.option(ChannelOption.SO_BACKLOG, 128) // FLAG: 128

  fun fluentChain(): ServerBootstrap =
      ServerBootstrap()
          .option(ChannelOption.SO_REUSEADDR, true)
          .option(ChannelOption.SO_BACKLOG, 256) // FLAG: 256
          .childOption(ChannelOption.TCP_NODELAY, true)

  fun applyOption(): ServerBootstrap = ServerBootstrap().apply {
    option(ChannelOption.SO_BACKLOG, 100) // FLAG: 100
  }

  fun constantOption(): ServerBootstrap =
      ServerBootstrap().option(ChannelOption.SO_BACKLOG, SMALL_BACKLOG) // FLAG: 64

  fun largeOption(): ServerBootstrap =
      ServerBootstrap().option(ChannelOption.SO_BACKLOG, 4096) // OK: at least the minimum

  fun unknownOption(backlog: Int): ServerBootstrap =
      ServerBootstrap().option(ChannelOption.SO_BACKLOG, backlog) // OK: a parameter, unknown

  fun backlogProperty(config: ServerSocketChannelConfig) {
    config.backlog = 10 // FLAG: 10
  }

  fun noOption(): ServerBootstrap = ServerBootstrap() // OK: Netty resolves the kernel's limit
}
