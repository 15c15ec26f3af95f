#!/bin/sh
# What the browser tests (tests/browser) need beyond requirements-test.txt: Debian's Chromium (apt; its headless
# build, chromium-headless-shell: tests/browser/chromium.py says why) and axe-core (npm ci, from package-lock.json).
# Nothing else is downloaded: Playwright's pip package ships its driver, and `playwright install` is never run. As
# root, whatever is missing is installed; otherwise this says what to run, and the tests skip with the same advice,
# except in CI (CI=true), where a missing piece fails the run here.
# Optional, installed with them when missing: fonts-noto-core and fonts-noto-cjk, so that Arabic and Chinese (the
# language switcher names every language) show in the screenshots. The tests pass without them.
set -u
cd "$(dirname "$0")/../.." || exit 1

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}"
case "${CI:-}" in 1 | true | TRUE | True | yes | on) in_ci=1 ;; *) in_ci=0 ;; esac

give_up() {
    echo "browser-deps: $1" >&2
    if [ "$in_ci" = 1 ]; then
        echo "browser-deps: CI=true, so the browser tests may not be skipped: failing." >&2
        exit 1
    fi
    echo "browser-deps: the browser tests will be skipped until then." >&2
    exit 0
}

packages=""
[ -x "$CHROMIUM" ] || packages=" chromium-headless-shell"
command -v npm >/dev/null 2>&1 || packages="$packages npm"
optional=""
for font in fonts-noto-core fonts-noto-cjk; do
    dpkg -s "$font" >/dev/null 2>&1 || optional="$optional $font"
done

if [ -n "$packages$optional" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "browser-deps: apt-get install$packages$optional"
        apt-get update -qq || [ -z "$packages" ] || give_up "apt-get update failed"
        # shellcheck disable=SC2086  # One word per package. The fonts are optional: without them, try again.
        apt-get install -y -qq --no-install-recommends $packages $optional >/dev/null \
            || { [ -n "$packages" ] && apt-get install -y -qq --no-install-recommends $packages >/dev/null; } \
            || [ -z "$packages" ] \
            || give_up "apt-get install$packages failed"
    elif [ -n "$packages" ]; then
        give_up "missing:$packages. As root: apt-get update && apt-get install -y$packages (then make browser-deps)"
    else
        echo "browser-deps: optional, for Arabic and Chinese in the screenshots: apt-get install -y$optional"
    fi
fi
[ -x "$CHROMIUM" ] || give_up "Chromium is not at $CHROMIUM after installing it (set CHROMIUM_PATH if it lives elsewhere)"

if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error || give_up "npm ci (axe-core) failed"
fi
