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
import stat
import subprocess
import sys
import tempfile
import time

binary = None
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
    # a document of more than 15 MiB is refused unread: yaml-cpp would hold it several times over
    ("scalar-50mb.yaml", lambda: b"kind: partner\nname: " + b"x" * (50 << 20) + b"\n", {"input-limit"}),
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
    # the end); gcsj checks the closing quote itself and reports the opening one.
    ("unclosed-quote.yaml", lambda: b"kind: partner\nname: \"abc\nid: [x, {y: 'z\n", {"yaml-syntax"}),
    ("stray-comma.yaml", lambda: b",", {"yaml-syntax"}),   # yaml-cpp 0.7 loops on it (its issue #1040)
    ("unclosed-flow.yaml", lambda: b"kind: partner\nid: [x, {y: z\n", {"yaml-syntax"}),
    # yaml-cpp 0.7 reads to the end of its input before failing on each; every one is reported
    ("unclosed-flow-100000.yaml",
     lambda: b"".join(b"---\nkind: partner\nid: [x%d\n" % i for i in range(100_000)), {"yaml-syntax"}),
    ("huge-flow-list.yaml", lambda: b"kind: partner\nchampions: [" + b"a, " * 200_000 + b"b]\n",
     {"missing-key"}),
    ("many-keys.yaml", lambda: b"kind: partner\n" + b"".join(b"k%d: 1\n" % i for i in range(100_000)),
     {"unknown-key"}),
    ("duplicate-key-100000.yaml", lambda: b"kind: partner\n" + b"name: x\n" * 100_000, {"duplicate-key"}),
    ("flow-mapping-nesting.yaml", lambda: b"kind: partner\nid: " + b"{a: " * 50_000 + b"1" + b"}" * 50_000 + b"\n",
     {"input-limit"}),
    ("block-nesting.yaml", lambda: b"".join(b" " * i + b"a:\n" for i in range(3_000)), {"input-limit"}),
    # yaml-cpp allows an implicit key of at most 1,024 characters (as YAML does)
    ("long-key.yaml", lambda: b"kind: partner\n" + b"k" * (4 << 20) + b": 1\n", {"yaml-syntax"}),
    ("comment-lines.yaml", lambda: b"# a comment\n" * 1_000_000 + b"kind: partner\n", {"missing-key"}),
    ("tags.yaml", lambda: b"kind: partner\nname: !!binary aGVsbG8=\nid: !local x\n" * 1, {"yaml-tag"}),
    ("control-character.yaml", lambda: b"kind: partner\nid: a\x01b\n", {"yaml-encoding"}),
    # Findings without end: memory is bounded by the input, not by the number of findings (at
    # most 1,000 of one rule in one file are kept, and one finding says how many more there were;
    # at most 200,000 partner documents of one file are read).
    ("bare-partners-700000.yaml", lambda: b"---\nkind: partner\n" * 700_000,
     {"missing-key", "input-limit"}),
    ("with-200000.yaml", lambda: b"kind: partner\nid: w\nactions:\n  - title: t\n    domains: "
     b"[protection]\n    with: [" + b", ".join(b"p%d" % i for i in range(200_000)) + b"]\n",
     {"action-with-partner"}),
    # more values than one document may hold (250,000): refused unread, at any cost a byte
    ("with-1000000.yaml", lambda: b"kind: partner\nid: w\nactions:\n  - title: t\n    domains: "
     b"[protection]\n    with: [" + b", ".join(b"p%d" % i for i in range(1_000_000)) + b"]\n",
     {"input-limit"}),
    ("empty-actions-1000000.yaml", lambda: b"kind: partner\nid: w\nactions: [" + b"{}," * 1_000_000 + b"{}]\n",
     {"input-limit"}),
    ("yaml-escapes.yaml", lambda: b'kind: partner\nid: w\nname: "next\\N line\\_ space"\n',
     {"missing-key"}),
    ("c1-control.yaml", lambda: "kind: partner\nid: a\u009b31mb\n".encode(), {"yaml-encoding"}),
    ("lone-carriage-return.yaml", lambda: b"kind: partner\rid: x\r", {"yaml-encoding"}),
    # Valid YAML: escapes put terminal controls into a value, which the messages quote.
    ("escape-injection.yaml", lambda: b'kind: partner\nid: "x\\e[2J\\e]0;owned\\a\\u202Ey"\n',
     {"partner-id-format"}),
]


