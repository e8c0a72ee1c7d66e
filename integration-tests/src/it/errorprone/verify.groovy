// Error Prone through maven-compiler-plugin: the builds of invoker.properties, in order.
def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))
def runs = it.invocations(new File(basedir, 'build.log'))
assert runs.size() == 9: "expected 9 builds in build.log, found ${runs.size()}"
def (defaults, error, minimum, ephemeral, probes, replacement, badOption, patch, afterPatch) = runs

// 1. Default options: warnings, at the right lines, with the tool's message.
def found = it.errorProneFindings(defaults)
it.assertFindings('errorprone default', found, it.expected('errorprone'))
assert found.every { it.severity == 'WARNING' }
it.assertDefaultReplacements('errorprone default', found)
assert defaults.contains('BUILD SUCCESS'): 'warnings failed the build'

// 2. -Xep:SmallListenBacklog:ERROR: the same findings as errors, and the build fails.
found = it.errorProneFindings(error)
it.assertFindings('errorprone ERROR', found, it.expected('errorprone'))
assert found.every { it.severity == 'ERROR' }
assert error.contains('BUILD FAILURE') && error.contains('COMPILATION ERROR'): '-Xep:SmallListenBacklog:ERROR did not fail the compilation'

// 3-6. Each option changes the findings as documented.
it.assertFindings('errorprone MinimumBacklog=64', it.errorProneFindings(minimum), it.expected('errorprone', [minimumBacklog: 64]))
assert minimum.contains('is below 64'): 'the message does not name the configured minimum'
it.assertFindings('errorprone IgnoreEphemeralPorts=false', it.errorProneFindings(ephemeral), it.expected('errorprone', [ignoreEphemeralPorts: false]))
it.assertFindings('errorprone IgnorePortProbes=false', it.errorProneFindings(probes), it.expected('errorprone', [ignorePortProbes: false]))
found = it.errorProneFindings(replacement)
it.assertFindings('errorprone Replacement', found, it.expected('errorprone'))
it.assertMessages('errorprone Replacement', found, 'Backlogs.max()')
assert replacement.contains("Did you mean 'socket = new ServerSocket(port, Backlogs.max(), InetAddress.getLoopbackAddress());'?"): 'the fix does not use the configured replacement'

// 7. A malformed option: a clear error that names the option and the value.
assert badOption.contains('BUILD FAILURE'): 'a malformed option did not fail the build'
def optionError = badOption.readLines().find { it.contains('MinimumBacklog') && it.contains('abc') && !it.contains('[INFO]') }
assert optionError: 'the build log does not name the bad option MinimumBacklog=abc'
println "errorprone bad option: ${optionError.trim()}"
assert !badOption.contains('An exception has occurred in the compiler'):
    'a malformed option crashes javac with a stack trace instead of a clear error (SPEC.md, Options)'

// 8. Patch mode rewrote the reported calls in place, and nothing else. (Whole-file checks: an
// added import moves the lines.)
assert patch.contains('BUILD SUCCESS'): 'the patch build failed'
def src = { String file -> new File(basedir, "src/main/java/${file}").text }
def demo = 'io/github/backloglint/demo/'
def patched = { String file, String before, String after ->
  assert src(file).contains(after) && !src(file).contains(before): "${file}: '${before}' was not patched to '${after}'"
}
def untouched = { String file, String text, String why -> assert src(file).contains(text): "${file}: ${why} was patched" }
patched(demo + 'AdminPort.java', 'new ServerSocket(port, ADMIN_BACKLOG,', 'new ServerSocket(port, Integer.MAX_VALUE, InetAddress.getLoopbackAddress())')
patched(demo + 'HealthEndpoint.java', 'new InetSocketAddress(port), 0)', 'HttpServer.create(new InetSocketAddress(port), Integer.MAX_VALUE)')
patched(demo + 'NioAcceptLoop.java', 'channel.bind(new InetSocketAddress(port));', 'channel.bind(new InetSocketAddress(port), Integer.MAX_VALUE);')
patched(demo + 'NettyServer.java', '.option(ChannelOption.SO_BACKLOG, 128)', '.option(ChannelOption.SO_BACKLOG, NetUtil.SOMAXCONN)')
assert src(demo + 'NettyServer.java').contains('import io.netty.util.NetUtil;'): 'the Netty fix does not import NetUtil'
patched(demo + 'WebFrontEnd.java', 'connector.setAcceptQueueSize(128)', 'connector.setAcceptQueueSize(Integer.MAX_VALUE)')
def servers = 'io/github/backloglint/it/EmbeddedServers.java'
patched(servers, 'new ServerConnector(server);\n    connector.setPort(port);',
    'new ServerConnector(server);\n    connector.setAcceptQueueSize(Integer.MAX_VALUE);\n    connector.setPort(port);')
patched(servers, 'new Connector();\n    connector.setPort(port);',
    'new Connector();\n    connector.setProperty("acceptCount", String.valueOf(Integer.MAX_VALUE));\n    connector.setPort(port);')
// A class's default is changed where it is written: the field's initializer, the read's fallback.
def configured = 'io/github/backloglint/it/ConfiguredDefaults.java'
patched(configured, 'private int backlog = 50;', 'private int backlog = Integer.MAX_VALUE;')
patched(configured, 'Integer.getInteger("consumer.backlog", 128)', 'Integer.getInteger("consumer.backlog", Integer.MAX_VALUE)')
untouched(configured, 'socket.bind(new InetSocketAddress(port), backlog);', 'the sink that reads the field')
untouched(demo + 'FreePorts.java', 'new ServerSocket(port)) {', 'a port probe')
untouched(demo + 'FreePorts.java', 'getLoopbackAddress(), 0), 16)', 'an ephemeral listener')
untouched(demo + 'LegacyBridge.java', 'new ServerSocket(port, 1);', 'a suppressed listener')
def idioms = 'io/github/backloglint/it/SuppressionIdioms.java'
untouched(idioms, 'new ServerSocket(port, 10);', 'an @SuppressWarnings("SmallListenBacklog") listener')
[20, 30, 40, 60].each { v -> patched(idioms, "new ServerSocket(port, ${v});", 'new ServerSocket(port, Integer.MAX_VALUE);') }

// 9. The patched sources compile with the check at ERROR, and nothing is reported.
assert afterPatch.contains('BUILD SUCCESS'): 'the patched sources do not compile cleanly'
it.assertFindings('errorprone after patch', it.errorProneFindings(afterPatch), [] as Set)
it.assertReadmeSnippets(basedir, readme)
true
