// backlog-lint options: reportFrameworkDefaults=false
package corpus.options.defaults;

import io.javalin.Javalin;
import org.apache.catalina.startup.Tomcat;

/** With reportFrameworkDefaults off, the listeners that applications build themselves are quiet. */
class AppDefaultsOff {

  void tomcat() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector(); // OK: framework defaults are off
    tomcat.start();
  }

  void javalin() {
    Javalin.create().start(7070); // OK: framework defaults are off
  }

  void tomcatsKnob() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector().setProperty("acceptCount", "100"); // FLAG: 100
    tomcat.start();
  }
}
