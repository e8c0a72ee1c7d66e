// Shared by the ITs' hook scripts: the consumer's sources, the findings each tool must report on
// them, and readers for each tool's output (build log, pmd.xml, spotbugsXml.xml, SARIF).
//
// Load it with: def it = new GroovyShell(getClass().classLoader).parse(new File(itSupport, 'Findings.groovy'))

import groovy.io.FileType
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

/**
 * Every listener of the consumer (the demo server plus the IT-only suppression idioms), with the
 * line the finding belongs on, its value and a fragment of that line (so that an edit of the demo
 * that moves a line fails with a clear message instead of a puzzling diff).
 *   kind: 'sink' (reported by default), 'default' (a server built without its knob: reported by
 *   default, not with reportFrameworkDefaults=false), 'configurable' (a class's default: a field or
 *   a configuration read; not with reportConfigurableDefaults=false), 'probe' / 'ephemeral' (exempt
 *   by default),
 *   'suppressed' (suppressed for all tools); silentIn: the tools whose suppression idiom covers it.
 */
List<Map> listeners() {
  def demo = 'io/github/backloglint/demo/'
  def it = 'io/github/backloglint/it/SuppressionIdioms.java'
  def servers = 'io/github/backloglint/it/EmbeddedServers.java'
  def defaults = 'io/github/backloglint/it/ConfiguredDefaults.java'
  [
    [file: demo + 'AdminPort.java', line: 21, value: 100, kind: 'sink', text: 'new ServerSocket(port, ADMIN_BACKLOG'],
    [file: demo + 'HealthEndpoint.java', line: 17, value: 0, kind: 'sink', text: 'HttpServer.create(new InetSocketAddress(port), 0)'],
    [file: demo + 'NettyServer.java', line: 25, value: 128, kind: 'sink', text: '.option(ChannelOption.SO_BACKLOG, 128)'],
    [file: demo + 'NioAcceptLoop.java', line: 19, value: 50, noBacklog: true, kind: 'sink', text: 'channel.bind(new InetSocketAddress(port));'],
    [file: demo + 'FreePorts.java', line: 16, value: 50, noBacklog: true, kind: 'probe', text: 'new ServerSocket(port)'],
    [file: demo + 'FreePorts.java', line: 26, value: 16, kind: 'ephemeral', text: '.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16)'],
    [file: demo + 'LegacyBridge.java', line: 19, value: 1, kind: 'suppressed', text: 'new ServerSocket(port, 1)'],
    [file: demo + 'IngestListener.java', line: 22, value: Integer.MAX_VALUE, kind: 'large', text: 'Integer.MAX_VALUE'],
    // A framework knob (SPEC.md, "Framework knobs").
    [file: demo + 'WebFrontEnd.java', line: 21, value: 128, kind: 'sink', text: 'connector.setAcceptQueueSize(128)'],
    // Servers built without their knob (SPEC.md, "Defaults"): Jetty's 50, Tomcat's 100.
    [file: servers, line: 16, value: 50, noBacklog: true, kind: 'default', text: 'new ServerConnector(server)'],
    [file: servers, line: 24, value: 100, kind: 'default', text: 'new Connector()'],
    // Defaults a class gives its listener (SPEC.md): a field with a setter, a configuration read.
    [file: defaults, line: 22, value: 50, kind: 'configurable', text: 'socket.bind(new InetSocketAddress(port), backlog)'],
    [file: defaults, line: 27, value: 128, kind: 'configurable', text: 'Integer.getInteger("consumer.backlog", 128)'],
    [file: it, line: 15, value: 10, kind: 'sink', silentIn: ['errorprone'], text: 'new ServerSocket(port, 10)'],
    [file: it, line: 19, value: 20, kind: 'sink', silentIn: ['pmd'], text: 'new ServerSocket(port, 20); // NOPMD'],
    [file: it, line: 24, value: 30, kind: 'sink', silentIn: ['pmd'], text: 'new ServerSocket(port, 30)'],
    [file: it, line: 29, value: 40, kind: 'sink', silentIn: ['spotbugs'], text: 'new ServerSocket(port, 40)'],
    [file: it, line: 34, value: 60, kind: 'sink', silentIn: ['spotbugs'], text: 'new ServerSocket(port, 60)'],
  ]
}

