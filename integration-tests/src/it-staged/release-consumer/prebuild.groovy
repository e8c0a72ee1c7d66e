// The consumer's private local repository must not hold backlog-lint from an earlier run (a cached
// snapshot would be used instead of the freshly staged one): everything of it comes from staging.
new File(localRepo, 'io/github/backloglint').deleteDir()
def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))
it.copyConsumer(basedir, demoSources, itSupport)
true
