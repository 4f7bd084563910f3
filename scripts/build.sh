#!/usr/bin/env bash
# Configures and builds Signalbox into build/ (used by run.sh and test.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/ccache.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${ccache_args[@]}" >/dev/null
cmake --build "$root/build" --parallel "$(nproc)"
