package io.github.backloglint.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.util.function.Consumer;

/**
 * The bulk-ingest listener, already done right: it asks for the largest backlog and lets the
 * kernel clamp it to net.core.somaxconn.
 */
final class IngestListener {

  private final AsynchronousServerSocketChannel channel;
  private final Consumer<AsynchronousSocketChannel> pipeline;

  IngestListener(int port, Consumer<AsynchronousSocketChannel> pipeline) throws IOException {
    this.pipeline = pipeline;
    channel = AsynchronousServerSocketChannel.open();
    channel.bind(new InetSocketAddress(port), Integer.MAX_VALUE);
  }

  void start() {
    channel.accept(null, new CompletionHandler<AsynchronousSocketChannel, Void>() {
      @Override
      public void completed(AsynchronousSocketChannel client, Void attachment) {
        channel.accept(null, this);
        pipeline.accept(client);
      }

      @Override
      public void failed(Throwable error, Void attachment) {
        // The channel was closed: stop accepting.
      }
    });
  }

  void close() throws IOException {
    channel.close();
  }
}
