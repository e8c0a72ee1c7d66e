package corpus.shaded.org.apache.sshd.common;

/** A stand-in for SSHD's Property relocated by a shading build: set erases to (resolver, Object). */
public interface Property<T> {

  void set(PropertyResolver resolver, T value);
}
