package corpus.values;

/** An interface's fields are implicitly static final: these are compile-time constants. */
interface ListenerDefaults {
  int BACKLOG = 200;
  int PORT = 8080;
}
