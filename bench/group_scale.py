#!/usr/bin/env python3
"""Times the views of the Coordinating Group on Groups of many members (issue 20, item 9).

    bench/group_scale.py [SIZES...]          (default: 1000 2000 4000 8000 members)
    bench/group_scale.py --write N DIR       (only writes the registry of N members into DIR)

Each registry holds N partners (`partners.yaml`) and a Group of N members beside them
(`coordinating-group.yaml`), every member the delegate of one partner, in every kind of seat and
region, with terms that start on N different days (a first term, most of them renewed), so that
terms end on many different days within the plan's horizon and a partner withdraws now and then.
For each size, `RUNS` interleaved rounds (default 3) time `group plan`, `group seats`,
`group terms`, `changes`, `report` and, for reference, `validate`; the table shows the median wall
time and the ratio to the size half as large: about 2 for a linear command, 4 for a quadratic one.
Exits 1 when a command's ratio per doubling exceeds 3 (from 2,000 members on).

GCSJ (default build/cli/gcsj) names the binary.
"""
import datetime
import os
import shutil
import statistics
import sys
import tempfile

import side_by_side

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_OF = "2026-01-15"
SEATS = [  # (seat, partner category and keys, nominator)
    ("government", "government", "government-group"),
    ("employers", "employers-organization", "employers-group"),
    ("workers", "workers-organization", "workers-group"),
    ("ngo", "ngo", "director-general"),
    ("academic", "academic", "director-general"),
]
REGIONS = ["africa", "americas", "asia-pacific", "europe"]
COUNTRIES = ["KE", "BR", "ID", "FR", "NG", "MX", "PH", "DE"]
CATEGORY_KEYS = {
    "government": lambda k: [f"country: {COUNTRIES[k % len(COUNTRIES)]}"],
    "employers-organization": lambda k: ["scope: international"],
    "workers-organization": lambda k: ["scope: international"],
    "ngo": lambda k: ["international: true", "accreditation: {ecosoc: special}"],
    "academic": lambda k: ["ilo_partnership: Research agreement"],
}


def write(n, directory):
    """Writes a registry of n partners and a Group of n members (plus the Director-General)."""
    os.makedirs(directory, exist_ok=True)
    start0 = datetime.date(2024, 6, 1)
    partners = []
    group = ["kind: coordinating-group", "established: 2024-06-01",
             "government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3}", "members:",
             "  - name: The Director-General", "    seat: director-general", "    since: 2022-10-01"]
    for k in range(n):
        seat, category, nominator = SEATS[k % len(SEATS)]
        pid = f"p-{k:06d}"
        withdrawn = k % 97 == 5
        partner = ["kind: partner", f"id: {pid}", f"name: Partner {k}", f"category: {category}",
                   "status: withdrawn" if withdrawn else "status: admitted", "admitted: 2024-05-01"]
        if withdrawn:
            partner.append(f"withdrawn: {start0 + datetime.timedelta(days=300 + k % 600)}")
        partner += CATEGORY_KEYS[category](k)
        partner += ["adherence:", "  declared: 2024-04-01", "  advocate: true", "  uphold: true",
                    "  contribute: true", "  levels: [global]"]
        partners.append("---\n" + "\n".join(partner) + "\n")
        start = start0 + datetime.timedelta(days=k % 700)
        group += [f"  - name: Member {k:06d}", f"    partner: {pid}", f"    seat: {seat}"]
        if seat == "government":
            group.append(f"    region: {REGIONS[(k // len(SEATS)) % len(REGIONS)]}")
        if k % 1000 == 0:
            group.append("    role: co-chair" if k % 2000 == 0 else "    role: vice-chair")
        group += [f"    gender: {'woman' if k % 2 else 'man'}", "    terms:",
                  f"      - {{start: {start}, nominated_by: {nominator}}}"]
        if k % 3:
            group.append(f"      - {{start: {start.replace(year=start.year + 2) if not (start.month == 2 and start.day == 29) else start + datetime.timedelta(days=731)}, nominated_by: {nominator}}}")
    with open(os.path.join(directory, "partners.yaml"), "w") as f:
        f.writelines(partners)
    with open(os.path.join(directory, "coordinating-group.yaml"), "w") as f:
        f.write("\n".join(group) + "\n")


def commands(binary, directory):
    return [
        ("group plan", [binary, "group", "plan", directory, "--as-of", AS_OF]),
        ("group seats", [binary, "group", "seats", directory, "--as-of", AS_OF]),
        ("group terms", [binary, "group", "terms", directory, "--as-of", AS_OF]),
        ("changes", [binary, "changes", directory, "--from", "2024-01-01", "--to", AS_OF]),
        ("report", [binary, "report", directory, "--as-of", AS_OF, "--since", "2024-01-01"]),
        ("validate", [binary, "validate", "--no-config", "--as-of", AS_OF, directory]),
    ]


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--write":
        write(int(sys.argv[2]), sys.argv[3])
        return 0
    binary = os.path.abspath(os.environ.get("GCSJ", os.path.join(ROOT, "build/cli/gcsj")))
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 2000, 4000, 8000]
    runs = int(os.environ.get("RUNS", "3"))
    work = tempfile.mkdtemp(prefix="gcsj-group-scale-")
    try:
        for n in sizes:
            write(n, os.path.join(work, str(n)))
        names = [name for name, _ in commands(binary, work)]
        times = {(name, n): [] for name in names for n in sizes}
        for n in sizes:  # one untimed run each
            for _, argv in commands(binary, os.path.join(work, str(n))):
                side_by_side.timed(argv)
        for r in range(runs):  # interleaved rounds, each starting at another command
            for n in sizes:
                cmds = commands(binary, os.path.join(work, str(n)))
                cmds = cmds[r % len(cmds):] + cmds[:r % len(cmds)]
                for name, argv in cmds:
                    times[(name, n)].append(side_by_side.timed(argv)[0])
    finally:
        shutil.rmtree(work)
    print(f"| command | {' | '.join(f'{n:,} members' for n in sizes)} | ratio per doubling |")
    print(f"|---|{'---:|' * len(sizes)}---|")
    failed = 0
    for name in names:
        medians = [statistics.median(times[(name, n)]) for n in sizes]
        ratios = [b / a for a, b in zip(medians, medians[1:])]
        bad = [r for n, r in zip(sizes[1:], ratios) if n >= 2000 and r > 3]
        failed += bool(bad) and name != "validate"
        print(f"| {name} | {' | '.join(f'{m:.3f} s' for m in medians)} | "
              f"{' / '.join(f'{r:.2f}' for r in ratios)}{' **quadratic**' if bad else ''} |")
    print(f"\n{runs} interleaved rounds, medians; {binary}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
