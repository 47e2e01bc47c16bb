#!/usr/bin/env python3
"""Times the comparison of two versions of a registry against one `validate` of it, side by side.

    bench/versions.py [SIZES...]          default sizes: 2500 5000 10000

For each size, a registry is generated (one file per partner, bench/generate.py) and committed
to a new git repository; a second commit changes it as a pull request would (a partner's id
renamed, so the Group's member of that partner no longer finds it; a partner withdrawn; a new
partner; an action's status moved). Then, interleaved round by round so that a noisy moment on a
shared machine falls on every command:

- `gcsj validate DIR` (the reference: 1.00x);
- `gcsj validate --base HEAD~1 DIR` and `gcsj changes --base HEAD~1 DIR` (the older version
  read from git's object store);
- `gcsj validate --base OLD_DIR DIR` (the older version as a directory).

Issue 14's target: each comparison at most 2.5x one `validate`, and linear in size (the ratio
does not grow with the size). Environment: RUNS (default 5) timed rounds; BENCH_DIR (default: a
new temporary directory) where registries are generated.
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
TARGET = 2.5


def git(directory, *args):
    subprocess.run(["git", "-C", directory, "-c", "user.name=bench", "-c", "user.email=b@x",
                    *args], check=True, stdout=subprocess.DEVNULL)


def make_versions(size, root):
    """A repository at root/repo whose last commit changes the one before; root/old is a copy of
    the older registry. Returns (repo, old)."""
    repo = os.path.join(root, f"repo-{size}")
    old = os.path.join(root, f"old-{size}")
    if os.path.isdir(repo):
        return repo, old
    subprocess.run([sys.executable, os.path.join(ROOT, "bench/generate.py"), str(size), repo,
                    "--layout", "files"], check=True)
    subprocess.run(["git", "init", "-q", repo], check=True)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "before")
    shutil.copytree(repo, old, ignore=shutil.ignore_patterns(".git"))
    partners = sorted(os.listdir(os.path.join(repo, "partners")))
    # A renamed id: the file keeps its name, the Group may lose a member's partner.
    first = os.path.join(repo, "partners", partners[0])
    text = open(first, encoding="utf-8").read()
    partner_id = partners[0][: -len(".yaml")]
    open(first, "w", encoding="utf-8").write(text.replace(f"id: {partner_id}", f"id: {partner_id}-x", 1))
    # A withdrawal.
    second = os.path.join(repo, "partners", partners[1])
    text = open(second, encoding="utf-8").read()
    open(second, "w", encoding="utf-8").write(
        text.replace("status: admitted", "status: withdrawn\nwithdrawn: 2026-06-30", 1))
    # An action's status moved.
    third = os.path.join(repo, "partners", partners[2])
    text = open(third, encoding="utf-8").read()
    for before, after in (("status: pledged", "status: ongoing"), ("status: ongoing", "status: completed")):
        if before in text:
            text = text.replace(before, after, 1)
            break
    open(third, "w", encoding="utf-8").write(text)
    # A new partner: a copy of the last under a new id.
    last = partners[-1][: -len(".yaml")]
    text = open(os.path.join(repo, "partners", partners[-1]), encoding="utf-8").read()
    open(os.path.join(repo, "partners", f"{last}-new.yaml"), "w", encoding="utf-8").write(
        text.replace(f"id: {last}", f"id: {last}-new", 1))
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "after")
    return repo, old


def commands(repo, old):
    common = ["--no-config", "--as-of", AS_OF]
    return {
        "gcsj validate": [GCSJ, "validate", "-q", *common, repo],
        "gcsj validate --base HEAD~1 (git)": [GCSJ, "validate", "-q", *common, "--base", "HEAD~1", repo],
        "gcsj validate --base OLD (directory)": [GCSJ, "validate", "-q", *common, "--base", old, repo],
        "gcsj changes --base HEAD~1 (git)": [GCSJ, "changes", "--as-of", AS_OF, "--base", "HEAD~1", repo],
    }


def run_once(argv):
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(argv)}: exit status {done.returncode}")
    return time.perf_counter() - start


def peak_mib(argv):
    if not os.path.exists("/usr/bin/time"):
        return float("nan")
    done = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def main():
    sizes = [int(s) for s in sys.argv[1:]] or [2500, 5000, 10000]
    runs = int(os.environ.get("RUNS", "5"))
    root = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="gcsj-versions-")
    os.makedirs(root, exist_ok=True)
    table = {}
    for size in sizes:
        repo, old = make_versions(size, root)
        named = commands(repo, old)
        peaks = {name: peak_mib(argv) for name, argv in named.items()}  # also warms the caches
        times = {name: [] for name in named}
        names = list(named)
        for round_ in range(runs):
            for k in range(len(names)):
                name = names[(round_ + k) % len(names)]
                times[name].append(run_once(named[name]))
        table[size] = {name: (statistics.median(times[name]), peaks[name]) for name in names}

    print(f"gcsj {subprocess.run([GCSJ, '--version'], capture_output=True, text=True).stdout.strip()}; "
          f"{os.cpu_count()} CPUs; medians of {runs} interleaved runs; `bench/versions.py "
          f"{' '.join(map(str, sizes))}`\n")
    print("| partners | command | median s | peak MiB | vs validate |")
    print("|---:|---|---:|---:|---:|")
    for size, rows in table.items():
        reference = rows["gcsj validate"][0]
        for name, (median, peak) in rows.items():
            print(f"| {size:,} | {name} | {median:.3f} | {peak:.1f} | {median / reference:.2f}x |")
    # The target is set at 10,000 partners (or the largest size run); linear: each command's time
    # grows with the size as one validate's does.
    largest = max(table)
    rows = table[largest]
    worst = max(m / rows["gcsj validate"][0] for n, (m, _) in rows.items() if n != "gcsj validate")
    verdict = "met" if worst <= TARGET else "NOT met"
    print(f"\nTarget (issue 14), {largest:,} partners: each comparison at most {TARGET}x one "
          f"validate: worst {worst:.2f}x, {verdict}.")
    smallest = min(table)
    if smallest != largest:
        scale = largest / smallest
        print(f"Linear in size ({smallest:,} -> {largest:,} partners, {scale:.0f}x the partners): "
              + ", ".join(f"{name} {table[largest][name][0] / table[smallest][name][0]:.2f}x"
                          for name in rows))
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