/** What `tool` must report on the consumer with the given options (SPEC.md, "When a sink is reported"). */
Set<String> expected(String tool, Map options = [:]) {
  int minimum = options.minimumBacklog ?: 1024
  boolean ignoreEphemeral = options.ignoreEphemeralPorts != false
  boolean ignoreProbes = options.ignorePortProbes != false
  boolean reportDefaults = options.reportFrameworkDefaults != false
  boolean reportConfigurable = options.reportConfigurableDefaults != false
  listeners().findAll { l ->
    if (l.kind == 'default' && !reportDefaults) return false
    if (l.kind == 'configurable' && !reportConfigurable) return false
    if (l.kind in ['suppressed', 'large'] || tool in (l.silentIn ?: [])) return false
    if (l.kind == 'probe' && ignoreProbes) return false
    if (l.kind == 'ephemeral' && ignoreEphemeral) return false
    l.noBacklog || l.value < 1 || l.value < minimum
  }.collect { key(it.file, it.line, it.value) } as Set
}

String key(String file, int line, int value) { "${file}:${line} backlog ${value}" }

/** Copies the demo's sources and the IT-only sources into the IT project, and checks the table. */
void copyConsumer(File basedir, String demoSources, String itSupport) {
  def target = new File(basedir, 'src/main/java')
  [new File(demoSources), new File(itSupport, 'consumer')].each { root ->
    root.eachFileRecurse(FileType.FILES) { f ->
      def dest = new File(target, root.toPath().relativize(f.toPath()).toString())
      dest.parentFile.mkdirs()
      dest.bytes = f.bytes
    }
  }
  listeners().each { l ->
    def source = new File(target, l.file)
    assert source.isFile(): "IT table names ${l.file}, which the consumer does not have"
    def lines = source.readLines()
    assert l.line <= lines.size() && lines[l.line - 1].contains(l.text):
        "The demo changed: ${l.file}:${l.line} no longer contains '${l.text}'. " +
        "Update listeners() in integration-tests/src/it-support/Findings.groovy."
  }
}

/** The file's path below src/main/java, the same for every tool's way of naming it. */
String relative(String path) {
  def p = path.replace('\\', '/').replaceFirst('^file:', '')
  int at = p.indexOf('src/main/java/')
  at >= 0 ? p.substring(at + 'src/main/java/'.length()) : p
}

Integer valueOf(String message) {
  def m = message =~ /^listen backlog (-?\d+)\b/
  assert m.find(): "message does not start with 'listen backlog <N>': ${message}"
  m.group(1) as int
}

// ---- Error Prone: compiler diagnostics in the build log --------------------------------------

/** build.log holds one invocation after the other; each starts with Maven's first line. */
List<String> invocations(File buildLog) {
  def parts = buildLog.text.split(/(?m)(?=^\[INFO\] Scanning for projects\.\.\.)/).toList()
  parts.findAll { it.startsWith('[INFO] Scanning for projects') }
}

/** `[WARNING] /abs/File.java:[21,14] [SmallListenBacklog] listen backlog 100 ...` (or [ERROR]). */
List<Map> errorProneFindings(String log) {
  // A failed build repeats the diagnostics after BUILD FAILURE: read them once, from javac.
  int end = log.indexOf('[INFO] BUILD ')
  if (end >= 0) log = log.substring(0, end)
  def found = []
  (log =~ /(?m)^\[(WARNING|ERROR)\] (\S+\.java):\[(\d+),\d+\] (?:error: |warning: )?\[SmallListenBacklog\] (.*)$/).each { all, severity, file, line, message ->
    found << [severity: severity, file: relative(file), line: line as int, value: valueOf(message), message: message]
  }
  found
}

// ---- PMD: target/pmd.xml -----------------------------------------------------------------------

List<Map> pmdFindings(File pmdXml) {
  assert pmdXml.isFile(): "PMD wrote no report: ${pmdXml}"
  def report = new XmlSlurper().parse(pmdXml)
  def found = []
  report.file.each { file ->
    file.violation.each { v ->
      if (v.@rule.text() == 'SmallListenBacklog') {
        def message = v.text().trim()
        found << [file: relative(file.@name.text()), line: v.@beginline.text() as int, value: valueOf(message), message: message]
      }
    }
  }
  found
}

// ---- SpotBugs: target/spotbugsXml.xml -------------------------------------------------------

