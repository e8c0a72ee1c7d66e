// The staged artifacts as a user gets them: where they came from, and what each tool reported.
def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS'): 'the consumer build failed'

// 1. Each checker came from the staged repository (Maven records the source repository of a
// download in _remote.repositories), with its parent POM; the shaded core was not needed at all.
def group = new File(localRepo, 'io/github/backloglint')
['backlog-lint-errorprone', 'backlog-lint-pmd', 'backlog-lint-spotbugs', 'backlog-lint-parent'].each { artifact ->
  def origin = new File(group, "${artifact}/${projectVersion}/_remote.repositories")
  assert origin.isFile(): "${artifact} was not resolved into the consumer's repository ${localRepo}"
  def sources = origin.readLines().findAll { !it.startsWith('#') && it.contains('>') }
  assert sources && sources.every { it.endsWith('>backlog-lint-staging=') }:
      "${artifact} did not come from the staged repository alone: ${sources}"
}
assert !new File(group, 'backlog-lint-core').exists(): 'a checker POM still depends on backlog-lint-core (shaded, not published)'
println "staged release: the checkers and their parent POM resolved from backlog-lint-staging only"

// 2. Each tool found what it finds in the integration tests built from the reactor.
def errorProne = it.errorProneFindings(log)
it.assertFindings('staged errorprone', errorProne, it.expected('errorprone'))
it.assertDefaultReplacements('staged errorprone', errorProne)
it.assertFindings('staged pmd', it.pmdFindings(new File(basedir, 'target/pmd.xml')), it.expected('pmd'))
it.assertFindings('staged spotbugs', it.spotBugsFindings(new File(basedir, 'target/spotbugsXml.xml')), it.expected('spotbugs'))
true
