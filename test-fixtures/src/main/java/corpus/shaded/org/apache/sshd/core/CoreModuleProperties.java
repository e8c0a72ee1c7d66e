package corpus.shaded.org.apache.sshd.core;

import corpus.shaded.org.apache.sshd.common.Property;

/** A stand-in for SSHD's CoreModuleProperties relocated by a shading build. */
public final class CoreModuleProperties {

  public static final Property<Integer> SOCKET_BACKLOG = (resolver, value) -> {};

  public static final Property<Integer> NIO_WORKERS = (resolver, value) -> {};

  private CoreModuleProperties() {}
}
