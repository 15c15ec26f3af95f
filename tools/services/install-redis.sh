#!/bin/sh
# Debian's redis-server for the cache-outage tests (tests/home/test_cache_outage.py start their own throwaway server
# on loopback; nothing here starts one). As root it is installed when missing; otherwise this says what to run and
# the tests skip with the same advice, except in CI (CI=true), where a missing server fails the run here.
set -u
case "${CI:-}" in 1 | true | TRUE | True | yes | on) in_ci=1 ;; *) in_ci=0 ;; esac

command -v redis-server >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "service-deps: apt-get install redis-server"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
    # Debian's package may start a system-wide server; the tests start their own, so leave no stray one running.
    command -v service >/dev/null 2>&1 && service redis-server stop >/dev/null 2>&1
    command -v redis-server >/dev/null 2>&1 && exit 0
fi
echo "service-deps: redis-server is missing. As root: apt-get update && apt-get install -y redis-server" >&2
[ "$in_ci" = 1 ] && { echo "service-deps: CI=true, so the Redis tests may not be skipped: failing." >&2; exit 1; }
exit 0
