#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster on 127.0.0.1, its own data directory,
# and SIGNALBOX_TEST_PG_URL pointing at an empty database in it. Stops the cluster after.
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$pgbin/initdb" ]] || { echo "PostgreSQL server binaries not found" >&2; exit 1; }
data=$(mktemp -d /tmp/signalbox-pg.XXXXXX)
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    # The server refuses to run as root.
    chown postgres: "$data"
    as_owner=(runuser -u postgres --)
fi
stop() { "${as_owner[@]}" "$pgbin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$data"; }
trap stop EXIT
"${as_owner[@]}" "$pgbin/initdb" -D "$data" -U signalbox -A trust >/dev/null
# The first free port from 54329 on: another cluster (another checkout's tests) may hold one.
port=${SIGNALBOX_PG_PORT:-54329}
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if "${as_owner[@]}" "$pgbin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $data -c fsync=off" start >/dev/null; then
        break
    fi
    [[ $attempt -lt 10 ]] || { cat "$data/server.log" >&2; exit 1; }
    port=$((port + 1))
done
"${as_owner[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U signalbox signalbox_test
export SIGNALBOX_TEST_PG_URL="postgresql://signalbox@127.0.0.1:$port/signalbox_test"
"$@"
