// backlog-lint options: minimumBacklog=32
package corpus.options.lowminimum;

import io.javalin.Javalin;
import org.apache.catalina.startup.Tomcat;

/**
 * Below a minimum of 32, Tomcat's 100 is large enough; Javalin's 50 is the JDK's default, which is
 * reported whatever the minimum.
 */
class LowMinimumApps {

  void tomcat() throws Exception {
    Tomcat tomcat = new Tomcat();
    tomcat.getConnector(); // OK: 100 is above the minimum
    tomcat.start();
  }

  void javalin() {
    Javalin.create().start(7070); // FLAG: 50
  }
}
