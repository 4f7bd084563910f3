#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster on 127.0.0.1, its own data directory,
# and SIGNALBOX_TEST_PG_URL pointing at an empty database in it. Stops the cluster after.
# Set up as the README's administrator's guide says: every connection authenticates with
# scram-sha-256 (pg_hba.conf), the superuser is not used by Signalbox, and the administrator
# role signalbox_admin (CREATEROLE, owner of the database) finds its password in PGPASSFILE,
# not in the URL. The tests run `team init` and create members through `team add`'s code.
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
secrets=""
stop() {
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$data" ${secrets:+"$secrets"}
}
trap stop EXIT
secrets=$(mktemp -d /tmp/signalbox-pgpass.XXXXXX)
superpw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
adminpw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$superpw" >"$secrets/superuser"
chmod 0644 "$secrets/superuser" # read by the server's account for initdb, then removed
chmod 0755 "$secrets"
"${as_owner[@]}" "$pgbin/initdb" -D "$data" -U postgres -A scram-sha-256 --pwfile="$secrets/superuser" >/dev/null
rm -f "$secrets/superuser"
chmod 0700 "$secrets"
# The first free port from 54329 on: another cluster (another checkout's tests) may hold one.
port=${SIGNALBOX_PG_PORT:-54329}
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if "${as_owner[@]}" "$pgbin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=300" start >/dev/null; then
        break
    fi
    [[ $attempt -lt 10 ]] || { cat "$data/server.log" >&2; exit 1; }
    port=$((port + 1))
done
# Passwords for libpq, as an administrator keeps them: a 0600 file, never a URL.
export PGPASSFILE="$secrets/pgpass"
printf '127.0.0.1:%s:*:postgres:%s\n127.0.0.1:%s:*:signalbox_admin:%s\n' \
    "$port" "$superpw" "$port" "$adminpw" >"$PGPASSFILE"
chmod 0600 "$PGPASSFILE"
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
"${psql[@]}" -c "CREATE ROLE signalbox_admin LOGIN CREATEROLE PASSWORD '$adminpw'" \
    -c "CREATE DATABASE signalbox_test OWNER signalbox_admin"
export SIGNALBOX_TEST_PG_URL="postgresql://signalbox_admin@127.0.0.1:$port/signalbox_test"
"$@"
