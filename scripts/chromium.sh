#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests (web
# TestBrowser*), installing it when missing, and tells the tests where it
# is and that they must run (they fail instead of skipping).
chromium_ensure() {
  local bin=""
  for p in /usr/lib/chromium/chromium /usr/bin/chromium; do
    if [ -x "$p" ]; then bin=$p; break; fi
  done
  if [ -z "$bin" ]; then
    echo "== installing Chromium from Debian's packages" >&2
    if [ "$(id -u)" != 0 ]; then echo "Chromium is missing and this is not root: apt-get install chromium" >&2; return 1; fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null) >&2
    for p in /usr/lib/chromium/chromium /usr/bin/chromium; do
      if [ -x "$p" ]; then bin=$p; break; fi
    done
  fi
  if [ -z "$bin" ]; then echo "Chromium did not install" >&2; return 1; fi
  export SCHAKEL_CHROMIUM="$bin" SCHAKEL_BROWSER_TESTS=required
  echo "== Chromium: $("$bin" --version 2>/dev/null | head -1)" >&2
}
