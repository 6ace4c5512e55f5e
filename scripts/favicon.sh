#!/usr/bin/env bash
# Makes web/static/favicon.ico (for browsers and tools that ask for
# /favicon.ico without reading the page) from web/static/favicon.svg: a
# 32×32 PNG rendered by Chromium, in an ICO container. Run after changing
# the SVG, then `go generate ./web`.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '<!doctype html><body style="margin:0"><img src="file://%s" width="32" height="32" style="display:block">' \
  "$PWD/web/static/favicon.svg" >"$tmp/icon.html"
"${CHROME_PATH:-/usr/bin/chromium}" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
  --default-background-color=00000000 --window-size=32,32 --screenshot="$tmp/icon.png" "$tmp/icon.html" >/dev/null 2>&1
node -e '
  const fs = require("fs"), png = fs.readFileSync(process.argv[1]);
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0); head.writeUInt16LE(1, 2); head.writeUInt16LE(1, 4); // an icon, one image
  head.writeUInt8(32, 6); head.writeUInt8(32, 7);                                 // 32×32
  head.writeUInt16LE(1, 10); head.writeUInt16LE(32, 12);                          // 1 plane, 32 bits
  head.writeUInt32LE(png.length, 14); head.writeUInt32LE(22, 18);                 // PNG size and offset
  fs.writeFileSync(process.argv[2], Buffer.concat([head, png]));
' "$tmp/icon.png" web/static/favicon.ico
echo "wrote web/static/favicon.ico"
