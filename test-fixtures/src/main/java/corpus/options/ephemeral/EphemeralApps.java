// backlog-lint options: ignoreEphemeralPorts=false
package corpus.options.ephemeral;

import io.javalin.Javalin;

/** With the ephemeral-port exemption off, a Javalin test server on port 0 is reported too. */
class EphemeralApps {

  void javalinOnAFreePort() {
    Javalin.create().start(0); // FLAG: 50
  }

  void javalinOnAFreePortOfAHost() {
    Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
    app.start("localhost", 0); // FLAG: 50
  }
}
