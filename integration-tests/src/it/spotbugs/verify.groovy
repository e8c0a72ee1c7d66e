// SpotBugs through spotbugs-maven-plugin's check goal: spotbugsXml.xml, SARIF, the console,
// failOnError and the options passed as system properties through <jvmArgs>.
def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))
def runs = it.invocations(new File(basedir, 'build.log'))
assert runs.size() == 2: "expected 2 builds in build.log, found ${runs.size()}"
def (defaults, options) = runs
def target = { String run -> new File(basedir, "target/${run}") }

// 1. Defaults: the bugs at the right lines, in XML and SARIF, printed, and the build fails.
def expected = it.expected('spotbugs')
def found = it.spotBugsFindings(new File(target('default'), 'spotbugsXml.xml'))
it.assertReports('spotbugs default', 'spotbugsXml.xml', found, new File(target('default'), 'spotbugsSarif.json'), 'SMALL_LISTEN_BACKLOG', expected)
it.assertDefaultReplacements('spotbugs default', found)
found.each { f ->
  def name = f.file.substring(f.file.lastIndexOf('/') + 1)
  assert defaults.contains("At ${name}:[line ${f.line}] SMALL_LISTEN_BACKLOG"): "not printed: ${name}:${f.line}"
}
assert defaults.contains('BUILD FAILURE'): 'failOnError did not fail the build'
assert defaults.contains("Total bugs: ${expected.size()}"): 'the bug count was not printed'

// 2. The options reach the detector as system properties; failOnError=false passes.
expected = it.expected('spotbugs', [minimumBacklog: 64, ignoreEphemeralPorts: false, ignorePortProbes: false])
found = it.spotBugsFindings(new File(target('options'), 'spotbugsXml.xml'))
it.assertReports('spotbugs with options', 'spotbugsXml.xml', found, new File(target('options'), 'spotbugsSarif.json'), 'SMALL_LISTEN_BACKLOG', expected)
it.assertMessages('spotbugs with options', found, 'Backlogs.max()')
it.assertMessages('spotbugs with options', found, 'is below 64')
assert options.contains('BUILD SUCCESS'): 'failOnError=false still failed the build'
it.assertReadmeSnippets(basedir, readme)
true
