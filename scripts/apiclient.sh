#!/usr/bin/env bash
# The API document's checks (docs/api.md, "OpenAPI document"): regenerate
# clients/ogen/openapi.json from the server (`schakel openapi`) and the
# ogen client from it, fail when either differs from what is committed,
# lint the document with Spectral's spectral:oas rules (.spectral.yaml,
# zero errors and zero warnings), and drive the generated client against
# an in-process server (the engine from SCHAKEL_TEST_ENGINE).
# ogen is pinned by clients/ogen/go.mod's tool line and its build is kept
# in the Go build cache; Spectral is pinned here and kept in npm's cache.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SPECTRAL_VERSION=6.16.3

apiclient_generate() {
  local log
  log=$(mktemp)
  # ogen logs INFO and WARN lines about what it generates: shown on failure.
  if ! (cd clients/ogen && go generate ./...) >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; return 1
  fi
  rm -f "$log"
  if ! git diff --quiet -- clients/ogen || [ -n "$(git ls-files --others --exclude-standard clients/ogen)" ]; then
    git status --short -- clients/ogen
    git diff --stat -- clients/ogen
    echo "the served OpenAPI document or its generated client changed: run go generate in clients/ogen and commit" >&2
    return 1
  fi
}

apiclient_lint() {
  if ! command -v npx >/dev/null; then
    echo "== installing Node.js from Debian's packages" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null) >&2
  fi
  npx --yes "@stoplight/spectral-cli@$SPECTRAL_VERSION" lint --quiet --ruleset .spectral.yaml \
    --fail-severity=hint clients/ogen/openapi.json
  echo "Spectral (spectral:oas): 0 errors, 0 warnings"
}

apiclient_test() {
  (cd clients/ogen && go test -count=1 ./...)
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  apiclient_generate
  apiclient_lint
  SCHAKEL_TEST_POSTGRES= apiclient_test
fi
