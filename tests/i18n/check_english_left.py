#!/usr/bin/env python3
"""No English left in the outputs for people of the commands issue 24 (item 9) translated.

For French and Spanish, runs the built binary as a reader would, and fails when one of the
English sentences these outputs used to print shows in them:
- `validate` in every format for people (text, markdown, github), alone and against a base
  version (`--base DIR`), with a configuration and its waivers;
- `explain` of every rule: no comment of a rule's YAML or CSV example (after `# `, on a line of
  its own or after a value) is left in English, unless it is a file's name;
- `publish` with one language: its summary, the applications it leaves aside, its warnings;
- `init --lang`: the files it tells it created and what to do next.
The errors that end a command (`gcsj: error: ...`) stay English by design (po/README.md) and are
not read. check_catalogues.py checks the views and the portal against the catalogue's originals;
this check also finds English that was never marked for translation.

Usage: check_english_left.py GCSJ_BINARY SOURCE_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

binary, source = sys.argv[1], sys.argv[2]
failures = []

# English these outputs printed before they were translated (and must not print again in fr/es).
ENGLISH = [
    "No configuration was applied.", "Configuration applied:", "fails the check",
    "No finding fails", "failing finding", "| severity |", "| files |", "### Findings",
    "What this change", "Compared with", "(hint:", "hint:", " introduced, ", "resolved:",
    "unchanged", "compared with the directory", "did not exist at", "more finding",
    "Published ", "Left aside", "created ", "Next: ", "the registry has", "On 2", "On 1",
]

BASE = ["tests/fixtures/base/renamed", "--base", "./tests/fixtures/base/before",
        "--as-of", "2025-06-01", "--no-config"]
RUNS = [
    ["validate", "examples/applications", "--as-of", "2026-11-29", "--no-config", "-f", "text"],
    ["validate", "examples/applications", "--as-of", "2026-11-29", "--no-config", "-f", "markdown"],
    ["validate", "examples/applications", "--as-of", "2026-11-29", "--no-config", "-f", "github"],
    ["validate", "tests/fixtures/configured", "--as-of", "2026-11-29", "-f", "markdown"],
    ["validate", "tests/fixtures/configured", "--as-of", "2026-11-29", "-f", "text"],
    ["validate"] + BASE + ["-f", "text"],
    ["validate"] + BASE + ["-f", "markdown"],
    ["validate"] + BASE + ["-f", "github"],
]


def run(argv, cwd=source):
    done = subprocess.run([binary] + argv, capture_output=True, text=True, cwd=cwd)
    # Errors are English by design: their lines are left out.
    err = "\n".join(l for l in done.stderr.splitlines() if not l.startswith("gcsj: error:"))
    return done.returncode, done.stdout + "\n" + err


def english_left(where, text):
    for english in ENGLISH:
        if english in text:
            line = next(l for l in text.splitlines() if english in l)
            failures.append(f"{where}: English left, {english!r}: {line[:160]!r}")


def example_comments(example):
    """The comments of an example (po/update.py's example_comment), files' names left out."""
    found = []
    for line in example.splitlines():
        if line.lstrip(" ").startswith("# "):
            comment = line.lstrip(" ")[2:].strip()
        elif " # " in line:
            comment = line[line.find(" # ") + 3:].strip()
        else:
            continue
        if " " in comment:
            found.append(comment)
    return found


scratch = tempfile.mkdtemp(prefix="gcsj-english-left-")
try:
    listed = subprocess.run([binary, "rules", "-f", "json", "--lang", "en"], capture_output=True,
                            text=True, cwd=source)
    rules = json.loads(listed.stdout or "[]")
    if len(rules) < 50:
        failures.append(f"gcsj rules -f json lists {len(rules)} rules")
    for language in ("fr", "es"):
        for argv in RUNS:
            status, text = run(argv + ["--lang", language])
            if status not in (0, 1):
                failures.append(f"{' '.join(argv)} --lang {language}: exit {status}")
            english_left(f"{' '.join(argv)} --lang {language}", text)

        for rule in rules:
            status, text = run(["explain", rule["id"], "--lang", language])
            if status != 0:
                failures.append(f"explain {rule['id']} --lang {language}: exit {status}")
            english_left(f"explain {rule['id']} --lang {language}", text)
            for comment in example_comments(rule["passing"] + "\n" + rule["failing"]):
                if re.search(r"#\s+" + re.escape(comment) + r"\s*$", text, re.M):
                    failures.append(f"explain {rule['id']} --lang {language}: the example's "
                                    f"comment is left in English: {comment!r}")

        site = os.path.join(scratch, "site-" + language)
        _, text = run(["publish", "tests/fixtures/declined/wrong", "--out", site, "--as-of",
                       "2026-11-29", "--lang", language, "-j", "1"])
        english_left(f"publish --lang {language}", text)
        _, text = run(["publish", "tests/fixtures/broken", "--out", site + "-broken", "--as-of",
                       "2026-11-29", "--lang", language, "--allow-errors", "-j", "1"])
        english_left(f"publish --allow-errors --lang {language}", text)

        status, text = run(["init", os.path.join(scratch, "init-" + language), "--lang", language])
        if status != 0:
            failures.append(f"init --lang {language}: exit {status}")
        english_left(f"init --lang {language}", text)
finally:
    shutil.rmtree(scratch, ignore_errors=True)

for failure in failures[:100]:
    print("FAIL:", failure)
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
