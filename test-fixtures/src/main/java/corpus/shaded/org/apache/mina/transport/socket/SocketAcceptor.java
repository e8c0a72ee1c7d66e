package corpus.shaded.org.apache.mina.transport.socket;

/** A stand-in for MINA's SocketAcceptor as a shading build relocates it. */
public interface SocketAcceptor {

  void setBacklog(int backlog);
}
