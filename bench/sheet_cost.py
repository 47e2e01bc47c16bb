#!/usr/bin/env python3
"""What the spreadsheets cost, beside `validate`, side by side in one run (issue 23's targets).

Usage: sheet_cost.py GCSJ [SIZE ...] [--runs N] [--work DIR]

For each SIZE (default 10000) writes a registry with bench/generate.py --v11 and exports its
partners and actions to CSV once. Then, round by round and starting each round at a different
one, runs:
  - `validate` of the registry the import writes (the yardstick: 1.00);
  - `import --partners --actions --into` a fresh empty directory (10,000 rows of partners and
    their actions);
  - `export --table all -f xlsx` of the same registry, and `export --table all -f csv`;
and prints each one's median wall time and peak memory (max RSS), with the ratios to validate.
The targets: import and the XLSX export within 2x one validate, peak memory under 64 MiB at
10,000 partners.
"""
import os
import shutil
import subprocess
import sys

import side_by_side

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_OF = "2026-11-29"


def main():
    runs, work, args = side_by_side.options(sys.argv[1:], "gcsj-sheet-cost-")
    gcsj, sizes = args[0], [int(s) for s in args[1:]] or [10000]
    for size in sizes:
        registry = os.path.join(work, f"registry-{size}")
        if not os.path.isdir(registry):
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), str(size), registry, "--v11"],
                           check=True)
        partners, actions = os.path.join(work, f"partners-{size}.csv"), os.path.join(work, f"actions-{size}.csv")
        for table, out in (("partners", partners), ("actions", actions)):
            subprocess.run([gcsj, "export", registry, "--as-of", AS_OF, "--table", table, "-f", "csv", "-o", out],
                           check=True)
        imported = os.path.join(work, f"imported-{size}")
        target = os.path.join(work, f"target-{size}")
        shutil.rmtree(imported, ignore_errors=True)
        os.mkdir(imported)
        subprocess.run([gcsj, "import", "--partners", partners, "--actions", actions, "--into", imported,
                        "--as-of", AS_OF, "-q"], stdout=subprocess.DEVNULL)

        def fresh_target():
            shutil.rmtree(target, ignore_errors=True)
            os.mkdir(target)

        csv_dir = os.path.join(work, f"csv-{size}")
        cases = {
            "validate the imported registry": ([gcsj, "validate", "-q", "--no-config", "--as-of", AS_OF, imported],
                                               None),
            "import partners and actions": ([gcsj, "import", "--partners", partners, "--actions", actions,
                                             "--into", target, "--as-of", AS_OF, "-q"], fresh_target),
            "export --table all -f xlsx": ([gcsj, "export", imported, "--as-of", AS_OF, "--table", "all", "-f", "xlsx",
                                            "-o", os.path.join(work, f"all-{size}.xlsx")], None),
            "export --table all -f csv": ([gcsj, "export", imported, "--as-of", AS_OF, "--table", "all", "-f", "csv",
                                           "-o", csv_dir], None),
        }
        medians = side_by_side.interleaved(cases, runs)
        base_t = next(iter(medians.values()))[0]
        print(f"\n{size} partners, medians of {runs} interleaved rounds")
        print("| run | time | / validate | max RSS |")
        print("|---|---:|---:|---:|")
        for n, (t, m) in medians.items():
            print(f"| {n} | {t:.3f} s | {t / base_t:.2f} | {m:.0f} MiB |")


main()
