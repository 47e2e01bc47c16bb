#!/usr/bin/env python3
"""What the state of format v1.1 costs `validate`: old and new builds side by side, in one run.

Usage: state_cost.py OLD_GCSJ NEW_GCSJ [SIZE ...] [--runs N] [--work DIR]

For each SIZE (default 10000 100000) writes two registries with bench/generate.py: the v1 one, and
the same with --v11 (declined applications, `applied` dates, `country`, focal points, and a dated
chair handover). Then, round by round and starting each round at a different one, runs
`validate` of OLD on v1, NEW on v1 and NEW on v1.1, and prints each one's median wall time, its
peak memory (max RSS) and the ratios to OLD on v1. Ratios near 1.00 are within the machine's noise.
"""
import os
import subprocess
import sys

import side_by_side

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_OF = "2026-11-29"


def main():
    runs, work, args = side_by_side.options(sys.argv[1:], "gcsj-state-cost-")
    old, new, sizes = args[0], args[1], [int(s) for s in args[2:]] or [10000, 100000]
    for size in sizes:
        v1, v11 = os.path.join(work, f"v1-{size}"), os.path.join(work, f"v11-{size}")
        for out, extra in ((v1, []), (v11, ["--v11"])):
            if not os.path.isdir(out):
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), str(size), out] + extra,
                               check=True)
        cases = {
            "old build, v1 registry": [old, "validate", "-q", "--no-config", "--as-of", AS_OF, v1],
            "new build, v1 registry": [new, "validate", "-q", "--no-config", "--as-of", AS_OF, v1],
            "new build, v1.1 registry": [new, "validate", "-q", "--no-config", "--as-of", AS_OF, v11],
        }
        medians = side_by_side.interleaved(cases, runs)
        base_t, base_m = next(iter(medians.values()))
        print(f"\nvalidate, {size} partners, medians of {runs} interleaved rounds")
        print("| run | time | / old on v1 | max RSS | / old on v1 |")
        print("|---|---:|---:|---:|---:|")
        for n, (t, m) in medians.items():
            print(f"| {n} | {t:.3f} s | {t / base_t:.2f} | {m:.0f} MiB | {m / base_m:.2f} |")


main()
