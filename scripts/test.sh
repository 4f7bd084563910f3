#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer (its own build), and
# the libFuzzer targets on a fixed budget (the same inputs every run).
"$root/scripts/sanitizers.sh"
SIGNALBOX_FUZZ_RUNS=20000 "$root/scripts/fuzz.sh"
# The .deb from the normal build: installed with apt-get, used from /usr/bin, removed again.
"$root/scripts/test-package.sh" "$root/build"
# Last, so that its summary closes the output: the whole suite on SQLite, and the
# POSTGRES-marked suites again on a throw-away server.
cd "$root/build"
"$root/scripts/with-postgres.sh" ctest --output-on-failure --timeout 600 -j "$(nproc)"
