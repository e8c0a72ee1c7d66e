def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))
it.copyConsumer(basedir, demoSources, itSupport)
def jdk = it.findJdk21(jdk25Home)
println "errorprone-jdk25: compiling with ${jdk.home} (Java ${jdk.feature})"
// The forked build reads the JDK from the project's .mvn/maven.config.
new File(basedir, '.mvn/maven.config').text =
    "-ntp\n-Derrorprone.jdk.home=${jdk.home}\n"
true
