#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (fuzzer, address, undefined) into
# build-fuzz and runs each for a bounded time on a copy of its seed corpus.
#   scripts/fuzz.sh [seconds per target, default 20]
# With SIGNALBOX_FUZZ_RUNS=N each target runs exactly N inputs from a fixed seed instead: the
# same inputs every time, as a test run needs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${SIGNALBOX_FUZZ_BUILD:-$root/build-fuzz}"
seconds="${1:-20}"
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

"$root/scripts/install-deps.sh"
source "$root/scripts/ccache.sh"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja "${ccache_args[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DSIGNALBOX_FUZZ=ON -DBUILD_TESTING=ON
cmake --build "$build" -j "$(nproc)" \
    --target fuzz_storeopen fuzz_changeset fuzz_cliargs fuzz_storeurl

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
status=0
for target in storeopen changeset cliargs storeurl; do
    work="$build/fuzz-corpus/$target"
    mkdir -p "$work" "$build/fuzz-artifacts"
    cp -n "$root/tests/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
    if [[ -n "${SIGNALBOX_FUZZ_RUNS:-}" ]]; then
        budget=(-runs="$SIGNALBOX_FUZZ_RUNS" -seed=1)
        echo "== fuzz_$target, $SIGNALBOX_FUZZ_RUNS inputs"
    else
        budget=(-max_total_time="$seconds")
        echo "== fuzz_$target for ${seconds}s"
    fi
    if ! "$build/tests/fuzz/fuzz_$target" "${budget[@]}" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/fuzz-artifacts/$target-" -print_final_stats=1 "$work" \
        2>"$build/fuzz-$target.log"; then
        tail -40 "$build/fuzz-$target.log"
        echo "fuzz_$target found a problem; inputs in $build/fuzz-artifacts/"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::new_units_added" "$build/fuzz-$target.log" || true
    fi
done
exit $status
