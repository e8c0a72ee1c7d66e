package corpus.frameworks.springintegration;

import org.springframework.context.annotation.Bean;
import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.tcp.TcpInboundGateway;
import org.springframework.integration.ip.tcp.TcpReceivingChannelAdapter;
import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpNetServerConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpNioServerConnectionFactory;

/**
 * Spring Integration's server connection factories listen with DEFAULT_BACKLOG 5 unless setBacklog
 * is called: reported at new when the factory, held in a local or used directly, listens in the
 * method (started, given to an inbound endpoint, or returned from a @Bean method, whose container
 * starts it).
 */
class DefaultFactories {

  void started() {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1234); // FLAG: 5
    factory.setSoTimeout(10_000);
    factory.setSoKeepAlive(true);
    factory.start();
  }

  void givenToAnAdapter(TcpReceivingChannelAdapter adapter) {
    TcpNioServerConnectionFactory factory = new TcpNioServerConnectionFactory(1235); // FLAG: 5
    factory.setLookupHost(false);
    adapter.setConnectionFactory(factory);
  }

  void givenToAGateway(TcpInboundGateway gateway) {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1236); // FLAG: 5
    gateway.setConnectionFactory(factory);
  }

  void givenToTheDsl() {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1237); // FLAG: 5
    Tcp.inboundAdapter(factory);
  }

  @Bean
  TcpNetServerConnectionFactory bean() {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1238); // FLAG: 5
    factory.setSingleUse(true);
    return factory;
  }

  TcpNetServerConnectionFactory notABean() {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1239); // OK: returned from a method that is not a @Bean, the caller may set it
    factory.setSingleUse(true);
    return factory;
  }

  @Bean
  TcpNetServerConnectionFactory configuredBean(int backlog) {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1240); // OK: the knob is set
    factory.setBacklog(backlog);
    return factory;
  }

  void ephemeral() {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(0); // OK: an ephemeral port
    factory.start();
  }

  void throughTheBaseClass() {
    AbstractServerConnectionFactory factory = new TcpNioServerConnectionFactory(1241); // FLAG: 5
    factory.start();
  }

  void neverListens() {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1242); // OK: it never listens here
    factory.setSoTimeout(1_000);
  }

  void passedOn(TcpReceivingChannelAdapter adapter) {
    TcpNetServerConnectionFactory factory = new TcpNetServerConnectionFactory(1243); // OK: passed to another method, which may set it
    configure(factory);
    adapter.setConnectionFactory(factory);
  }

  @Bean
  AbstractServerConnectionFactory inlineBean() {
    return new TcpNetServerConnectionFactory(1250); // FLAG: 5
  }

  AbstractServerConnectionFactory inlineNotABean() {
    return new TcpNetServerConnectionFactory(1251); // OK: returned from a method that is not a @Bean
  }

  void inlineToTheDsl() {
    Tcp.inboundGateway(new TcpNioServerConnectionFactory(1252)); // FLAG: 5
  }

  void inlineStarted() {
    new TcpNetServerConnectionFactory(1253).start(); // FLAG: 5
  }

  @Bean
  AbstractServerConnectionFactory inlineEphemeral() {
    return new TcpNetServerConnectionFactory(0); // OK: an ephemeral port
  }

  void inlinePassedOn() {
    configure(new TcpNetServerConnectionFactory(1254)); // OK: passed to another method, which may set it
  }

  private static void configure(AbstractServerConnectionFactory factory) {
    factory.setSoTimeout(5_000);
  }
}
