#!/usr/bin/env bash
# Lighthouse (mobile preset) on the login, start, queue and case pages of
# the demo, logged in as an aandachtsfunctionaris. Prints one line per page
# (performance, accessibility, best practices, FCP, LCP, TBT, bytes
# transferred, of which CSS, and every audit that did not pass; the median
# of $RUNS runs by performance) and leaves the
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
runs=${RUNS:-3} # Lighthouse's scores vary from run to run: the median of three
base=http://127.0.0.1:$port
mkdir -p "$out"
go build -o "$out/schakel" ./cmd/schakel
"$out/schakel" demo --signals 200 --addr 127.0.0.1:$port --metrics-addr '' >"$out/demo.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q 'password for all' "$out/demo.log" && break; sleep 1; done
password=$(sed -n 's/.*password for all: \(.*\))$/\1/p' "$out/demo.log")
mapfile -t login < <(node scripts/lighthouse-login.mjs "$base" af-dordrecht@schakel.demo "$password")
header=${login[0]} case=${login[1]}
lh() { # name url [extra args]: $RUNS runs, the median one printed
  local name=$1 url=$2 i; shift 2
  for i in $(seq "$runs"); do
    npx --yes lighthouse@12.2.3 "$url" --quiet --output=json --output-path="$out/$name-$i.json" \
      --only-categories=performance,accessibility,best-practices --form-factor=mobile \
      --chrome-flags="--headless=new --no-sandbox" "$@" >/dev/null
  done
  node -e '
    const [name, ...files] = process.argv.slice(1);
    const runs = files.map((f) => require(f)).sort((x, y) => x.categories.performance.score - y.categories.performance.score);
    const r = runs[Math.floor(runs.length / 2)], a = r.audits;
    const kb = (n) => (n / 1024).toFixed(1) + " KB";
    const css = a["network-requests"].details.items.filter((i) => i.resourceType === "Stylesheet")
      .reduce((s, i) => s + i.transferSize, 0);
    console.log([name.padEnd(6), "perf", Math.round(r.categories.performance.score * 100),
      "(runs: " + runs.map((x) => Math.round(x.categories.performance.score * 100)).join(" ") + ")",
      "a11y", Math.round(r.categories.accessibility.score * 100), "bp", Math.round(r.categories["best-practices"].score * 100),
      "FCP", a["first-contentful-paint"].displayValue, "LCP", a["largest-contentful-paint"].displayValue,
      "TBT", a["total-blocking-time"].displayValue,
      "transfer", kb(a["total-byte-weight"].numericValue), "css", kb(css)].join(" "));
    for (const [id, v] of Object.entries(a)) if (v.score !== null && v.score < 1 && v.scoreDisplayMode !== "informative"
      && v.scoreDisplayMode !== "notApplicable" && v.scoreDisplayMode !== "manual") console.log("   ", id, v.displayValue || v.score);
  ' "$name" $(for i in $(seq "$runs"); do echo "$out/$name-$i.json"; done)
}
lh login "$base/inloggen"
lh start "$base/" --extra-headers="$header"
lh queue "$base/signalen" --extra-headers="$header"
lh case "$base$case" --extra-headers="$header"
