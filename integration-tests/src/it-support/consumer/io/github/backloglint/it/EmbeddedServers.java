package io.github.backloglint.it;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded servers built without their framework's knob: Jetty's connector binds with the JDK's
 * 50, Tomcat's with its own 100. Error Prone's fix sets the knob after each construction.
 */
final class EmbeddedServers {

  Server jetty(int port) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    server.addConnector(connector);
    return server;
  }

  Tomcat tomcat(int port) {
    Tomcat tomcat = new Tomcat();
    Connector connector = new Connector();
    connector.setPort(port);
    tomcat.setConnector(connector);
    return tomcat;
  }
}
