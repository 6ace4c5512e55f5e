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
# A failure is shown in full and tried once more: a finding is written to
# testdata/fuzz and fails the second run too (it runs first); a fuzzing
# worker that died of the machine's load does not.
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for t in "${targets[@]}"; do
  pkg=${t%%:*} name=${t##*:}
  echo "== fuzz $name ($pkg, $fuzztime)"
  if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" >"$out" 2>&1; then
    grep -v '^fuzz: elapsed' "$out" || true
    echo "== fuzz $name failed; once more"
    if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" >"$out" 2>&1; then
      grep -v '^fuzz: elapsed' "$out" || true
      exit 1
    fi
  fi
  tail -1 "$out"
done
