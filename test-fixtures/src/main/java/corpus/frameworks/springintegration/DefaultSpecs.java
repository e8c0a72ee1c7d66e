package corpus.frameworks.springintegration;

import org.springframework.context.annotation.Bean;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.dsl.TcpNetServerConnectionFactorySpec;
import org.springframework.integration.ip.dsl.TcpNioServerConnectionFactorySpec;

/**
 * The DSL's server specs hold the same factories (DEFAULT_BACKLOG 5): Tcp.netServer(port) and
 * Tcp.nioServer(port) without backlog(n) are reported at the factory call when the spec, used
 * directly, through its chain or held in a local, is given to an inbound endpoint or returned from
 * a @Bean method.
 */
class DefaultSpecs {

  @Bean
  IntegrationFlow inbound() {
    return IntegrationFlow.from(Tcp.inboundAdapter(Tcp.netServer(1234))) // FLAG: 5
        .channel("tcpIn")
        .get();
  }

  @Bean
  IntegrationFlow chained() {
    return IntegrationFlow.from(Tcp.inboundGateway(
            Tcp.nioServer(1235) // FLAG: 5
                .soTimeout(10_000)
                .soKeepAlive(true)))
        .channel("tcpIn")
        .get();
  }

  @Bean
  TcpNetServerConnectionFactorySpec bean() {
    return Tcp.netServer(1236); // FLAG: 5
  }

  TcpNetServerConnectionFactorySpec notABean() {
    return Tcp.netServer(1237); // OK: returned from a method that is not a @Bean
  }

  IntegrationFlow held() {
    TcpNioServerConnectionFactorySpec spec = Tcp.nioServer(1238); // FLAG: 5
    spec.soTimeout(5_000);
    return IntegrationFlow.from(Tcp.inboundAdapter(spec)).channel("tcpIn").get();
  }

  IntegrationFlow configured() {
    return IntegrationFlow.from(Tcp.inboundAdapter(Tcp.netServer(1239).backlog(Integer.MAX_VALUE))) // OK: the knob is set
        .channel("tcpIn")
        .get();
  }

  IntegrationFlow heldAndConfigured(int backlog) {
    TcpNetServerConnectionFactorySpec spec = Tcp.netServer(1240); // OK: the knob is set
    spec.backlog(backlog);
    return IntegrationFlow.from(Tcp.inboundAdapter(spec)).channel("tcpIn").get();
  }

  IntegrationFlow ephemeral() {
    return IntegrationFlow.from(Tcp.inboundAdapter(Tcp.netServer(0))).channel("tcpIn").get(); // OK: an ephemeral port
  }

  IntegrationFlow passedOn() {
    TcpNetServerConnectionFactorySpec spec = Tcp.netServer(1241); // OK: passed to another method, which may set it
    tune(spec);
    return IntegrationFlow.from(Tcp.inboundAdapter(spec)).channel("tcpIn").get();
  }

  private static void tune(TcpNetServerConnectionFactorySpec spec) {
    spec.soTimeout(1_000);
  }
}
