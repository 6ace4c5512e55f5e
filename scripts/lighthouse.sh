#!/usr/bin/env bash
# Lighthouse (mobile preset) on the login, start, queue and case pages of
# the demo, logged in as an aandachtsfunctionaris. Prints one line per page
# (performance, accessibility, FCP, LCP, bytes transferred) and leaves the
# full reports in $OUT (default /tmp/lighthouse). docs/benchmarks.md,
# "Pages on a phone (Lighthouse)", has the figures.
#
#   scripts/lighthouse.sh            # needs node/npx and Chromium
#   CHROME_PATH=/usr/bin/chromium OUT=/tmp/lh scripts/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=${OUT:-/tmp/lighthouse}
port=${PORT:-8089}
base=http://127.0.0.1:$port
mkdir -p "$out"
go build -o "$out/schakel" ./cmd/schakel
"$out/schakel" demo --signals 200 --addr 127.0.0.1:$port --metrics-addr '' >"$out/demo.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q 'password for all' "$out/demo.log" && break; sleep 1; done
password=$(sed -n 's/.*password for all: \(.*\))$/\1/p' "$out/demo.log")
mapfile -t login < <(node scripts/lighthouse-login.mjs "$base" af-dordrecht@schakel.demo "$password")
header=${login[0]} signal=${login[1]} case=${login[2]}
lh() { # name url [extra args]
  local name=$1 url=$2; shift 2
  npx --yes lighthouse@12.2.3 "$url" --quiet --output=json --output-path="$out/$name.json" \
    --only-categories=performance,accessibility --form-factor=mobile \
    --chrome-flags="--headless=new --no-sandbox" "$@" >/dev/null
  node -e '
    const r = require(process.argv[1]), a = r.audits;
    const kb = (n) => (n / 1024).toFixed(1) + " KB";
    const css = a["network-requests"].details.items.filter((i) => i.resourceType === "Stylesheet")
      .reduce((s, i) => s + i.transferSize, 0);
    console.log([process.argv[2].padEnd(6), "perf", Math.round(r.categories.performance.score * 100),
      "a11y", Math.round(r.categories.accessibility.score * 100),
      "FCP", a["first-contentful-paint"].displayValue, "LCP", a["largest-contentful-paint"].displayValue,
      "transfer", kb(a["total-byte-weight"].numericValue), "css", kb(css)].join(" "));
    for (const [id, v] of Object.entries(a)) if (v.score !== null && v.score < 1 && v.scoreDisplayMode !== "informative"
      && v.scoreDisplayMode !== "notApplicable" && v.scoreDisplayMode !== "manual") console.log("   ", id, v.displayValue || v.score);
  ' "$out/$name.json" "$name"
}
lh login "$base/inloggen"
lh start "$base/" --extra-headers="$header"
lh queue "$base/signalen" --extra-headers="$header"
lh case "$base$case" --extra-headers="$header"
