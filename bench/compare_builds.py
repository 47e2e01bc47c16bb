#!/usr/bin/env python3
"""Times two builds of gcsj side by side, for a change that must not cost speed (a refactor).

Usage: compare_builds.py OLD_GCSJ NEW_GCSJ [SIZE] [--runs N] [--work DIR]

Makes a git repository of SIZE generated partners (bench/generate.py, one file each) whose last
commit changes the one before (bench/versions.py's change), then times, interleaved round by round
(each round runs every command of both builds once, starting at a different one), the commands a
pull request pays for: `validate`, `changes --base HEAD~1` and `publish`. Prints the median wall
time of each build and the ratio NEW / OLD; a ratio near 1.00 is within the machine's noise.
"""
import os
import statistics
import sys
import tempfile

import side_by_side

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from versions import make_versions  # noqa: E402  (the same generated change)

AS_OF = "2026-11-29"


def commands(gcsj, repo, site):
    return {
        "validate": [gcsj, "validate", "-q", "--no-config", "--as-of", AS_OF, repo],
        "changes --base HEAD~1": [gcsj, "changes", "--as-of", AS_OF, "--base", "HEAD~1", repo],
        "publish": [gcsj, "publish", "-q", "--as-of", AS_OF, "--out", site, repo],
    }


def main():
    args = [a for a in sys.argv[1:]]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 5
    work = args[args.index("--work") + 1] if "--work" in args else tempfile.mkdtemp(prefix="gcsj-cmp-")
    positional = [a for i, a in enumerate(args) if not a.startswith("--") and
                  (i == 0 or args[i - 1] not in ("--runs", "--work"))]
    old, new = (os.path.abspath(p) for p in positional[:2])
    size = int(positional[2]) if len(positional) > 2 else 10000
    repo, _ = make_versions(size, work)
    builds = {"old": commands(old, repo, os.path.join(work, "site-old")),
              "new": commands(new, repo, os.path.join(work, "site-new"))}
    jobs = [(build, name) for name in builds["old"] for build in builds]
    times = {job: [] for job in jobs}
    for job in jobs:  # once untimed: warm the caches
        side_by_side.timed(builds[job[0]][job[1]])
    for round_ in range(runs):
        for k in range(len(jobs)):
            job = jobs[(k + round_) % len(jobs)]
            times[job].append(side_by_side.timed(builds[job[0]][job[1]])[0])
    print(f"{size} partners, {runs} interleaved rounds, median wall time")
    print(f"{'command':<24} {'old':>8} {'new':>8} {'new/old':>8}")
    for name in builds["old"]:
        o, n = statistics.median(times[("old", name)]), statistics.median(times[("new", name)])
        print(f"{name:<24} {o:>7.3f}s {n:>7.3f}s {n / o:>8.2f}")


if __name__ == "__main__":
    main()
