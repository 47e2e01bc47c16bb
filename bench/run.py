#!/usr/bin/env python3
"""Benchmarks gcsj side by side with the parse floor and the tools a user might pick instead, on
the same generated files, and prints the results and the targets of issue 5 as Markdown tables.

    bench/run.py [SIZES...]          default sizes: 500 10000   (bench/run.sh runs this)

Environment: RUNS (default 5) timed rounds (three times as many below 100,000 partners);
BENCH_DIR (default: a new temporary directory) where registries are generated once and reused.

Runs are interleaved: every round runs every command of every size of a layout once, starting at
a different command each round, so a noisy moment on a shared machine falls on all of them rather
than on one. The tables show the median wall time of the timed runs and the peak resident memory
of one untimed run before them (/usr/bin/time; it also warms the caches).
"""
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GCSJ = os.path.join(ROOT, "build/cli/gcsj")
FLOOR = os.path.join(ROOT, "build/bench/parse_floor")
AS_OF = "2026-11-29"

GCSJ_DEFAULT = "gcsj validate"
GCSJ_ONE_JOB = "gcsj validate --jobs 1"
FLOOR_NAME = "parse floor (yaml-cpp events)"
PYTHON_PEER = "python3 PyYAML-C + jsonschema"
AJV_PEER = "ajv-cli (partner schema)"
YAMLLINT = "yamllint (syntax only)"
# GCSJ_BEFORE=BINARY also times another build of gcsj on the same files, side by side (a change's
# cost: the ratio to this build's `gcsj validate` in the same run).
GCSJ_BEFORE = os.environ.get("GCSJ_BEFORE")
BEFORE_DEFAULT = "gcsj validate (GCSJ_BEFORE)"
BEFORE_ONE_JOB = "gcsj validate --jobs 1 (GCSJ_BEFORE)"
ORDER = [GCSJ_DEFAULT, GCSJ_ONE_JOB, BEFORE_DEFAULT, BEFORE_ONE_JOB, FLOOR_NAME, PYTHON_PEER,
         AJV_PEER, YAMLLINT]
# files: one partner per file; single: everything in one file; split: one large partners.yaml
# beside a small coordinating-group.yaml (timed from 10,000 partners up).
LAYOUTS = ("files", "single", "split")


def sizes_of(layout, sizes):
    return [size for size in sizes if layout != "split" or size >= 10000]
SCHEMA_PEERS = [PYTHON_PEER, AJV_PEER]


def have_python_peer():
    try:
        import jsonschema  # noqa: F401
        import yaml  # noqa: F401
    except ImportError:
        return False
    return True


def commands_for(size, layout, directory, schemas):
    """The commands timed on one generated registry, by name."""
    gcsj = [GCSJ, "validate", "-q", "--no-config", "--as-of", AS_OF]
    commands = {
        GCSJ_DEFAULT: gcsj + [directory],
        GCSJ_ONE_JOB: gcsj + ["--jobs", "1", directory],
        FLOOR_NAME: [FLOOR, directory],
    }
    if GCSJ_BEFORE:
        before = [os.path.abspath(GCSJ_BEFORE)] + gcsj[1:]
        commands[BEFORE_DEFAULT] = before + [directory]
        commands[BEFORE_ONE_JOB] = before + ["--jobs", "1", directory]
    if have_python_peer():
        commands[PYTHON_PEER] = [sys.executable, os.path.join(ROOT, "bench/peer_jsonschema.py"),
                                 schemas, directory]
    if layout == "split":
        return commands  # only the question of using every core on one large file beside another
    if shutil.which("ajv") and layout == "files":
        commands[AJV_PEER] = ["ajv", "validate", "--spec=draft2020", "-c", "ajv-formats", "-s",
                              os.path.join(schemas, "partner.schema.json"), "-d",
                              os.path.join(directory, "partners/*.yaml")]
    if shutil.which("yamllint") and size <= 500:
        commands[YAMLLINT] = ["yamllint", "-d", "relaxed", directory]
    return commands


