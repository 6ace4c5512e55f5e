#!/usr/bin/env bash
# The one test command (README): formatting, vet, staticcheck, govulncheck,
# the whole test suite twice (on embedded SQLite, then on a throwaway
# PostgreSQL that this script starts and removes), the browser walk in
# Debian's Chromium (installed when missing), and a short run of every fuzz
# target. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:-} -mod=mod"
# Build and test with the toolchain go.mod names (a patch release with the
# standard library's security fixes), fetched through the module proxy when
# the installed Go is older.
export GOTOOLCHAIN=auto

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted"; exit 1
fi
echo "== go vet"
go vet ./...
echo "== staticcheck"
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
echo "== govulncheck"
scripts/vulncheck.sh

source scripts/chromium.sh
chromium_ensure

echo "== go test (SQLite)"
SCHAKEL_TEST_POSTGRES= go test -count=1 -timeout 20m ./...
echo "== fuzz (short)"
scripts/fuzz.sh

source scripts/pg.sh
pg_start
echo "== go test (PostgreSQL)"
SCHAKEL_TEST_ENGINE=postgres go test -count=1 -timeout 20m ./...
