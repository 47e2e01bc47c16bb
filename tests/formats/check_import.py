#!/usr/bin/env python3
"""`gcsj import`: never lose data, never write outside the target, and a round trip (issue 23).

  1. Hostile spreadsheets: ids that are paths (`../evil`, `/etc/passwd`, `..`), upper case,
     a file that exists in another letter case, a NUL byte: nothing is written outside DIR, no
     existing file changes, and `partners/` as a symbolic link ends the run (exit 2) with nothing
     written through it.
  2. The files written are judged as the import judged them: `gcsj validate DIR` gives the same
     findings (rule and message) as the import gave at the CSV cells, but for the import's own
     rules; a second import of the same files into another directory writes the same bytes.
  3. With `gcsj export` (issue 23, item 1): the example registry exported (partners, actions and
     focal points, --private),
     imported into an empty directory, validated: the same findings as the registry's; exported
     again and imported into another empty directory: the same bytes.

Usage: check_import.py GCSJ_BINARY SOURCE_DIR
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

binary, source = sys.argv[1], sys.argv[2]
failures = []
AS_OF = "2026-11-29"


def run(*args, cwd=None):
    return subprocess.run([binary, *args], capture_output=True, cwd=cwd or source)


def tree(root):
    """Every path below root with its bytes (links as their target)."""
    out = {}
    for directory, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(directory, name)
            rel = os.path.relpath(path, root)
            if os.path.islink(path):
                out[rel] = "link:" + os.readlink(path)
            elif os.path.isfile(path):
                out[rel] = open(path, "rb").read()
    return out


def findings(completed, partners_only=False):
    """(rule, message) of each finding; with partners_only, of those in partners' files only (an
    export holds no Coordinating Group, whose file's findings a round trip cannot keep)."""
    report = json.loads(completed.stdout)
    return collections.Counter((f["rule"], f["message_en"]) for f in report["findings"]
                               if not partners_only or f["file"].endswith(".csv")
                               or os.sep + "partners" + os.sep in f["file"])


IMPORT_RULES = ("csv-", "import-")

# 1. Hostile spreadsheets.
with tempfile.TemporaryDirectory() as scratch:
    target = os.path.join(scratch, "registry")
    os.makedirs(os.path.join(target, "partners"))
    mine = b"kind: partner\nid: acme\nname: Mine\ncategory: ngo\nstatus: applied\napplied: 2025-01-01\n"
    open(os.path.join(target, "partners", "Acme.yaml"), "wb").write(mine)
    csv = os.path.join(scratch, "partners.csv")
    open(csv, "w").write(
        "id,name,category,status,applied\n"
        "../evil,Evil,ngo,applied,2025-01-01\n"
        "/etc/passwd,Root,ngo,applied,2025-01-01\n"
        "..,Dots,ngo,applied,2025-01-01\n"
        "Upper,Upper,ngo,applied,2025-01-01\n"
        "acme,Theirs,ngo,applied,2025-01-01\n"
        "fine,Fine,ngo,applied,2025-01-01\n")
    before = tree(scratch)
    done = run("import", "--partners", csv, "--into", target, "--as-of", AS_OF, "-f", "json")
    after = tree(scratch)
    if done.returncode != 1:
        failures.append(f"hostile ids: exit {done.returncode}, not 1: {done.stderr!r}")
    added = sorted(set(after) - set(before))
    if added != [os.path.join("registry", "partners", "fine.yaml")]:
        failures.append(f"hostile ids: files added {added}, not registry/partners/fine.yaml only")
    changed = [p for p in before if after.get(p) != before[p]]
    if changed:
        failures.append(f"hostile ids: existing files changed: {changed}")
    rules = collections.Counter(rule for rule, _ in findings(done))
    if rules["import-unsafe-id"] != 4 or rules["import-id-exists"] != 1:
        failures.append(f"hostile ids: findings {dict(rules)}")

    # A NUL byte: the file cannot be read whole, nothing is written.
    open(csv, "wb").write(b"id,name\nnew-one,New\nbad,Ba\0d\n")
    before = tree(scratch)
    done = run("import", "--partners", csv, "--into", target, "--as-of", AS_OF)
    if tree(scratch) != before:
        failures.append("a NUL byte: something was written")
    if b"csv-syntax" not in done.stdout:
        failures.append(f"a NUL byte: no csv-syntax finding: {done.stdout!r}")

    # partners/ a link to a directory outside: exit 2, nothing written there.
    outside = os.path.join(scratch, "outside")
    os.makedirs(outside)
    linked = os.path.join(scratch, "linked")
    os.makedirs(linked)
    os.symlink(outside, os.path.join(linked, "partners"))
    open(csv, "w").write("id,name,category,status,applied\nnew-one,New,ngo,applied,2025-01-01\n")
    done = run("import", "--partners", csv, "--into", linked, "--as-of", AS_OF)
    if done.returncode != 2 or os.listdir(outside):
        failures.append(f"partners/ a link: exit {done.returncode}, outside holds {os.listdir(outside)}")

