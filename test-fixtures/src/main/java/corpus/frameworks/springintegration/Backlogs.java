package corpus.frameworks.springintegration;

import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.dsl.TcpNetServerConnectionFactorySpec;
import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpNetServerConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpNioServerConnectionFactory;

/**
 * Spring Integration's server factories listen with their backlog (5 until set): setBacklog and the
 * DSL's backlog(n) reach createServerSocket(port, |n|) or bind(address, |n|); 0 is the JDK's 50
 * (setBacklog refuses a negative value).
 */
class Backlogs {

  void net(TcpNetServerConnectionFactory factory) {
    factory.setSoTimeout(10_000);
    factory.setBacklog(5); // FLAG: 5
  }

  void nio(TcpNioServerConnectionFactory factory) {
    factory.setBacklog(0); // FLAG: 0
  }

  void throughTheBaseClass(AbstractServerConnectionFactory factory) {
    int backlog = 64;
    factory.setBacklog(backlog * 2); // FLAG: 128
  }

  TcpNetServerConnectionFactorySpec dsl(TcpNetServerConnectionFactorySpec spec) {
    return spec
        .soTimeout(10_000)
        .backlog(100); // FLAG: 100
  }

  void nioDsl() {
    Tcp.nioServer(1234).backlog(50); // FLAG: 50
  }

  void fine(AbstractServerConnectionFactory factory, TcpNetServerConnectionFactorySpec spec, int backlog) {
    factory.setBacklog(backlog); // OK: a parameter
    factory.setBacklog(Integer.MAX_VALUE); // OK: the kernel clamps it
    spec.backlog(4096); // OK: above the minimum
  }
}
