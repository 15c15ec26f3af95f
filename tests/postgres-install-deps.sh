#!/bin/sh
# What the PostgreSQL run of the suite (TEST_DATABASE=postgres, tests/postgres_cluster.py) needs: Debian's PostgreSQL
# server binaries (initdb, pg_ctl, postgres; the unaccent extension ships with them). Nothing is started here and no
# system cluster is created: the tests start their own throwaway cluster. As root, a missing server is installed;
# otherwise this says what to run. In CI (CI=true) a missing server fails the run here.
set -u

case "${CI:-}" in 1 | true | TRUE | True | yes | on) in_ci=1 ;; *) in_ci=0 ;; esac

found() {
    [ -n "${TEST_POSTGRES_BIN:-}" ] && [ -x "$TEST_POSTGRES_BIN/initdb" ] && return 0
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
    command -v initdb >/dev/null 2>&1
}

give_up() {
    echo "postgres-deps: $1" >&2
    if [ "$in_ci" = 1 ]; then
        echo "postgres-deps: CI=true, so the PostgreSQL run may not be left out: failing." >&2
        exit 1
    fi
    echo "postgres-deps: the PostgreSQL run of the suite will stop with the same message until then." >&2
    exit 0
}

found && exit 0
if [ "$(id -u)" != 0 ]; then
    give_up "PostgreSQL's server is missing. As root: apt-get update && apt-get install -y postgresql (then make postgres-deps)"
fi
echo "postgres-deps: apt-get install postgresql"
# Debian's package would create and start a system cluster; the tests never use it, so policy-rc.d keeps it stopped.
apt-get update -qq || give_up "apt-get update failed"
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && trap 'rm -f "$policy"' EXIT
fi
apt-get install -y -qq --no-install-recommends postgresql >/dev/null || give_up "apt-get install postgresql failed"
found || give_up "initdb is not under /usr/lib/postgresql/*/bin after installing postgresql (set TEST_POSTGRES_BIN)"
