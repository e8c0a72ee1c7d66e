package corpus.shaded.org.eclipse.jetty.server;

/** A stand-in for the relocated Jetty Connector. */
public interface Connector {}
