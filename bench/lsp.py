#!/usr/bin/env python3
"""`gcsj lsp` against one `gcsj validate` of the same registry (issue 27).

    bench/lsp.py [SIZE...] [--runs N] [--edits N] [--work DIR] [--binary PATH]

Generates a registry with bench/generate.py (SIZE partners, default 10,000, one file each, seed
1; kept in --work DIR between runs), then, in rounds that interleave the two (each round starting
with the other one):

- `gcsj validate --as-of D` of the registry: wall time and peak resident memory (os.wait4);
- a server (`gcsj lsp`, through tests/lsp/lsp_client.py) started, initialized on the registry
  (initializationOptions.asOf = D), a partner's file opened (with an unknown key, so that even a
  clean registry has a diagnostic to publish): the time from didOpen to the first diagnostics
  published, and from the start of the process to them (what a user waits for).

Then, in the last round's server, EDITS (default 100) didChange of that partner, each timed from
the notification until the diagnostics of that file arrive: each edit removes or brings back the
unknown key (a finding that goes and comes, so that every edit changes the file's diagnostics)
and renames the partner (its digest changes). The server's VmRSS and VmHWM (/proc/PID/status)
are read after the first diagnostics, after 10 edits and after the last, to show whether memory
grows with edits.

With several sizes, each is run in turn and a last table gives what one more partner costs in
memory (the slope from the smallest registry to the largest), the server's against validate's.

Prints a table (medians over the rounds; the edits' median, p95 and max) and the targets of issue
27: first diagnostics within 2x validate; an edit's diagnostics within 100 ms; memory bounded like
validate's (the server's peak at most 2x validate's, and no growth from 10 to EDITS edits beyond
a few MiB).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "lsp"))
import lsp_client  # noqa: E402

AS_OF = "2026-11-29"
TIMEOUT = 300


def option(args, name, default):
    if name in args:
        i = args.index(name)
        value = args[i + 1]
        del args[i:i + 2]
        return value
    return default


def validate_run(binary, registry):
    argv = [binary, "validate", "--as-of", AS_OF, registry]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(argv)}: exit status {code}")
    return wall, usage.ru_maxrss / 1024


def with_finding(text, i):
    """The partner's text with an unknown key (one finding) and its name changed by edit i."""
    return text.replace("\nname: ", f"\nbench_unknown_{i}: 1\nname: Edit {i} ", 1)


def server_start(binary, registry, opened, text):
    """A server up to its first diagnostics: (client, seconds from didOpen, seconds from the start
    of the process, seconds to initialize)."""
    started = time.perf_counter()
    client = lsp_client.LspClient([binary, "lsp"], cwd=registry)
    response = client.initialize(registry, as_of=AS_OF, timeout=TIMEOUT)
    if "result" not in response:
        sys.exit(f"initialize failed: {response}")
    initialized = time.perf_counter()
    mark = client.mark()
    opened_at = time.perf_counter()
    client.open(opened, text)
    _, when, _, _ = client.wait_published(None, mark, TIMEOUT)
    return client, when - opened_at, when - started, initialized - started


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def mib(kib):
    return kib / 1024


