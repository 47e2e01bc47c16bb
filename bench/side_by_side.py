"""What the benchmarks of bench/ share: a run timed with its peak memory, the --runs and --work
options, and rounds that interleave the runs, each round starting at another one, so that the
machine's noise falls on every run alike and ratios from one run of a benchmark can be compared."""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(argv, before=None):
    """Runs argv once, after `before` (untimed), and returns (wall seconds, peak memory in MiB).
    An exit status other than 0 or 1 (findings) ends the benchmark: its figures would mean nothing."""
    if before:
        before()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)  # the rusage of this child alone
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(argv)}: exit status {code}")
    return elapsed, usage.ru_maxrss / 1024.0


def options(argv, prefix, runs=5):
    """Takes --runs N and --work DIR out of argv; returns (runs, work directory, the other
    arguments). Without --work, a new temporary directory named after `prefix`."""
    args, work = list(argv), None
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    if "--work" in args:
        i = args.index("--work")
        work = args[i + 1]
        del args[i:i + 2]
    return runs, work or tempfile.mkdtemp(prefix=prefix), args


def interleaved(cases, runs):
    """cases: {name: argv or (argv, before)}. Runs each `runs` times in interleaved rounds and
    returns {name: (median seconds, median MiB)} in the order of cases."""
    names = list(cases)
    samples = {name: [] for name in names}
    for r in range(runs):
        for k in range(len(names)):
            name = names[(r + k) % len(names)]
            case = cases[name]
            argv, before = case if isinstance(case, tuple) else (case, None)
            samples[name].append(timed(argv, before))
    return {name: (statistics.median(t for t, _ in samples[name]),
                   statistics.median(m for _, m in samples[name])) for name in names}
