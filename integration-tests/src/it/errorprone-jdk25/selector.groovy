// Runs only where a JDK 21+ exists: Error Prone 2.43 and newer need one.
def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))
def jdk = it.findJdk21(jdk25Home)
if (jdk == null) {
  def why = '[WARNING] errorprone-jdk25 skipped: no JDK 21+ found. Set -Dbackloglint.jdk25.home=/path/to/jdk ' +
      'or the JDK25_HOME environment variable to run the newest Error Prone against the check.'
  println why // into build.log
  // and onto the outer build's console (invoker captures System.out and System.err for build.log)
  new PrintStream(new FileOutputStream(FileDescriptor.err), true).println(why)
  return false
}
true
