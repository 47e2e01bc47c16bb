#!/usr/bin/env python3
"""The portal in three languages against one `validate` of the same registry (issue 15).

    bench/publish.py [SIZE]          default size: 10000 partners, one file each

Generates a registry with bench/generate.py (seed 1), then runs, interleaved (each round both
commands, starting with a different one), `gcsj validate` and `gcsj publish --lang en,fr,es` on
it: RUNS timed rounds (default 5) after one untimed run each. publish runs twice per round: into
a new directory (the first publication, as on a fresh CI runner) and over the site it wrote
before (a re-publication of the same registry: every page is unchanged, so each is the old
site's file linked into the new one, and removing the old site frees no file). Prints the
median wall time, the
peak resident memory of each run (os.wait4's ru_maxrss, the largest of the runs) and the ratio
against the targets: publish at most 3x validate, under 64 MiB. BENCH_DIR (default: a new
temporary directory) keeps the generated registry between runs.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GCSJ = os.path.join(ROOT, "build/cli/gcsj")
AS_OF = "2026-11-29"
MAX_RATIO = 3.0
MAX_RSS_MIB = 64


def run(command):
    """Wall seconds and peak resident memory (MiB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: findings (warnings) in a generated registry are fine
        sys.exit(f"{command[1]} failed with exit status {code}")
    return wall, usage.ru_maxrss / 1024


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rounds = int(os.environ.get("RUNS", "5"))
    work = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="gcsj-bench-publish-")
    registry = os.path.join(work, f"registry-{size}")
    if not os.path.isdir(registry):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), str(size),
                        registry, "--layout", "files", "--seed", "1"], check=True,
                       stdout=subprocess.DEVNULL)
    site = os.path.join(work, "site")
    publish = [GCSJ, "publish", "-q", "--no-config", "--as-of", AS_OF, "--allow-errors", "--lang",
               "en,fr,es", "--out"]
    fresh = [0]

    def new_site():
        fresh[0] += 1
        return os.path.join(work, f"fresh-{fresh[0]}")

    commands = {
        "gcsj validate": lambda: [GCSJ, "validate", "-q", "--no-config", "--as-of", AS_OF, registry],
        "gcsj publish --lang en,fr,es (new directory)": lambda: publish + [new_site(), registry],
        "gcsj publish --lang en,fr,es (over the last site)": lambda: publish + [site, registry],
    }
    names = list(commands)
    walls = {name: [] for name in names}
    rss = {name: 0.0 for name in names}
    def clean():
        for name in os.listdir(work):
            if name.startswith("fresh-"):
                shutil.rmtree(os.path.join(work, name), ignore_errors=True)

    # New directories are removed only at the end: on ext4, creating 30,000 files just after
    # removing 30,000 others costs several times more (the kernel searches recently deleted
    # inodes), which would time the file system's bookkeeping rather than gcsj.
    for name in names:  # untimed: warms the caches
        run(commands[name]())
    for round_number in range(rounds):
        for i in range(len(names)):
            name = names[(round_number + i) % len(names)]
            wall, peak = run(commands[name]())
            walls[name].append(wall)
            rss[name] = max(rss[name], peak)
    clean()
    files = sum(len(f) for _, _, f in os.walk(site))
    validate = statistics.median(walls[names[0]])
    first = statistics.median(walls[names[1]])
    print(f"{size} partners, {os.cpu_count()} cores, {rounds} rounds, {files} files published\n")
    print("| command | median wall (s) | peak RSS (MiB) | x validate |")
    print("|---|---:|---:|---:|")
    for name in names:
        median = statistics.median(walls[name])
        print(f"| `{name}` | {median:.3f} | {rss[name]:.1f} | {median / validate:.2f} |")
    ratio = first / validate
    peak = max(rss[names[1]], rss[names[2]])
    print(f"\nTargets (issue 15), publication into a new directory: publish/validate {ratio:.2f} "
          f"<= {MAX_RATIO}: {'met' if ratio <= MAX_RATIO else 'NOT met'}; publish peak "
          f"{peak:.1f} MiB < {MAX_RSS_MIB}: {'met' if peak < MAX_RSS_MIB else 'NOT met'}")
    if not os.environ.get("BENCH_DIR"):
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