# 2. The import's findings are validate's; a second import writes the same bytes.
fixtures = os.path.join(source, "tests", "fixtures", "import")
with tempfile.TemporaryDirectory() as scratch:
    first, second = os.path.join(scratch, "first"), os.path.join(scratch, "second")
    os.makedirs(first)
    os.makedirs(second)
    args = ["--partners", os.path.join(fixtures, "partners.csv"),
            "--actions", os.path.join(fixtures, "actions.csv"), "--as-of", AS_OF, "--no-config",
            "-f", "json"]
    imported = run("import", *args, "--into", first)
    run("import", *args, "--into", second)
    if tree(first) != tree(second):
        failures.append("two imports of the same files wrote different bytes")
    validated = run("validate", first, "--as-of", AS_OF, "--no-config", "-f", "json")
    ours = collections.Counter({k: n for k, n in findings(imported).items()
                                if not k[0].startswith(IMPORT_RULES)})
    theirs = findings(validated)
    if ours != theirs:
        failures.append(f"import and validate disagree: import only {dict(ours - theirs)}, "
                        f"validate only {dict(theirs - ours)}")

# 3. The round trip through gcsj export.
if run("export", "--help").returncode == 0:
    registry = os.path.join(source, "examples", "registry")
    with tempfile.TemporaryDirectory() as scratch:
        def cycle(path, name):
            files = {table: os.path.join(scratch, f"{name}-{table}.csv")
                     for table in ("partners", "actions", "contacts")}
            for table, out in files.items():
                # --private: every field, the focal points and `contact` and `decision` too.
                done = run("export", path, "--table", table, "-f", "csv", "-o", out,
                           "--as-of", AS_OF, "--private")
                if done.returncode != 0:
                    failures.append(f"export {table} of {path}: exit {done.returncode}: {done.stderr!r}")
            into = os.path.join(scratch, name)
            os.makedirs(into)
            done = run("import", "--partners", files["partners"], "--actions", files["actions"],
                       "--contacts", files["contacts"], "--into", into, "--as-of", AS_OF, "-f", "json")
            return into, done

        one, imported = cycle(registry, "one")
        expected = findings(run("validate", registry, "--as-of", AS_OF, "-f", "json"), True)
        got = findings(run("validate", one, "--as-of", AS_OF, "-f", "json"), True)
        if got != expected:
            failures.append(f"round trip: validate differs: lost {dict(expected - got)}, "
                            f"new {dict(got - expected)}")
        at_cells = collections.Counter({k: n for k, n in findings(imported).items()
                                        if not k[0].startswith(IMPORT_RULES)})
        if at_cells != got:
            failures.append(f"round trip: the import's findings differ from validate's: "
                            f"{dict(at_cells - got)} / {dict(got - at_cells)}")
        two, _ = cycle(one, "two")
        if tree(one) != tree(two):
            differ = [p for p in set(tree(one)) | set(tree(two)) if tree(one).get(p) != tree(two).get(p)]
            failures.append(f"round trip: a second cycle changed {sorted(differ)[:5]}")
else:
    print("gcsj export is not built: the round trip through export is not checked")

# 4. What gcsj would refuse to read is never written: a row whose cell is larger than a document may
#    be (input-limit) is not written, the others are; an empty partners file is a finding, not a
#    silent success.
with tempfile.TemporaryDirectory() as work:
    big = os.path.join(work, "big.csv")
    with open(big, "w", encoding="utf-8") as f:
        f.write("id,name,category,status\n")
        f.write('big,"' + "x" * (16 * 1024 * 1024) + '",ngo,applied\n')
        f.write("small,Small,ngo,applied\n")
    target = os.path.join(work, "target")
    os.mkdir(target)
    done = run("import", "--partners", big, "--into", target, "--as-of", AS_OF, "-f", "json")
    written = sorted(os.listdir(os.path.join(target, "partners")))
    if written != ["small.yaml"]:
        failures.append(f"a row over the input limit: written {written}, expected only small.yaml")
    if "input-limit" not in done.stdout.decode():
        failures.append("a row over the input limit: no input-limit finding")
    empty = os.path.join(work, "empty.csv")
    open(empty, "w").close()
    done = run("import", "--partners", empty, "--into", target, "--dry-run", "--as-of", AS_OF)
    if done.returncode != 1 or b"csv-column" not in done.stdout:
        failures.append(f"an empty partners file: exit {done.returncode}, {done.stdout[:200]!r}")

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