List<Map> spotBugsFindings(File spotbugsXml) {
  assert spotbugsXml.isFile(): "SpotBugs wrote no report: ${spotbugsXml}"
  def report = new XmlSlurper().parse(spotbugsXml)
  report.BugInstance.findAll { it.@type.text() == 'SMALL_LISTEN_BACKLOG' }.collect { bug ->
    def where = bug.SourceLine[0] // the bug's own (primary) source line, not the class's or method's
    def message = bug.LongMessage.text().trim()
    [file: where.@sourcepath.text(), line: where.@start.text() as int, value: valueOf(message), message: message]
  }
}

// ---- SARIF 2.1.0 (PMD and SpotBugs) -----------------------------------------------------------

List<Map> sarifFindings(File sarif, String ruleId) {
  assert sarif.isFile(): "no SARIF report: ${sarif}"
  def log = new JsonSlurper().parse(sarif)
  assert log.version == '2.1.0': "not SARIF 2.1.0: ${sarif}"
  def found = []
  log.runs.each { run ->
    run.results.findAll { r -> (r.ruleId ?: run.tool.driver.rules[r.ruleIndex as int]?.id) == ruleId }.each { r ->
      def physical = r.locations[0].physicalLocation
      // SpotBugs puts the finding's own message in a template ({0} (in {1}).) and its arguments.
      def template = r.message.id ? run.tool.driver.rules.find { it.id == r.ruleId }?.messageStrings?.get(r.message.id)?.text : null
      def message = template && r.message.arguments
          ? r.message.arguments.withIndex().inject(template) { String text, pair -> text.replace("{${pair[1]}}", pair[0] as String) }
          : r.message.text
      found << [file: relative(physical.artifactLocation.uri), line: physical.region.startLine as int, value: valueOf(message), message: message]
    }
  }
  found
}

// ---- Assertions ---------------------------------------------------------------------------------

/** Fails unless `actual` are exactly the `expected` findings (file, line and value). */
void assertFindings(String what, List<Map> actual, Set<String> expected) {
  def keys = actual.collect { key(it.file, it.line, it.value) }
  def duplicates = keys.countBy { it }.findAll { k, n -> n > 1 }.keySet()
  def missing = expected - keys
  def extra = (keys as Set) - expected
  if (missing || extra || duplicates) {
    throw new AssertionError("${what}: findings differ\n  missing: ${missing.sort()}\n  extra:   ${extra.sort()}\n  twice:   ${duplicates.sort()}")
  }
  println "${what}: ${keys.size()} findings as expected"
}

void assertMessages(String what, List<Map> actual, String mustContain) {
  actual.each { f ->
    assert f.message.contains(mustContain): "${what}: message at ${f.file}:${f.line} lacks '${mustContain}': ${f.message}"
  }
}

/**
 * Without a configured replacement, Netty sinks recommend NetUtil.SOMAXCONN, JDK sinks and framework
 * knobs Integer.MAX_VALUE; servers built without their knob name the framework's default.
 */
void assertDefaultReplacements(String what, List<Map> actual) {
  def kind = actual.groupBy {
    it.file.endsWith('NettyServer.java') ? 'netty' : it.file.endsWith('WebFrontEnd.java') ? 'jetty'
        : it.file.endsWith('EmbeddedServers.java') ? 'defaults'
        : it.file.endsWith('ConfiguredDefaults.java') ? 'classDefaults' : 'jdk'
  }
  assertMessages(what, kind.jdk ?: [], 'pass Integer.MAX_VALUE')
  assertMessages(what, kind.netty ?: [], 'pass NetUtil.SOMAXCONN')
  assertMessages(what, kind.jetty ?: [], '(Jetty acceptQueueSize 128)')
  assertMessages(what, kind.jetty ?: [], 'set acceptQueueSize to Integer.MAX_VALUE')
  def defaults = (kind.defaults ?: []).groupBy { it.value }
  assertMessages(what, defaults[50] ?: [], '(the Jetty default: acceptQueueSize is not set, so the JDK uses 50)')
  assertMessages(what, defaults[100] ?: [], '(the Tomcat default: acceptCount is not set, so Tomcat uses 100)')
  assertMessages(what, kind.defaults ?: [], 'to Integer.MAX_VALUE or a resolved limit')
  def classDefaults = (kind.classDefaults ?: []).groupBy { it.value }
  assertMessages(what, classDefaults[50] ?: [], '(the default of field `backlog`)')
  assertMessages(what, classDefaults[128] ?: [], '(the default of `Integer.getInteger(...)` when `consumer.backlog` is not set)')
  assertMessages(what, kind.classDefaults ?: [], 'change that default to Integer.MAX_VALUE or a resolved limit')
}

