#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "$root/build"
# The whole suite on SQLite, and the POSTGRES-marked suites again on a throw-away server.
"$root/scripts/with-postgres.sh" ctest --output-on-failure --timeout 600 -j "$(nproc)"
# The whole suite once more under AddressSanitizer and UndefinedBehaviorSanitizer, then the
# libFuzzer targets on a fixed budget (the same inputs every run).
"$root/scripts/sanitizers.sh"
SIGNALBOX_FUZZ_RUNS=20000 "$root/scripts/fuzz.sh"
