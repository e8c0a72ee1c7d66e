def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))
it.copyConsumer(basedir, demoSources, itSupport)
true
