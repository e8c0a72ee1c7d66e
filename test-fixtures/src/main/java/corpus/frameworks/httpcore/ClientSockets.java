package corpus.frameworks.httpcore;

import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.impl.bootstrap.HttpRequester;
import org.apache.hc.core5.http.impl.bootstrap.RequesterBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor;
import org.apache.http.impl.nio.reactor.IOReactorConfig;
import org.apache.http.nio.reactor.IOReactorException;

/**
 * The same configurations given only to clients: a client never listens, so its backlogSize is
 * never used.
 */
class ClientSockets {

  CloseableHttpClient version4Client() {
    return HttpClients.custom()
        .setDefaultSocketConfig(
            org.apache.http.config.SocketConfig.custom().setBacklogSize(10).build()) // OK: a client's
        .build();
  }

  org.apache.http.impl.conn.PoolingHttpClientConnectionManager version4Pool() {
    org.apache.http.config.SocketConfig config =
        org.apache.http.config.SocketConfig.custom().setSoTimeout(1000).setBacklogSize(10).build(); // OK: a client's
    org.apache.http.impl.conn.PoolingHttpClientConnectionManager pool =
        new org.apache.http.impl.conn.PoolingHttpClientConnectionManager();
    pool.setDefaultSocketConfig(config);
    return pool;
  }

  PoolingHttpClientConnectionManager version5Pool() {
    SocketConfig config = SocketConfig.custom().setBacklogSize(10).build(); // OK: a client's
    return PoolingHttpClientConnectionManagerBuilder.create()
        .setDefaultSocketConfig(config)
        .build();
  }

  HttpRequester requester() {
    SocketConfig config = SocketConfig.custom().setBacklogSize(10).build(); // OK: a client's
    return RequesterBootstrap.bootstrap().setSocketConfig(config).create();
  }

  DefaultConnectingIOReactor connectingReactor() throws IOReactorException {
    return new DefaultConnectingIOReactor(IOReactorConfig.custom().setBacklogSize(10).build()); // OK: a client's
  }

  ServerBootstrap sharedWithAServer() {
    SocketConfig config = SocketConfig.custom().setBacklogSize(10).build(); // FLAG: 10
    RequesterBootstrap.bootstrap().setSocketConfig(config);
    return ServerBootstrap.bootstrap().setSocketConfig(config);
  }
}
