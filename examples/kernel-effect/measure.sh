#!/usr/bin/env bash
# The effect in the kernel (Linux): starts the demo server's listeners as written and reads the
# accept queue the kernel gave each one (ss -ltn: a LISTEN socket's Send-Q is its backlog), runs a
# burst of connects against the admin port (it serves one client at a time, so the queue is all
# that holds the burst), then applies Error Prone's fix to a copy of the sources (patch mode),
# rebuilds, and measures again. Prints a table. Traffic goes to 127.0.0.1 only.
#
#   examples/kernel-effect/measure.sh        (BASE_PORT=18080 CONNECTIONS=2000 TIMEOUT_MS=500)
#
# Without Linux, ss (Debian: iproute2) or /proc/sys/net/core/somaxconn it says so and exits 0.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
somaxconn_file=/proc/sys/net/core/somaxconn
if [ "$(uname -s)" != Linux ] || ! command -v ss >/dev/null || [ ! -r "$somaxconn_file" ]; then
  echo "kernel-effect: skipped: needs Linux with ss (iproute2) and $somaxconn_file"
  exit 0
fi

base=${BASE_PORT:-18080}
connections=${CONNECTIONS:-2000}
timeout_ms=${TIMEOUT_MS:-500}
burst_offset=3 # AdminPort: DemoServer starts the listener at base + offset
demo="$root/examples/demo-server"
work="$demo/target/kernel-effect"
# The demo's listeners by port offset, as DemoServer starts them.
listeners=(HealthEndpoint NioAcceptLoop NettyServer AdminPort IngestListener LegacyBridge WebFrontEnd)
# The backlog each one asks for in the demo's source (keep in step with the demo).
asked=("0 (JDK: 50)" "none (JDK: 50)" 128 100 Integer.MAX_VALUE "1 (suppressed)" "128 (Jetty)")

build() {
  "$root/mvnw" -B -q -f "$root/pom.xml" -Pdemo -pl examples/demo-server -am -DskipTests "$@" >"$work/build.log" 2>&1 ||
    { cat "$work/build.log"; echo "kernel-effect: the build failed"; exit 1; }
}

# Starts the demo from the classes in $1, prints "offset queue" for each listener, then the burst.
measure() {
  local classes=$1 label=$2 pid line port queue i
  java -cp "$classes:$(cat "$work/classpath.txt")" io.github.backloglint.demo.DemoServer "$base" >"$work/$label.log" 2>&1 &
  pid=$!
  for i in $(seq 1 100); do
    grep -qs 'demo-server listening' "$work/$label.log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/$label.log"; echo "kernel-effect: the demo did not start"; exit 1; }
    sleep 0.2
  done
  ss -ltnH >"$work/$label.ss"
  for i in "${!listeners[@]}"; do
    port=$((base + i))
    queue=$(awk -v p="$port" '{ n = split($4, a, ":"); if (a[n] == p) { print $3; exit } }' "$work/$label.ss")
    echo "queue $i ${queue:--}"
  done
  echo "burst $(java "$root/examples/kernel-effect/Burst.java" $((base + burst_offset)) "$connections" "$timeout_ms")"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

rm -rf "$work"
mkdir -p "$work"
cp -r "$demo/src/main/java" "$work/patched-src"

echo "kernel-effect: building the demo as written"
build compile dependency:3.9.0:build-classpath -Ddemo.classes="$work/before" \
  -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
before=$(measure "$work/before" before)

echo "kernel-effect: applying Error Prone's fix to a copy (patch mode) and rebuilding"
build compile -Ddemo.sources="$work/patched-src" -Ddemo.classes="$work/patch-pass" \
  "-Derrorprone.args=-XepPatchChecks:SmallListenBacklog -XepPatchLocation:IN_PLACE"
build compile -Ddemo.sources="$work/patched-src" -Ddemo.classes="$work/after"
after=$(measure "$work/after" after)

value() { echo "$1" | awk -v k="$2" -v i="$3" '$1 == k && (i == "" || $2 == i) { print $NF }'; }
src="io/github/backloglint/demo"
printf '\n%-15s %-18s %-20s %-15s %s\n' listener "backlog asked" "Error Prone fix" "kernel queue" "burst completed"
for i in "${!listeners[@]}"; do
  name=${listeners[$i]}
  fixed=none
  if ! cmp -s "$demo/src/main/java/$src/$name.java" "$work/patched-src/$src/$name.java"; then
    fixed=Integer.MAX_VALUE
    grep -q 'NetUtil.SOMAXCONN' "$work/patched-src/$src/$name.java" && fixed=NetUtil.SOMAXCONN
  fi
  burst=""
  [ "$i" = "$burst_offset" ] && burst="$(value "$before" burst "") -> $(value "$after" burst "") of $connections"
  printf '%-15s %-18s %-20s %-15s %s\n' "$name" "${asked[$i]}" "$fixed" "$(value "$before" queue "$i") -> $(value "$after" queue "$i")" "$burst"
done
echo "net.core.somaxconn = $(cat "$somaxconn_file"); burst: $connections connects to 127.0.0.1:$((base + burst_offset)), ${timeout_ms} ms timeout"
echo "The Error Prone patch: diff -r $demo/src/main/java $work/patched-src"
