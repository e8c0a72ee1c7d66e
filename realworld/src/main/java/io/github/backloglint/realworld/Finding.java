package io.github.backloglint.realworld;

/**
 * One finding of one tool: the source file relative to its source root (as SpotBugs names it,
 * {@code io/netty/example/echo/EchoServer.java}), the line (-1 when the class has no line numbers),
 * the backlog value of the message, and the method or class it is in where the tool says so.
 */
record Finding(String file, int line, int value, String where) implements Comparable<Finding> {

  @Override
  public int compareTo(Finding other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    if (byLine != 0) {
      return byLine;
    }
    int byValue = Integer.compare(value, other.value);
    return byValue != 0 ? byValue : where.compareTo(other.where);
  }

  /**
   * The key the tools are compared by. A class without line numbers gives no line: its findings
   * are told apart by their method instead.
   */
  String key() {
    return line < 0 ? file + ":" + where + ":" + value : file + ":" + line + ":" + value;
  }
}
