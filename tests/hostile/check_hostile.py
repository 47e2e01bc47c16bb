#!/usr/bin/env python3
"""Hostile input: files that have broken YAML tools before, each with the finding gcsj must give.

Each case is written to a fresh directory next to a small, valid-but-flawed partner file
(`witness.yaml`, whose `country: XX` gives a government-country finding). gcsj runs on the
directory under a time limit and a memory limit; it must exit 1 (findings) without a crash, report
the expected rule on the hostile file, and still report the witness's finding: one bad file loses
no finding about the others.

Usage: check_hostile.py GCSJ_BINARY
"""
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

binary = sys.argv[1]
TIME_LIMIT = 60             # seconds per case
MEMORY_LIMIT = 2 << 30      # bytes of address space (ASan builds need more; see the README)

WITNESS = """kind: partner
id: witness
name: Witness Government
category: government
status: applied
country: XX
adherence:
  declared: 2026-01-10
  advocate: true
  uphold: true
  contribute: true
  levels: [national]
actions:
  - title: A witness action
    domains: [protection]
"""


def nested(depth):
    return ("[" * depth + "]" * depth + "\n").encode()


def laughs():
    lines = ["kind: partner", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 10) + "]")
    return ("\n".join(lines) + "\n").encode()


def self_alias():
    return b"kind: partner\nid: &x [*x]\n"


def duplicate_keys_everywhere():
    text = WITNESS.replace("id: witness", "id: dup").replace("country: XX", "country: KE")
    text = text.replace("name: Witness Government", "name: A\nname: B")
    text = text.replace("  advocate: true", "  advocate: true\n  advocate: true")
    text = text.replace("    domains: [protection]", "    domains: [protection]\n    domains: [inequality]")
    return text.encode()


CASES = [
    # name, bytes (or a callable making them), rules that must be reported for the hostile file
    ("nesting-100000.yaml", lambda: nested(100_000), {"input-limit"}),
    ("billion-laughs.yaml", laughs, {"yaml-alias"}),
    ("self-alias.yaml", self_alias, {"yaml-alias"}),
    ("scalar-50mb.yaml", lambda: b"kind: partner\nname: " + b"x" * (50 << 20) + b"\n", {"missing-key"}),
    ("empty-documents-100000.yaml", lambda: b"---\n" * 100_000, {"empty-file"}),
    ("invalid-utf8.yaml", lambda: b"kind: partner\nname: caf\xe9\n", {"yaml-encoding"}),
    ("utf16-bom.yaml", lambda: "kind: partner\n".encode("utf-16"), {"yaml-encoding"}),
    ("nul-bytes.yaml", lambda: b"kind: partner\n\x00\x00\n", {"yaml-encoding"}),
    ("tabs.yaml", lambda: b"kind: partner\nadherence:\n\tdeclared: 2024-01-01\n", {"yaml-syntax"}),
    ("crlf.yaml", lambda: WITNESS.replace("id: witness", "id: crlf").replace("country: XX", "country: ZZ")
     .replace("\n", "\r\n").encode(), {"government-country"}),
    ("merge-keys.yaml", lambda: b"kind: partner\nbase: &b {name: x}\n<<: *b\n", {"yaml-merge-key"}),
    ("duplicate-keys.yaml", duplicate_keys_everywhere, {"duplicate-key"}),
    ("binary.yaml", lambda: bytes(range(256)) * 64, {"yaml-encoding"}),
    # yaml-cpp 0.7 accepts a double-quoted scalar left open at the end of the file (as text up to
    # the end); the document is then judged as it reads.
    ("unclosed-quote.yaml", lambda: b"kind: partner\nname: \"abc\nid: [x, {y: 'z\n", {"missing-key"}),
    ("stray-comma.yaml", lambda: b",", {"yaml-syntax"}),   # yaml-cpp 0.7 loops on it (its issue #1040)
    ("unclosed-flow.yaml", lambda: b"kind: partner\nid: [x, {y: z\n", {"yaml-syntax"}),
    ("huge-flow-list.yaml", lambda: b"kind: partner\nchampions: [" + b"a, " * 200_000 + b"b]\n",
     {"missing-key"}),
    ("many-keys.yaml", lambda: b"kind: partner\n" + b"".join(b"k%d: 1\n" % i for i in range(100_000)),
     {"unknown-key"}),
]


def limit():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


failures = []
for name, make, expected in CASES:
    directory = tempfile.mkdtemp(prefix="gcsj-hostile-")
    with open(os.path.join(directory, "witness.yaml"), "w") as f:
        f.write(WITNESS)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(make())
    started = time.monotonic()
    try:
        done = subprocess.run([binary, "validate", "--no-config", "--as-of", "2026-11-29", "-f", "json", directory],
                              capture_output=True, timeout=TIME_LIMIT, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        failures.append(f"{name}: no answer within {TIME_LIMIT} s")
        shutil.rmtree(directory)
        continue
    elapsed = time.monotonic() - started
    shutil.rmtree(directory)
    if done.returncode != 1:
        failures.append(f"{name}: exit {done.returncode}: {done.stderr.decode(errors='replace')[-400:]}")
        continue
    report = json.loads(done.stdout)
    found = {f["rule"] for f in report["findings"] if f["file"].endswith(name)}
    if not expected <= found:
        failures.append(f"{name}: expected {sorted(expected)}, found {sorted(found)}")
    witness = [f for f in report["findings"] if f["file"].endswith("witness.yaml")]
    if [f["rule"] for f in witness] != ["government-country"]:
        failures.append(f"{name}: the witness file's finding was lost: {witness}")
    print(f"{name}: exit 1 in {elapsed:.2f} s, {len(report['findings'])} findings")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(CASES)} hostile files checked, {len(failures)} failures")
sys.exit(1 if failures else 0)
