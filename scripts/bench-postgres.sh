#!/usr/bin/env bash
# What row-level security costs (issue 11, docs/benchmarks.md "Team mode"): runs
# signalbox-teambench against a team store (this checkout: team init, a member's own login,
# row-level security) and against a store made the way the release before team mode made it
# (commit cea525c, one role owning every table), each on a throw-away PostgreSQL cluster of
# its own (scripts/with-postgres.sh: scram-sha-256, fsync off), on loopback and through the
# program's delaying proxy (5 ms each way). The before program is built from a git worktree
# of cea525c with this checkout's benchmark sources copied in. Not part of the tests.
#
#   scripts/bench-postgres.sh [ROUNDS] [OUT_DIR]      # defaults: 3 rounds, ./bench-postgres
#
# Each round runs before, then after (fresh cluster each); OUT_DIR gets before-N.json and
# after-N.json. SIGNALBOX_BENCH_REPEATS (default 25) sets the repeats of each operation.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
out=$(mkdir -p "${2:-bench-postgres}" && cd "${2:-bench-postgres}" && pwd)
repeats=${SIGNALBOX_BENCH_REPEATS:-25}
before_commit=cea525c
before_tree=${SIGNALBOX_BEFORE_TREE:-$root/build/before-team-mode}
source "$root/scripts/ccache.sh"

# This checkout's program.
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${ccache_args[@]}" >/dev/null
cmake --build "$root/build" --parallel 2 --target signalbox-teambench
after_bin=$root/build/tests/benchmarks/signalbox-teambench

# The release before team mode, with the same benchmark sources.
if [[ ! -d $before_tree ]]; then
    git -C "$root" worktree add --detach "$before_tree" "$before_commit" >/dev/null
fi
mkdir -p "$before_tree/tests/benchmarks/teambench"
cp "$root/tests/benchmarks/teambench.cpp" "$root/tests/benchmarks/delayproxy.cpp" \
    "$root/tests/benchmarks/delayproxy.h" "$root/tests/benchmarks/machineclock.h" \
    "$before_tree/tests/benchmarks/teambench/"
cat >"$before_tree/tests/benchmarks/teambench/CMakeLists.txt" <<'CMAKE'
pkg_check_modules(PQ REQUIRED IMPORTED_TARGET libpq)
qt_add_executable(signalbox-teambench teambench.cpp delayproxy.cpp delayproxy.h machineclock.h)
target_link_libraries(signalbox-teambench PRIVATE signalbox_store PkgConfig::PQ Qt6::Core
                                                  Qt6::Network)
target_compile_definitions(signalbox-teambench PRIVATE SIGNALBOX_TEAMBENCH_BEFORE_TEAM_MODE)
CMAKE
grep -q 'add_subdirectory(teambench)' "$before_tree/tests/benchmarks/CMakeLists.txt" \
    || echo 'add_subdirectory(teambench)' >>"$before_tree/tests/benchmarks/CMakeLists.txt"
(
    root=$before_tree
    source "$before_tree/scripts/ccache.sh" 2>/dev/null || true
    cmake -S "$before_tree" -B "$before_tree/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "${ccache_args[@]}" >/dev/null
    cmake --build "$before_tree/build" --parallel 2 --target signalbox-teambench
)
before_bin=$before_tree/build/tests/benchmarks/teambench/signalbox-teambench

# Both on the same kind of cluster: before, the administrator role owns the database and
# every table (as the one shared role did); after, it runs team init and adds the members.
# The administrator's password line in with-postgres.sh's PGPASSFILE names the server's port;
# through the proxy libpq asks for another one, so the throw-away file's line takes any port.
anyport='sed -i "s/^127\.0\.0\.1:[0-9]*:/127.0.0.1:*:/" "$PGPASSFILE" && '
# Server and program on one CPU (SIGNALBOX_BENCH_CPU, default 1; empty: no pinning). On the
# two-core build machines the loopback figures were bimodal from run to run (the unread count
# 0.06 or 0.16 ms) as the client and its backend landed on the same core or on two; pinned,
# four runs agree within 5 %. The 10 ms figures are the proxy's and do not depend on it.
cpu=${SIGNALBOX_BENCH_CPU-1}
pin=()
if [[ -n $cpu ]] && command -v taskset >/dev/null; then
    pin=(taskset -c "$cpu")
fi
for round in $(seq 1 "$rounds"); do
    echo "round $round: before team mode" >&2
    "${pin[@]}" "$root/scripts/with-postgres.sh" sh -c "$anyport"'"$0" --setup-url "$SIGNALBOX_TEST_PG_URL" \
        --repeats "$1" --out "$2" >/dev/null' "$before_bin" "$repeats" "$out/before-$round.json"
    echo "round $round: team mode" >&2
    "${pin[@]}" "$root/scripts/with-postgres.sh" sh -c "$anyport"'"$0" --team --setup-url "$SIGNALBOX_TEST_PG_URL" \
        --repeats "$1" --out "$2" >/dev/null' "$after_bin" "$repeats" "$out/after-$round.json"
done
python3 "$root/scripts/bench-postgres-table.py" "$out" "$rounds"
