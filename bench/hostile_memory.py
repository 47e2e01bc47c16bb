#!/usr/bin/env python3
"""Peak memory of gcsj on every hostile file of the corpus (tests/hostile/check_hostile.py), on
an endless standard input, and on documents as large as the limits admit, against the bound of
256 MiB.

    bench/hostile_memory.py [GCSJ_BINARY]      (default: build/cli/gcsj)
    bench/hostile_memory.py --large [GCSJ_BINARY]   (only the documents at the limits)

Each file is validated alone in a fresh directory beside the witness partner, in JSON (the format
that keeps every finding's text); the peak resident memory comes from /usr/bin/time. The large
documents (issue 20, item 8: a partner of 220,000 actions just under the 15 MiB document limit,
four of them, Groups of many members, documents just under the node limit in the shapes that cost
the most a byte) are validated with --jobs 1, 4 and 16: the bound holds on any number of threads.
Prints Markdown tables and exits 1 when a run goes over the bound.
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
MIB = 1 << 20
DOCUMENT_LIMIT = 15 * MIB  # a piece of more than 16 MiB is refused unread (registry_loader.cpp)
NODE_LIMIT = 250_000  # kMaxDocumentNodes (load/document_parser.hpp)
PARTNER_HEAD = ("kind: partner\nid: {id}\nname: Partner {id}\ncategory: ngo\nstatus: admitted\n"
                "admitted: 2024-05-01\ninternational: true\naccreditation: {{ecosoc: special}}\n"
                "adherence:\n  declared: 2024-04-01\n  advocate: true\n  uphold: true\n"
                "  contribute: true\n  levels: [global]\n")


def actions_partner(pid, size=DOCUMENT_LIMIT - 64 * 1024):
    """One partner of as many real-looking actions as fit in `size` bytes (220,000 in 15 MiB)."""
    parts = [PARTNER_HEAD.format(id=pid), "actions:\n"]
    total = sum(map(len, parts))
    i = 0
    while True:
        action = f"  - title: Action {i:06d}\n    domains: [employment]\n    status: ongoing\n"
        if total + len(action) > size:
            break
        parts.append(action)
        total += len(action)
        i += 1
    return "".join(parts).encode()


def empty_actions_partner(pid, count):
    """The shape that costs the most a byte: `{}` actions, three bytes a tree node and an action."""
    return (PARTNER_HEAD.format(id=pid) + "actions: [" + "{}," * (count - 1) + "{}]\n").encode()


def scalar_list_partner(pid, count):
    """A list of one-letter values: two bytes a tree node and a located string."""
    return (PARTNER_HEAD.format(id=pid) + "actions:\n  - title: t\n    countries: [" +
            "a," * (count - 1) + "a]\n").encode()


def group(members):
    """A Coordinating Group of `members` members (about 25 nodes and 230 bytes each)."""
    lines = ["kind: coordinating-group", "established: 2024-06-01", "members:"]
    for k in range(members):
        lines += [f"  - name: Member {k:07d}", f"    partner: p-{k:07d}", "    seat: employers",
                  "    level: ministerial", f"    gender: {'woman' if k % 2 else 'man'}", "    terms:",
                  "      - {start: 2024-06-01, nominated_by: employers-group}",
                  "      - {start: 2026-06-01, nominated_by: employers-group}"]
    return ("\n".join(lines) + "\n").encode()


def empty_members_group(count):
    """A Group of `{}` members: a tree node and a member each."""
    return (b"kind: coordinating-group\nestablished: 2024-06-01\nmembers: [" + b"{}," * (count - 1) +
            b"{}]\n")


def many_documents(make, count):
    return b"".join(b"---\n" + make(f"p{k}") for k in range(count))


# (name, files {name: bytes}, jobs): documents as large as the limits admit.
LARGE = [
    ("a partner of 220,000 actions, just under 15 MiB", lambda: {"big.yaml": actions_partner("big")},
     [1, 4, 16]),
    ("four such partners, one a file", lambda: {f"big{k}.yaml": actions_partner(f"big{k}") for k in range(4)},
     [1, 4, 16]),
    ("a partner of 31,000 actions, just under the node limit",
     lambda: {"big.yaml": actions_partner("big", 31_000 * 74)}, [1, 4, 16]),
    ("a partner of `{}` actions, just under the node limit",
     lambda: {"big.yaml": empty_actions_partner("big", NODE_LIMIT - 100)}, [1]),
    ("16 files, each such a partner", lambda: {f"big{k}.yaml": empty_actions_partner(f"big{k}", NODE_LIMIT - 100)
                                              for k in range(16)}, [16]),
    ("a file of 64 such partners (48 MiB)",
     lambda: {"many.yaml": many_documents(lambda p: empty_actions_partner(p, NODE_LIMIT - 100), 64)}, [1, 16]),
    ("a partner of a list of `a`, just under the node limit",
     lambda: {"big.yaml": scalar_list_partner("big", NODE_LIMIT - 100)}, [1, 16]),
    ("a Group of `{}` members, just under the node limit",
     lambda: {"group.yaml": empty_members_group(NODE_LIMIT - 100)}, [1, 16]),
    ("a Group of 9,500 members, just under the node limit", lambda: {"group.yaml": group(9_500)}, [1, 16]),
    ("a Group of 60,000 members (14 MiB)", lambda: {"group.yaml": group(60_000)}, [1, 16]),
]


def peak(argv, stdin=subprocess.DEVNULL):
    """(peak MiB, exit status) of one run of argv, by /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r") as report:
        done = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%M"] + argv,
                              stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        fields = report.read().split()
    kib = int(fields[-1]) if fields and fields[-1].isdigit() else None
    return (None if kib is None else kib / 1024), done.returncode


def large(gcsj):
    """Rows (case, MiB of files, jobs, peak MiB, exit) of the documents at the limits."""
    rows = []
    for name, make, jobs_list in LARGE:
        directory = tempfile.mkdtemp(prefix="gcsj-large-memory-")
        try:
            size = 0
            for file_name, content in make().items():
                with open(os.path.join(directory, file_name), "wb") as f:
                    f.write(content)
                size += len(content)
            for jobs in jobs_list:
                mib, status = peak(gcsj + ["--jobs", str(jobs), directory])
                rows.append((name, size, jobs, mib, status))
        finally:
            shutil.rmtree(directory)
    return rows


def print_large(rows):
    print(f"| documents at the limits | size | jobs | peak MiB | exit | under {BOUND_MIB} MiB |")
    print("|---|---:|---:|---:|---:|---|")
    over = 0
    for name, size, jobs, mib, status in rows:
        ok = mib is not None and mib < BOUND_MIB
        over += not ok
        print(f"| {name} | {size / MIB:.1f} MiB | {jobs} | {'n/a' if mib is None else f'{mib:.1f}'} | "
              f"{status} | {'yes' if ok else '**no**'} |")
    print(f"\n{len(rows)} runs, {over} over {BOUND_MIB} MiB")
    return over


def main():
    args = [a for a in sys.argv[1:] if a != "--large"]
    binary = os.path.abspath(args[0] if args else os.path.join(ROOT, "build/cli/gcsj"))
    gcsj = [binary, "validate", "--no-config", "--as-of", "2026-11-29", "-f", "json"]
    if "--large" in sys.argv:
        return 1 if print_large(large(gcsj)) else 0
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
    print(f"\n{len(rows)} runs, {over} over {BOUND_MIB} MiB\n")
    over += print_large(large(gcsj))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