def run_once(argv):
    """Wall seconds of one run of argv."""
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def peak_memory(argv):
    """Peak resident memory (KiB) of one run of argv, by /usr/bin/time: a child of this Python
    process would report Python's own memory, which it shares until it executes argv."""
    with tempfile.NamedTemporaryFile("r") as report:
        subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%M"] + argv,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        lines = report.read().split()
    return int(lines[-1]) if lines and lines[-1].isdigit() else None


def measure(jobs, rounds):
    """jobs: {key: argv}; rounds: {key: timed runs}. Runs the commands interleaved, round after
    round, each in its own number of rounds; returns {key: (median s, peak KiB)}."""
    keys = list(jobs)
    # One untimed run of each first, for its peak memory (it hardly varies): caches warm up.
    memory = {key: peak_memory(jobs[key]) for key in keys}
    times = {key: [] for key in keys}
    for round_ in range(max(rounds.values())):
        present = [key for key in keys if rounds[key] > round_]
        shift = round_ % len(present)
        for key in present[shift:] + present[:shift]:
            times[key].append(run_once(jobs[key]))
        print(f"  round {round_ + 1}/{max(rounds.values())} done", file=sys.stderr)
    return {key: (statistics.median(times[key]), memory[key]) for key in keys}


def generate(size, layout, work):
    directory = os.path.join(work, f"{size}-{layout}")
    if not os.path.isdir(directory):
        print(f"generating {size} partners ({layout})", file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/generate.py"), str(size),
                        directory, "--layout", layout], check=True)
    return directory


