#!/usr/bin/env bash
# Runs a command with a private session bus whose notification server is Debian's dunst, on a
# virtual X display (the first free one from $SIGNALBOX_XVFB_SERVERNUM, default 99).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec dbus-run-session -- xvfb-run -a -n "${SIGNALBOX_XVFB_SERVERNUM:-99}" \
    -s "-screen 0 1024x768x24" bash -c '
    here=$1
    shift
    dunst -config "$here/dunstrc" >/dev/null 2>&1 &
    server=$!
    "$@"
    status=$?
    kill "$server" 2>/dev/null || true
    exit $status
' run-with-dunst "$here" "$@"