def fifo(path):
    os.mkfifo(path)


def device_link(path):
    os.symlink("/dev/zero", path)


def secret_link(path):
    """A link a pull request could add to make gcsj print the checkout's credentials."""
    secret = os.path.join(os.path.dirname(path), "..", "gcsj-hostile-secret.txt")
    with open(secret, "w") as f:
        f.write("[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n")
    os.symlink(secret, path)


def device(path):
    """A character device like /dev/zero, made where the test can (as root)."""
    try:
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    except OSError:
        return False  # not root: the case is skipped
    return True


# Special files, in the directory walked and also named on the command line (a pipe named there
# is read, and one nobody writes to reads as empty; a device is refused unread; a symbolic link is
# reported, never followed, so its target is neither read nor printed).
SPECIAL = [
    ("pipe.yaml", fifo, {"unreadable-file"}, {"empty-file"}),
    ("zero.yaml", device_link, {"symlink-skipped"}, {"symlink-skipped"}),
    ("secret.yaml", secret_link, {"symlink-skipped"}, {"symlink-skipped"}),
    ("device.yaml", device, {"unreadable-file"}, {"unreadable-file"}),
]


def limit():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(name, args, expected):
    """Runs gcsj on args, as JSON and as text; checks the findings about `name` and the witness."""
    started = time.monotonic()
    outputs = {}
    for output in ("json", "text"):
        try:
            outputs[output] = subprocess.run(
                [binary, "validate", "--no-config", "--as-of", "2026-11-29", "-f", output] + args,
                capture_output=True, timeout=TIME_LIMIT, preexec_fn=limit)
        except subprocess.TimeoutExpired:
            failures.append(f"{name} ({output}): no answer within {TIME_LIMIT} s")
            return
        done = outputs[output]
        if done.returncode != 1:
            failures.append(f"{name} ({output}): exit {done.returncode}: "
                            f"{done.stderr.decode(errors='replace')[-400:]}")
            return
    elapsed = time.monotonic() - started
    # No byte a terminal acts on reaches it: C0 controls but tab and line feed, DEL, C1 controls.
    text = outputs["text"].stdout.decode(errors="replace")
    for output in outputs.values():
        if b"c2VjcmV0LXRva2Vu" in output.stdout + output.stderr:
            failures.append(f"{name}: a secret outside the registry reached the output")
    controls = [c for c in text if (ord(c) < 0x20 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F]
    if controls:
        failures.append(f"{name}: the text output holds control characters {sorted(set(controls))}")
    report = json.loads(outputs["json"].stdout)
    found = {f["rule"] for f in report["findings"] if f["file"].endswith(name)}
    if not expected <= found:
        failures.append(f"{name}: expected {sorted(expected)}, found {sorted(found)}")
    witness = [f for f in report["findings"] if f["file"].endswith("witness.yaml")]
    if [f["rule"] for f in witness] != ["government-country"]:
        failures.append(f"{name}: the witness file's finding was lost: {witness}")
    print(f"{name}: exit 1 in {elapsed:.2f} s (JSON and text), {len(report['findings'])} findings")


def fresh_directory():
    directory = tempfile.mkdtemp(prefix="gcsj-hostile-")
    with open(os.path.join(directory, "witness.yaml"), "w") as f:
        f.write(WITNESS)
    return directory


def main():
    for name, make, expected in CASES:
        directory = fresh_directory()
        with open(os.path.join(directory, name), "wb") as f:
            f.write(make())
        run(name, [directory], expected)
        shutil.rmtree(directory)

    for name, create, in_directory, named in SPECIAL:
        directory = fresh_directory()
        if create(os.path.join(directory, name)) is False:
            print(f"{name}: skipped (cannot be made here)")
            shutil.rmtree(directory)
            continue
        run(name, [directory], in_directory)
        run(name, [os.path.join(directory, "witness.yaml"), os.path.join(directory, name)], named)
        shutil.rmtree(directory)

    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(CASES) + len(SPECIAL)} hostile files checked, {len(failures)} failures")
    return 1 if failures else 0


failures = []
if __name__ == "__main__":
    binary = sys.argv[1]
    sys.exit(main())
