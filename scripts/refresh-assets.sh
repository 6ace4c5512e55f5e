#!/usr/bin/env bash
# Refreshes the front-end files embedded in the binary from npm. Run by hand
# when upgrading; the result is committed, nothing is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund \
  @utrecht/component-library-css@9.0.4 @utrecht/design-tokens@5.0.1 @zxcvbn-ts/language-common@4.1.3 axe-core@4.14.1 >/dev/null)
out=web/static/vendor
mkdir -p "$out"
# Only the Utrecht components the templates use (the library's
# per-component packages, installed with it) and the design tokens they
# refer to: run again after a template takes up another component.
node scripts/utrecht-subset.mjs "$tmp/node_modules" web/templates web/static/app.css "$out"
for p in component-library-css design-tokens; do
  cp "$tmp/node_modules/@utrecht/$p/LICENSE"* "$out/LICENSE-utrecht-$p" 2>/dev/null || true
done
# The common and breached passwords that NIST SP 800-63B says to refuse:
# zxcvbn-ts's list (MIT), one per line, lower case, gzipped.
node -e 'const l=require(process.argv[1]); process.stdout.write([...new Set(l.map(p=>p.toLowerCase()))].join("\n")+"\n")' \
  "$tmp/node_modules/@zxcvbn-ts/language-common/src/passwords.json" | gzip -9n > refdata/common-passwords.txt.gz
cp "$tmp/node_modules/@zxcvbn-ts/language-common/LICENSE.txt" refdata/LICENSE-common-passwords
# axe-core for the browser tests' accessibility checks (MPL-2.0), embedded
# in the test binary: never fetched at run time.
cp "$tmp/node_modules/axe-core/axe.min.js" web/testdata/axe.min.js
cp "$tmp/node_modules/axe-core/LICENSE" web/testdata/LICENSE-axe-core
# The gzip and brotli variants served to browsers that accept them.
go generate ./web
echo "refreshed $out, refdata/common-passwords.txt.gz and web/testdata/axe.min.js"
