package corpus.shaded.org.apache.sshd.common;

/** A stand-in for SSHD's PropertyResolver relocated by a shading build. */
public interface PropertyResolver {}
