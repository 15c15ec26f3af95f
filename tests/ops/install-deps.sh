#!/bin/sh
# What the operations tests (tests/ops) need from Debian: redis-server and PostgreSQL's server and client programs,
# started by the tests on loopback as throwaway instances (moto's S3 server comes from requirements-test.txt).
# As root, whatever is missing is installed; otherwise this says what to run and the tests skip with the same
# advice, except in CI (CI=true), where a missing piece fails the run here.
set -u

case "${CI:-}" in 1 | true | TRUE | True | yes | on) in_ci=1 ;; *) in_ci=0 ;; esac

packages=""
command -v redis-server >/dev/null 2>&1 || packages="$packages redis-server"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages="$packages postgresql"
command -v pg_dump >/dev/null 2>&1 || packages="$packages postgresql-client"
[ -z "$packages" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "ops-deps: apt-get install$packages"
    # shellcheck disable=SC2086  # One word per package.
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $packages >/dev/null && exit 0
    message="apt-get install$packages failed"
else
    message="missing:$packages. As root: apt-get update && apt-get install -y$packages"
fi
echo "ops-deps: $message" >&2
if [ "$in_ci" = 1 ]; then
    echo "ops-deps: CI=true, so the operations tests may not be skipped: failing." >&2
    exit 1
fi
echo "ops-deps: the tests that need them will be skipped until then." >&2
