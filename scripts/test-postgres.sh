#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the test suite and print its URL.
# Usage: eval "$(scripts/test-postgres.sh start)"   -> exports CRISIS_PLANNER_TEST_PG_URL
#        scripts/test-postgres.sh stop
# As root (CI) the server runs as the "postgres" user: PostgreSQL refuses to run as root.
set -euo pipefail

PORT="${CRISIS_PLANNER_TEST_PG_PORT:-54329}"
DIR="${CRISIS_PLANNER_TEST_PG_DIR:-/tmp/crisis-planner-test-pg}"

find_bin() {
    local candidate
    for candidate in /usr/lib/postgresql/*/bin; do
        if [ -x "$candidate/pg_ctl" ]; then echo "$candidate"; return 0; fi
    done
    if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
    return 1
}

as_server_user() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
start)
    if ! BIN=$(find_bin); then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "Installing PostgreSQL..." >&2
            apt-get update -qq >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
            BIN=$(find_bin)
        else
            echo "PostgreSQL is not installed (pg_ctl not found)." >&2
            exit 1
        fi
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql postgres
    fi
    if ! as_server_user "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
        rm -rf "$DIR"
        mkdir -p "$DIR"
        [ "$(id -u)" = 0 ] && chown postgres "$DIR"
        as_server_user "$BIN/initdb" -D "$DIR" -U planner -A trust -E UTF8 --no-locale >/dev/null
        as_server_user "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >/dev/null
    fi
    "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U planner -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname='planner_test'" | grep -q 1 \
        || "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U planner planner_test
    echo "export CRISIS_PLANNER_TEST_PG_URL=postgresql+psycopg://planner@127.0.0.1:$PORT/planner_test"
    ;;
stop)
    BIN=$(find_bin)
    as_server_user "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
