#!/usr/bin/env bash
# A short run of every fuzz target over its committed seed corpus (and what
# it finds in FUZZTIME). Longer runs by hand: FUZZTIME=10m scripts/fuzz.sh.
# A finding is written to the package's testdata/fuzz and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime="${FUZZTIME:-3s}"
# package:target. FuzzRestore writes to SQLite on every input, which the
# fuzzer's instrumentation makes very slow: its seeds run with the tests,
# and it runs here for the same short time.
targets=(
  .:FuzzNameKey .:FuzzISOBirthDate
  ./web:FuzzSignalJSON ./web:FuzzAuditFilterJSON ./web:FuzzSignalForm
  ./vault:FuzzParse ./vault:FuzzOpen
  ./sqlstore:FuzzCheckpoints ./sqlstore:FuzzRestore
)
for t in "${targets[@]}"; do
  pkg=${t%%:*} name=${t##*:}
  echo "== fuzz $name ($pkg, $fuzztime)"
  go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" 2>&1 | tail -2
done
