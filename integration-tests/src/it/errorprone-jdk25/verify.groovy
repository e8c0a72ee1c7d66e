// The check in the newest Error Prone on a JDK 21+: the same findings as on Error Prone 2.42.
def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))
def log = new File(basedir, 'build.log').text
def jdk = it.findJdk21(jdk25Home)
assert new File(basedir, 'pom.xml').text.contains("<errorprone.version>${errorproneLatest}</errorprone.version>")
assert log.contains('with javac [forked debug release 17]'): 'javac was not forked'
assert log.contains("compiling with ${jdk.home} (Java ${jdk.feature})"): "javac of ${jdk.home} was not used"
assert !log.contains('An exception has occurred in the compiler'): 'the check crashed the newest Error Prone'
def found = it.errorProneFindings(log)
it.assertFindings("errorprone ${errorproneLatest} on Java ${jdk.feature}", found, it.expected('errorprone'))
assert found.every { it.severity == 'WARNING' }
assert log.contains('BUILD SUCCESS'): 'the build failed'
it.assertReadmeSnippets(basedir, readme)
true
