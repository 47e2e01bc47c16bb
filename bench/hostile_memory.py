#!/usr/bin/env python3
"""Peak memory of gcsj on every hostile file of the corpus (tests/hostile/check_hostile.py), and on
an endless standard input, against the bound of 256 MiB.

    bench/hostile_memory.py [GCSJ_BINARY]      (default: build/cli/gcsj)

Each file is validated alone in a fresh directory beside the witness partner, in JSON (the format
that keeps every finding's text); the peak resident memory comes from /usr/bin/time. Prints a
Markdown table and exits 1 when a run goes over the bound.
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "hostile"))
import check_hostile  # noqa: E402  (the corpus: CASES, SPECIAL, WITNESS)

BOUND_MIB = 256


def peak(argv, stdin=subprocess.DEVNULL):
    """(peak MiB, exit status) of one run of argv, by /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r") as report:
        done = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%M"] + argv,
                              stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        fields = report.read().split()
    kib = int(fields[-1]) if fields and fields[-1].isdigit() else None
    return (None if kib is None else kib / 1024), done.returncode


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/cli/gcsj"))
    gcsj = [binary, "validate", "--no-config", "--as-of", "2026-11-29", "-f", "json"]
    rows = []
    for name, make, _ in check_hostile.CASES:
        directory = tempfile.mkdtemp(prefix="gcsj-hostile-memory-")
        try:
            with open(os.path.join(directory, "witness.yaml"), "w") as f:
                f.write(check_hostile.WITNESS)
            content = make()
            with open(os.path.join(directory, name), "wb") as f:
                f.write(content)
            mib, status = peak(gcsj + [directory])
            rows.append((name, len(content), mib, status))
        finally:
            shutil.rmtree(directory)
    with open("/dev/zero", "rb") as zero:
        mib, status = peak(gcsj + ["-"], stdin=zero)
    rows.append(("standard input from /dev/zero", None, mib, status))

    print(f"| hostile file | size | peak MiB | exit | under {BOUND_MIB} MiB |")
    print("|---|---:|---:|---:|---|")
    over = 0
    for name, size, mib, status in rows:
        ok = mib is not None and mib < BOUND_MIB
        over += not ok
        shown = "endless" if size is None else f"{size / 1024 / 1024:.1f} MiB"
        print(f"| {name} | {shown} | {'n/a' if mib is None else f'{mib:.1f}'} | {status} | "
              f"{'yes' if ok else '**no**'} |")
    print(f"\n{len(rows)} runs, {over} over {BOUND_MIB} MiB")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
