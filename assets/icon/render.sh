#!/usr/bin/env bash
# Renders mailroom.svg, the one source of Mailroom's icon, into every size and format the app and the
# installers use. Run it after changing the SVG and commit the results; the build only reads them.
# Needs: apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" mailroom.svg -o "$tmp/$size.png"
done
# Linux: the desktop entry and jpackage take PNGs.
for size in 48 128 256 512; do cp "$tmp/$size.png" "mailroom-$size.png"; done
# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert "$tmp"/{16,24,32,48,64,256}.png mailroom.ico
# macOS: .icns.
png2icns mailroom.icns "$tmp"/{16,32,48,128,256,512,1024}.png > /dev/null
# The window's own icons (Stage.getIcons()), read from the class path.
windows=../../src/main/resources/org/mailroom/icons
mkdir -p "$windows"
for size in 16 32 64 256; do cp "$tmp/$size.png" "$windows/mailroom-$size.png"; done
