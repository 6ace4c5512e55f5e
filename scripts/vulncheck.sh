#!/usr/bin/env bash
# govulncheck against the Go vulnerability database. The database comes as
# the golang.org/x/vulndb module through the Go module proxy (the only
# network this project's machines reach) and is indexed locally; bump
# VULNDB to a newer pseudo-version to refresh it.
set -euo pipefail
cd "$(dirname "$0")/.."
VULNDB=v0.0.0-20261105234957-e22db6528018
GOVULNCHECK=v1.9.0
cache="${XDG_CACHE_HOME:-$HOME/.cache}/schakel-vulndb/$VULNDB"
if [ ! -f "$cache/index/db.json" ]; then
  dir=$(go mod download -json "golang.org/x/vulndb@$VULNDB" | sed -n 's/.*"Dir": "\(.*\)",/\1/p')
  rm -rf "$cache.tmp" && mkdir -p "$(dirname "$cache")"
  go run "golang.org/x/vulndb/cmd/indexdb@$VULNDB" -vulns "$dir/data/osv" -out "$cache.tmp"
  mv "$cache.tmp" "$cache"
fi
go run "golang.org/x/vuln/cmd/govulncheck@$GOVULNCHECK" -db "file://$cache" ./...
