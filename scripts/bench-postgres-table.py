#!/usr/bin/env python3
"""The table of docs/benchmarks.md "Team mode (issue 11)" from bench-postgres.sh's reports:
medians over the rounds of each run's median, after / before ratios, and the round-trip check.

    scripts/bench-postgres-table.py OUT_DIR ROUNDS
"""
import json
import statistics
import sys

out, rounds = sys.argv[1], int(sys.argv[2])
runs = {side: [json.load(open(f"{out}/{side}-{r}.json")) for r in range(1, rounds + 1)]
        for side in ("before", "after")}

OPS = [("send", "send (own transaction)"), ("edit", "edit"),
       ("open_conversation", "open conversation (first page, 50 roots)"),
       ("unread_count", "unread count"), ("sign_in", "sign-in (open + authenticate)"),
       ("authenticate", "… authenticate alone"), ("connection_handshake", "… libpq handshake alone")]


def med(side, net, op, key):
    return statistics.median(run[net][op][key] for run in runs[side])


def spread(side, net, op, key):
    values = [run[net][op][key] for run in runs[side]]
    return f"{min(values):.2f}–{max(values):.2f}" if len(values) > 1 else f"{values[0]:.2f}"


print("| operation | round trips (before / after) | statements (before / after) "
      "| loopback before | loopback after | ratio | 10 ms before | 10 ms after | ratio "
      "| server CPU before / after | ratio | ≤ 1.2×? | round trips ≤ statements? |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for op, label in OPS:
    rt_b, rt_a = med("before", "delayed", op, "round_trips"), med("after", "delayed", op, "round_trips")
    st_b, st_a = med("before", "delayed", op, "statements"), med("after", "delayed", op, "statements")
    lb, la = med("before", "loopback", op, "median_ms"), med("after", "loopback", op, "median_ms")
    db, da = med("before", "delayed", op, "median_ms"), med("after", "delayed", op, "median_ms")
    cb, ca = (med("before", "loopback", op, "server_cpu_median_ms"),
              med("after", "loopback", op, "server_cpu_median_ms"))
    r1, r2 = la / lb, da / db
    r3 = f"{ca / cb:.2f}×" if cb > 0 else "—"
    detail = label.startswith("…")
    met = "—" if detail else ("yes" if max(r1, r2) <= 1.2 else "**no**")
    rts = "—" if detail else ("yes" if rt_a <= st_a and rt_b <= st_b else "**no**")
    print(f"| {label} | {rt_b:g} / {rt_a:g} | {st_b:g} / {st_a:g} | {lb:.3f} | {la:.3f} | {r1:.2f}× "
          f"| {db:.2f} | {da:.2f} | {r2:.2f}× | {cb:.3f} / {ca:.3f} | {r3} | {met} | {rts} |")
print()
print("first (cold) repeat, median over rounds, ms:")
for op, label in OPS:
    print(f"  {label}: loopback {med('before', 'loopback', op, 'first_ms'):.2f} / "
          f"{med('after', 'loopback', op, 'first_ms'):.2f}; 10 ms "
          f"{med('before', 'delayed', op, 'first_ms'):.2f} / {med('after', 'delayed', op, 'first_ms'):.2f}; "
          f"round trips first {med('before', 'delayed', op, 'round_trips_first'):g} / "
          f"{med('after', 'delayed', op, 'round_trips_first'):g}")
print("client CPU (this thread), median ms, loopback before / after:")
for op, label in OPS:
    print(f"  {label}: {med('before', 'loopback', op, 'cpu_median_ms'):.3f} / "
          f"{med('after', 'loopback', op, 'cpu_median_ms'):.3f}")
print("spread of the rounds' medians, loopback / 10 ms, before | after:")
for op, label in OPS:
    print(f"  {label}: {spread('before', 'loopback', op, 'median_ms')} / "
          f"{spread('before', 'delayed', op, 'median_ms')} | {spread('after', 'loopback', op, 'median_ms')} / "
          f"{spread('after', 'delayed', op, 'median_ms')}")
for side in ("before", "after"):
    for r, run in enumerate(runs[side], 1):
        p = run["proxy"]
        print(f"{side} round {r}: load {run['load_average_before']:.2f} → {run['load_average_after']:.2f}; "
              f"proxy held {p['least_held_us']}–{p['longest_held_us']} µs; page {run['loopback']['page_messages']} "
              f"messages; unread {run['loopback']['unread_of_user00']}")
