#!/usr/bin/env bash
# Start-up benchmark: Mailroom as installed (the app image: its runtime, launcher options and class
# archive) on a workspace of 1,000 mailboxes, against a bare JavaFX window with a 1,000-row table
# (src/bench/java/org/mailroom/bench/BareWindow.java) on the same runtime, so the same JDK and JavaFX,
# timed the same way (JVM start to first rendered frame). Prints the medians and their ratio; then, to
# show where the gain comes from, the bare window with Mailroom's JVM options and Mailroom without its
# class archive (the runtime's own archive of the JDK's classes in its place, as the bare window has); then
# the heap in use with 10,000 mailboxes loaded.
#
# Usage: src/bench/startup.sh [RUNS]     (default 9; starts its own Xvfb when there is no display)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}

./mvnw -B -q -Ppackage -Dpackage.installers=none -DskipTests package
./mvnw -B -q -Pbench test-compile
image=target/package/image/Mailroom
runtime_java="$image/lib/runtime/bin/java"
app_cp="$image/lib/app/*"
bench_cp="target/test-classes:$app_cp"
# The launcher's JVM options, without the class archive (the bare window has only the runtime's own archive).
app_options=$(grep '^java-options=-XX:' "$image/lib/app/Mailroom.cfg" | grep -v SharedArchiveFile | cut -d= -f2- | tr '\n' ' ')

source src/bench/display.sh
archive="$image/lib/app/mailroom.jsa"
runtime_archive="$image/lib/runtime/lib/server/classes.jsa"
on_exit+=("if [ -f '$archive.off' ]; then rm -f '$archive'; mv '$archive.off' '$archive'; fi") # an interrupted run gives it back
home=$(mktemp -d)
cleanup_paths+=("$home")

JAVA_TOOL_OPTIONS="-Dmailroom.home=$home" "$image/bin/Mailroom" generate --mailboxes 1000 2>/dev/null

probe() { "$@" 2>/dev/null | awk '/^startup-ms/ {print $2}'; }
mailroom() { JAVA_TOOL_OPTIONS="-Dmailroom.home=$home -Dmailroom.startupProbe=true" "$image/bin/Mailroom"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

app=(); bare=(); bare_tuned=(); no_archive=()
for i in $(seq "$runs"); do
  bare+=("$(probe "$runtime_java" -cp "$bench_cp" org.mailroom.bench.BareWindow)")
  app+=("$(probe mailroom)")
  # shellcheck disable=SC2086 # the options are words
  bare_tuned+=("$(probe "$runtime_java" $app_options -cp "$bench_cp" org.mailroom.bench.BareWindow)")
  mv "$archive" "$archive.off"
  cp "$runtime_archive" "$archive" # the launcher names one archive: the runtime's stands in for Mailroom's
  no_archive+=("$(probe mailroom)")
  rm -f "$archive"
  mv "$archive.off" "$archive"
done

m=$(printf '%s\n' "${app[@]}" | median)
b=$(printf '%s\n' "${bare[@]}" | median)
bt=$(printf '%s\n' "${bare_tuned[@]}" | median)
na=$(printf '%s\n' "${no_archive[@]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "mailroom startup-ms: ${app[*]}"
echo "bare     startup-ms: ${bare[*]}"
echo "median mailroom ${m} ms, bare window ${b} ms, ratio $(ratio "$m" "$b")"
echo "for comparison: bare window with Mailroom's JVM options (${app_options% }) ${bt} ms (ratio $(ratio "$m" "$bt")); Mailroom without its class archive ${na} ms (ratio $(ratio "$na" "$b"))"

# shellcheck disable=SC2086
"$runtime_java" $app_options -cp "$bench_cp" org.mailroom.bench.HeapProbe 10000 2>/dev/null