/** The tool's own report (`found`) and its SARIF report both hold exactly the `expected` findings. */
void assertReports(String what, String reportName, List<Map> found, File sarif, String ruleId, Set<String> expected) {
  assertFindings("${what} (${reportName})", found, expected)
  assertFindings("${what} (SARIF)", sarifFindings(sarif, ruleId), expected)
}

// ---- A JDK 21+ for the newest Error Prone ---------------------------------------------------

/**
 * The JDK the errorprone-jdk25 IT compiles with: -Dbackloglint.jdk25.home, else $JDK25_HOME
 * (both arrive as `configured`; `none` skips the IT), else the first JDK 21+ under /usr/lib/jvm
 * (newest first).
 * Returns [home: File, feature: int] or null.
 */
Map findJdk21(String configured) {
  if (configured == 'none') return null // -Dbackloglint.jdk25.home=none: skip on purpose
  def candidates = []
  if (configured && !configured.startsWith('${')) candidates << new File(configured)
  def installed = new File('/usr/lib/jvm')
  if (installed.isDirectory()) {
    candidates.addAll(installed.listFiles().findAll { it.isDirectory() && !java.nio.file.Files.isSymbolicLink(it.toPath()) }.sort { a, b -> b.name <=> a.name })
  }
  for (File home : candidates) {
    def release = new File(home, 'release')
    def javac = new File(home, 'bin/javac')
    if (!release.isFile() || !javac.canExecute()) continue
    def m = release.text =~ /(?m)^JAVA_VERSION="(\d+)/
    if (m.find() && (m.group(1) as int) >= 21) return [home: home.canonicalFile, feature: m.group(1) as int]
    if (home.path == configured) println "backloglint.jdk25.home=${configured} is not a JDK 21+: ignored"
  }
  null
}

// ---- The install pages' snippets are the tested configuration ------------------------------

/**
 * Every region between `<!-- readme:NAME -->` and `<!-- /readme:NAME -->` in the IT project's own
 * files (after invoker's filtering, so versions are the real ones), and the project's
 * .mvn/jvm.config, must appear verbatim (dedented) on the install pages (docs/install): a snippet
 * cannot drift from what the IT runs.
 */
void assertReadmeSnippets(File basedir, String readmePath) {
  def readme = new File(readmePath)
  // A page, or a folder of Markdown pages (docs/install): a snippet may be on any of them.
  def pages = readme.isDirectory() ? readme.listFiles().findAll { it.name.endsWith('.md') }.sort() : [readme]
  assert pages && pages.every { it.isFile() }: "no docs with the snippets at ${readme}"
  // Indentation may differ (a snippet nested in a Markdown block): compare line by line, left-trimmed.
  def text = unindent(pages.collect { it.text }.join('\n'))
  def checked = []
  basedir.eachFileRecurse(FileType.FILES) { f ->
    def rel = basedir.toPath().relativize(f.toPath()).toString()
    if (rel.startsWith('target') || rel.startsWith('src') || !(f.name ==~ /.*\.xml/)) return
    (f.text.replace('\r\n', '\n') =~ /(?s)<!-- readme:([\w-]+) -->\n(.*?)\n[ \t]*<!-- \/readme:\1 -->/).each { all, name, body ->
      def snippet = dedent(body)
      assert text.contains(unindent(snippet)): "README ${readme.name} lacks the snippet '${name}' of ${rel} as tested:\n${snippet}"
      checked << name
    }
  }
  def jvmConfig = new File(basedir, '.mvn/jvm.config')
  if (jvmConfig.isFile()) {
    assert text.contains(unindent(jvmConfig.text.trim())): "README ${readme.name} lacks the tested .mvn/jvm.config"
    checked << '.mvn/jvm.config'
  }
  println "README snippets as tested: ${checked}"
}

String unindent(String text) {
  text.replace('\r\n', '\n').readLines().collect { it.replaceAll(/^\s+/, '') }.join('\n')
}

String dedent(String block) {
  def lines = block.readLines()
  int indent = lines.findAll { it.trim() }.collect { it.length() - it.replaceAll(/^\s+/, '').length() }.min() ?: 0
  lines.collect { it.length() >= indent ? it.substring(indent) : it.trim() }.join('\n')
}
