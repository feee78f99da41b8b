#!/usr/bin/env bash
# Start-up benchmark: Mailroom on a workspace of 1,000 mailboxes against a bare JavaFX window with a
# 1,000-row table (src/bench/java/org/mailroom/bench/BareWindow.java), same JDK, same JavaFX, same
# timing (JVM start to first rendered frame). Prints both medians and their ratio, then the heap in
# use with 10,000 mailboxes loaded.
#
# Usage: src/bench/startup.sh [RUNS]     (default 9; starts its own Xvfb when there is no display)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}

./mvnw -B -q -Pbench test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

home=$(mktemp -d)
xvfb_pid=""
cleanup() { rm -rf "$home"; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:97
  sleep 1
fi

java -cp "$cp" -Dmailroom.home="$home" org.mailroom.Launcher generate --mailboxes 1000

probe() { "$@" | awk '/^startup-ms/ {print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

mailroom=(); bare=()
for i in $(seq "$runs"); do
  bare+=("$(probe java -cp "$cp" org.mailroom.bench.BareWindow)")
  mailroom+=("$(probe java -cp "$cp" -Dmailroom.home="$home" -Dmailroom.startupProbe=true org.mailroom.Launcher)")
done

m=$(printf '%s\n' "${mailroom[@]}" | median)
b=$(printf '%s\n' "${bare[@]}" | median)
echo "mailroom startup-ms: ${mailroom[*]}"
echo "bare     startup-ms: ${bare[*]}"
echo "median mailroom ${m} ms, bare window ${b} ms, ratio $(awk -v m="$m" -v b="$b" 'BEGIN {printf "%.2f", m / b}')"

java -cp "$cp" org.mailroom.bench.HeapProbe 10000
