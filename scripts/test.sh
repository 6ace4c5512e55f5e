#!/usr/bin/env bash
# The one test command (README): formatting, vet, staticcheck, and the whole
# test suite twice: on embedded SQLite, then on a throwaway PostgreSQL that
# this script starts and removes. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:-} -mod=mod"

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted"; exit 1
fi
echo "== go vet"
go vet ./...
echo "== staticcheck"
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

echo "== go test (SQLite)"
SCHAKEL_TEST_POSTGRES= go test -count=1 -timeout 20m ./...

source scripts/pg.sh
pg_start
echo "== go test (PostgreSQL)"
SCHAKEL_TEST_ENGINE=postgres go test -count=1 -timeout 20m ./...
