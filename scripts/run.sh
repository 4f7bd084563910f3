#!/usr/bin/env bash
# Installs what is missing, builds, and starts Signalbox on the default embedded store.
# Arguments are passed on (for example --demo, --db PATH, --lang de).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
if [[ -x "$root/build/src/app/signalbox" ]]; then
    exec "$root/build/src/app/signalbox" "$@"
fi
exec "$root/build/src/cli/signalbox-cli" "$@"
