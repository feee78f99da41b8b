#!/usr/bin/env bash
# Writes src/main/resources/org/mailroom/startup-classes.txt: the classes one start-up of Mailroom loads
# (a workspace of 1,000 mailboxes, up to the first frame). The installed app's class archive is made from
# it (org.mailroom.ClassArchive). Run it again when the start-up changes much: a stale list only makes the
# archive cover less.
#
# Usage: src/bench/classlist.sh     (starts its own Xvfb when there is no display)
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/display.sh

./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
# The JVM lists only classes loaded from jars, hence the app jar rather than target/classes.
cp="$(ls target/mailroom-*.jar | head -1):$(cat target/runtime-classpath.txt)"

home=$(mktemp -d)
cleanup_paths+=("$home")
java -cp "$cp" -Dmailroom.home="$home" org.mailroom.Launcher generate --mailboxes 1000
java -XX:DumpLoadedClassList="$home/loaded.txt" -cp "$cp" -Dmailroom.home="$home" -Dmailroom.startupProbe=true \
  org.mailroom.Launcher

list=src/main/resources/org/mailroom/startup-classes.txt
{
  echo "# The classes one start-up of Mailroom loads, for its class archive. Written by src/bench/classlist.sh."
  grep -v '^[#@]' "$home/loaded.txt" | awk '{print $1}'
} > "$list"
echo "$(grep -vc '^#' "$list") classes in $list"
