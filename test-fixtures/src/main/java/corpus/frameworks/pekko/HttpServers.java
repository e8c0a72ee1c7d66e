package corpus.frameworks.pekko;

import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.settings.ServerSettings;

/**
 * Pekko HTTP binds with its settings' backlog: withBacklog is the knob. Without it the value comes
 * from configuration (reference.conf's pekko.http.server.backlog = 100, overridden in
 * application.conf), out of the checkers' sight: never reported.
 */
class HttpServers {

  ServerSettings small(ActorSystem system) {
    return ServerSettings.create(system).withBacklog(256); // FLAG: 256
  }

  ServerSettings zero(ServerSettings settings) {
    return settings.withBacklog(0); // FLAG: 0
  }

  void configuredDefault(ActorSystem system) {
    Http.get(system).newServerAt("0.0.0.0", 8080); // OK: the backlog comes from configuration
    ServerSettings settings = ServerSettings.create(system); // OK: configuration, not a call's default
    Http.get(system).newServerAt("0.0.0.0", 8081).withSettings(settings);
  }

  ServerSettings fine(ServerSettings settings, int backlog) {
    settings.withBacklog(backlog); // OK: a parameter
    return settings.withBacklog(Integer.MAX_VALUE); // OK: the kernel clamps it
  }
}
