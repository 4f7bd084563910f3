#!/usr/bin/env bash
# Runs a command on a virtual X display with a system tray host (trayer), for the tray tests
# (the first free display from $SIGNALBOX_XVFB_SERVERNUM, default 99).
set -euo pipefail
# The first free display from ${SIGNALBOX_XVFB_SERVERNUM:-67} on (xvfb-run -a counts up from -n).
exec xvfb-run -a -n "${SIGNALBOX_XVFB_SERVERNUM:-67}" -s "-screen 0 1280x800x24" bash -c '
    trayer --edge top --widthtype request >/dev/null 2>&1 &
    tray=$!
    sleep 1
    "$@"
    status=$?
    kill "$tray" 2>/dev/null || true
    exit $status
' run-with-tray "$@"
