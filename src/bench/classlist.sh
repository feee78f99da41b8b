#!/usr/bin/env bash
# Writes src/main/resources/org/mailroom/startup-classes.txt: what one start-up of the installed app loads
# (a workspace of 1,000 mailboxes, up to the first frame), as the JVM lists it: the classes, and the lambdas
# and method-handle forms it spun while starting (the @lambda-proxy and @lambda-form-invoker lines). The
# app's class archive is made from it (org.mailroom.ClassArchive), so the archive also holds what a start-up
# would otherwise generate. Run it again when the start-up changes much: a stale list only makes the archive
# cover less.
#
# Usage: src/bench/classlist.sh     (starts its own Xvfb when there is no display)
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/display.sh

./mvnw -B -q -Ppackage -Dpackage.installers=none -DskipTests package
image=target/package/image/Mailroom
# The launcher's class path, in its order, and its JVM options without the class archive.
class_path=$(grep '^app.classpath=' "$image/lib/app/Mailroom.cfg" | cut -d= -f2- | sed "s#\$APPDIR#$PWD/$image/lib/app#" | paste -sd:)
options=$(grep '^java-options=-XX:' "$image/lib/app/Mailroom.cfg" | grep -v SharedArchiveFile | cut -d= -f2- | tr '\n' ' ')

home=$(mktemp -d)
cleanup_paths+=("$home")
JAVA_TOOL_OPTIONS="-Dmailroom.home=$home" "$image/bin/Mailroom" generate --mailboxes 1000 2>/dev/null
# Without any archive, so that every lambda is spun (and listed) rather than mapped.
# shellcheck disable=SC2086 # the options are words
"$image/lib/runtime/bin/java" -Xshare:off $options -XX:DumpLoadedClassList="$home/loaded.txt" -cp "$class_path" \
  -Dmailroom.home="$home" -Dmailroom.startupProbe=true org.mailroom.Launcher

list=src/main/resources/org/mailroom/startup-classes.txt
{
  echo "# What one start-up of Mailroom loads and spins, for its class archive. Written by src/bench/classlist.sh."
  # Dynamic proxies are named by the run that made them: another run can't find them by name.
  grep -v -e '^#' -e 'Proxy[0-9]' "$home/loaded.txt"
} > "$list"
echo "$(grep -vc '^[#@]' "$list") classes and $(grep -c '^@lambda-proxy' "$list") lambdas in $list"