def one_size(binary, work, size, runs, edits):
    """The whole bench on a registry of `size` partners; prints its tables and returns
    (targets met, validate's peak MiB, the server's RSS MiB after its first diagnostics)."""
    registry = os.path.join(work, f"registry-{size}")
    if not os.path.isdir(registry):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), str(size),
                        registry, "--layout", "files", "--seed", "1"], check=True,
                       stdout=subprocess.DEVNULL)
    partners = sorted(os.listdir(os.path.join(registry, "partners")))
    opened = os.path.join(registry, "partners", partners[len(partners) // 2])
    with open(opened, encoding="utf-8") as f:
        original = f.read()

    validate_times, validate_rss = [], []
    from_open, from_start, to_initialize = [], [], []
    client = None
    for r in range(runs):
        order = ["validate", "server"] if r % 2 == 0 else ["server", "validate"]
        for what in order:
            if what == "validate":
                wall, rss = validate_run(binary, registry)
                validate_times.append(wall)
                validate_rss.append(rss)
                continue
            if client:
                client.shutdown_and_exit(TIMEOUT)
            client, opened_s, started_s, init_s = server_start(binary, registry, opened,
                                                               with_finding(original, 0))
            from_open.append(opened_s)
            from_start.append(started_s)
            to_initialize.append(init_s)
    client.settle(0.5, TIMEOUT)
    memory = {"first diagnostics": client.memory()}

    uri = lsp_client.uri_of(opened)
    latencies = []
    for i in range(1, edits + 1):
        # Opened with a finding (so that a clean registry publishes something): odd edits remove
        # it, even ones bring it back, and every edit renames the partner.
        if i % 2:
            text = original.replace("\nname: ", f"\nname: Edit {i} ", 1)
        else:
            text = with_finding(original, i)
        mark = client.mark()
        sent = time.perf_counter()
        client.change(opened, text, i + 1)
        _, when, _, params = client.wait_published(uri, mark, TIMEOUT)
        latencies.append(when - sent)
        has_finding = any(d.get("code") == "unknown-key" for d in params["diagnostics"])
        if has_finding != (i % 2 == 0):
            print(f"warning: edit {i}: the first diagnostics published do not show its change "
                  "(an earlier edit's?)", file=sys.stderr)
        if i == 10:
            memory["10 edits"] = client.memory()
    memory[f"{edits} edits"] = client.memory()
    status = client.shutdown_and_exit(TIMEOUT)

    v = statistics.median(validate_times)
    first = statistics.median(from_start)
    print(f"\n{size:,} partners, {runs} rounds, {edits} edits (as of {AS_OF}); "
          f"server exit {status}\n")
    print("| measure | value | vs validate |")
    print("|---|---:|---:|")
    print(f"| `gcsj validate` wall (median) | {v:.3f} s | 1.00x |")
    print(f"| `gcsj validate` peak RSS | {max(validate_rss):.1f} MiB | |")
    print(f"| server: start to initialize answered (median) | "
          f"{statistics.median(to_initialize):.3f} s | |")
    print(f"| server: didOpen to first diagnostics (median) | "
          f"{statistics.median(from_open):.3f} s | {statistics.median(from_open) / v:.2f}x |")
    print(f"| server: start to first diagnostics (median) | {first:.3f} s | {first / v:.2f}x |")
    print(f"| edit to its diagnostics: median | {statistics.median(latencies) * 1000:.1f} ms | |")
    print(f"| edit to its diagnostics: p95 | {percentile(latencies, 95) * 1000:.1f} ms | |")
    print(f"| edit to its diagnostics: max | {max(latencies) * 1000:.1f} ms | |")
    for when, m in memory.items():
        print(f"| server RSS / peak after {when} | {mib(m['VmRSS']):.1f} / "
              f"{mib(m['VmHWM']):.1f} MiB | |")
    peak = mib(memory[f"{edits} edits"]["VmHWM"])
    after_10 = memory.get("10 edits", memory["first diagnostics"])
    growth = mib(memory[f"{edits} edits"]["VmRSS"] - after_10["VmRSS"])
    targets = [
        ("first diagnostics <= 2x validate", first <= 2 * v, f"{first / v:.2f}x"),
        ("edit p95 <= 100 ms", percentile(latencies, 95) <= 0.1,
         f"{percentile(latencies, 95) * 1000:.1f} ms"),
        ("server peak <= 2x validate's peak", peak <= 2 * max(validate_rss),
         f"{peak:.1f} vs {max(validate_rss):.1f} MiB"),
        (f"RSS growth from 10 to {edits} edits <= 4 MiB", growth <= 4, f"{growth:+.1f} MiB"),
    ]
    print("\n| target | met | measured |\n|---|---|---|")
    for name, met, measured in targets:
        print(f"| {name} | {'yes' if met else 'NO'} | {measured} |")
    return (all(met for _, met, _ in targets), max(validate_rss),
            mib(memory["first diagnostics"]["VmRSS"]))


def main():
    args = sys.argv[1:]
    runs = int(option(args, "--runs", os.environ.get("RUNS", "3")))
    edits = int(option(args, "--edits", "100"))
    work = option(args, "--work", os.environ.get("BENCH_DIR")) or tempfile.mkdtemp(
        prefix="gcsj-bench-lsp-")
    binary = os.path.abspath(option(args, "--binary", os.path.join(ROOT, "build", "cli", "gcsj")))
    sizes = [int(a) for a in args] or [10000]
    results = {size: one_size(binary, work, size, runs, edits) for size in sizes}
    if len(sizes) > 1:
        # What each more partner costs: the slope between the smallest and largest registry.
        small, large = min(sizes), max(sizes)
        per = 1024 / (large - small)  # MiB over the difference -> KiB per partner
        print(f"\n| memory per partner ({small:,} to {large:,}) | KiB |\n|---|---:|")
        print(f"| `gcsj validate` peak | {(results[large][1] - results[small][1]) * per:.2f} |")
        print(f"| server after first diagnostics | "
              f"{(results[large][2] - results[small][2]) * per:.2f} |")
    return 0 if all(met for met, _, _ in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