def describe_machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            memory = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} GiB, "
    except (OSError, ValueError, IndexError):
        pass
    version = subprocess.run([GCSJ, "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} CPUs ({cpu}), {memory}{platform.system()} {platform.release()}; "
            f"{version}; {datetime.date.today().isoformat()}")


def ratio_row(label, value, wanted, ok):
    shown = "n/a" if value is None else f"{value:.2f}x"
    status = "n/a" if value is None else ("met" if ok(value) else "**not met**")
    return f"| {label} | {shown} | {wanted} | {status} |"


def targets(results, sizes):
    """The targets of issues 5 and 11, from the medians of this run."""
    def get(size, layout, name):
        return results.get((size, layout, name))

    def ratio(a, b):
        return None if a is None or b is None else a[0] / b[0]

    rows = []
    if 500 in sizes:
        gcsj = get(500, "files", GCSJ_DEFAULT)
        for peer in SCHEMA_PEERS:
            if get(500, "files", peer):
                rows.append(ratio_row(f"500 files: {peer} / gcsj", ratio(get(500, "files", peer), gcsj),
                                      "≥ 5x", lambda v: v >= 5))
        rows.append(ratio_row("500 files: gcsj `--jobs 1` / floor",
                              ratio(get(500, "files", GCSJ_ONE_JOB), get(500, "files", FLOOR_NAME)),
                              "≤ 1.25x", lambda v: v <= 1.25))
    if 10000 in sizes:
        gcsj = get(10000, "files", GCSJ_DEFAULT)
        for peer in SCHEMA_PEERS:
            if get(10000, "files", peer):
                rows.append(ratio_row(f"10,000 files: {peer} / gcsj",
                                      ratio(get(10000, "files", peer), gcsj), "> 1x", lambda v: v > 1))
        cores = os.cpu_count() or 1
        rows.append(ratio_row(f"10,000 files: gcsj `--jobs 1` / gcsj ({cores} jobs)",
                              ratio(get(10000, "files", GCSJ_ONE_JOB), gcsj) if cores >= 2 else None,
                              "≥ 1.6x", lambda v: v >= 1.6))
    if 100000 in sizes:
        floor = get(100000, "single", FLOOR_NAME)
        rows.append(ratio_row("100,000 in one file: gcsj `--jobs 1` / floor",
                              ratio(get(100000, "single", GCSJ_ONE_JOB), floor), "≤ 1.25x",
                              lambda v: v <= 1.25))
        rows.append(ratio_row("100,000 in one file: gcsj / floor",
                              ratio(get(100000, "single", GCSJ_DEFAULT), floor), "< 1x",
                              lambda v: v < 1))
        gcsj = get(100000, "single", GCSJ_DEFAULT)
        peak = None if gcsj is None or gcsj[1] is None else gcsj[1] / 1024
        rows.append(f"| 100,000 in one file: gcsj peak memory | "
                    f"{'n/a' if peak is None else f'{peak:.1f} MiB'} | < 64 MiB | "
                    f"{'n/a' if peak is None else ('met' if peak < 64 else '**not met**')} |")
    for size in (s for s in sizes if s >= 10000):
        # One large file beside a small one uses every core, as one large file alone does.
        shown = f"{size:,}"
        rows.append(ratio_row(f"{shown}, partners.yaml beside the Group file / in one file: gcsj",
                              ratio(get(size, "split", GCSJ_DEFAULT), get(size, "single", GCSJ_DEFAULT)),
                              "≤ 1.1x", lambda v: v <= 1.1))
        cores = os.cpu_count() or 1
        rows.append(ratio_row(f"{shown}, partners.yaml beside the Group file: `--jobs 1` / {cores} jobs",
                              ratio(get(size, "split", GCSJ_ONE_JOB), get(size, "split", GCSJ_DEFAULT))
                              if cores >= 2 else None, "≥ 1.5x", lambda v: v >= 1.5))
    if 10000 in sizes and 100000 in sizes:
        for layout in ("single", "files"):
            for name in (GCSJ_DEFAULT, GCSJ_ONE_JOB):
                shown = "gcsj" if name == GCSJ_DEFAULT else "gcsj `--jobs 1`"
                rows.append(ratio_row(f"linear cost ({layout}): {shown} 100,000 / 10,000",
                                      ratio(get(100000, layout, name), get(10000, layout, name)),
                                      "8-12x", lambda v: 8 <= v <= 12))
    return rows


def main():
    sizes = sorted({int(arg) for arg in sys.argv[1:]} or {500, 10000})
    runs = int(os.environ.get("RUNS", "5"))
    for binary in (GCSJ, FLOOR):
        if not os.access(binary, os.X_OK):
            sys.exit(f"{binary} is missing: build first (cmake --workflow --preset default)")
    work = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="gcsj-bench-")
    schemas = os.path.join(work, "schemas")
    os.makedirs(schemas, exist_ok=True)
    for kind in ("partner", "coordinating-group"):
        with open(os.path.join(schemas, f"{kind}.schema.json"), "w") as out:
            subprocess.run([GCSJ, "schema", kind], stdout=out, check=True)

    results = {}
    for layout in LAYOUTS:
        jobs = {}
        for size in sizes_of(layout, sizes):
            directory = generate(size, layout, work)
            for name, argv in commands_for(size, layout, directory, schemas).items():
                jobs[(size, layout, name)] = argv
        # Below 100,000 partners a run takes milliseconds to a second, where a noisy neighbour
        # weighs most (and most on the runs that use both cores): those get more rounds.
        rounds = {key: runs if key[0] >= 100000 else 3 * runs for key in jobs}
        print(f"timing the {layout} layout: {len(jobs)} commands", file=sys.stderr)
        results.update(measure(jobs, rounds))

    print(f"{describe_machine()}; `RUNS={runs} bench/run.sh {' '.join(map(str, sizes))}` "
          f"(medians of {runs} interleaved runs, {3 * runs} below 100,000 partners)\n")
    print("| size | layout | command | median s | peak MiB | vs gcsj |")
    print("|---|---|---|---:|---:|---:|")
    for size in sizes:
        for layout in LAYOUTS:
            if (size, layout, GCSJ_DEFAULT) not in results:
                continue
            base = results[(size, layout, GCSJ_DEFAULT)][0]
            for name in ORDER:
                if (size, layout, name) not in results:
                    continue
                seconds, kib = results[(size, layout, name)]
                memory = "n/a" if kib is None else f"{kib / 1024:.1f}"
                print(f"| {size:,} | {layout} | {name} | {seconds:.3f} | {memory} | "
                      f"{seconds / base:.2f}x |")
    rows = targets(results, sizes)
    if rows:
        print("\n| target (issues 5 and 11) | measured | wanted | status |")
        print("|---|---:|---|---|")
        print("\n".join(rows))


if __name__ == "__main__":
    main()
