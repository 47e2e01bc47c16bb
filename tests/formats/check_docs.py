#!/usr/bin/env python3
"""The man page and the bash completion keep up with the command line.

Every subcommand, and every long option that `--help` shows for it, must appear in docs/gcsj.1
and in completions/gcsj.bash; the man page must render without groff warnings (when groff is
installed); the completion script must complete subcommands and formats in a real bash.

Usage: check_docs.py GCSJ_BINARY SOURCE_DIR
"""
import os
import re
import shutil
import subprocess
import sys

binary, source = sys.argv[1], sys.argv[2]
man = open(os.path.join(source, "docs/gcsj.1")).read().replace("\\-", "-")
completion_path = os.path.join(source, "completions/gcsj.bash")
completion = open(completion_path).read()
failures = []

commands = [["validate"], ["group", "seats"], ["group", "terms"], ["list", "partners"], ["rules"],
            ["explain"], ["schema"], ["init"], ["report"], ["publish"]]
for command in commands:
    help_text = subprocess.run([binary] + command + ["--help"], capture_output=True, text=True).stdout
    for word in command:
        if word not in man:
            failures.append(f"man page lacks the command {word}")
    for option in sorted(set(re.findall(r"(--[a-z][a-z-]+)", help_text))):
        if option not in man:
            failures.append(f"man page lacks {' '.join(command)} {option}")
        if option != "--help" and option not in completion:
            failures.append(f"completion lacks {' '.join(command)} {option}")

if shutil.which("groff"):
    rendered = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", os.path.join(source, "docs/gcsj.1")],
                              capture_output=True, text=True)
    if rendered.stderr.strip():
        failures.append(f"groff warns: {rendered.stderr.strip()[:300]}")


def complete(line):
    words = line.split(" ")
    script = (f"source {completion_path}; COMP_WORDS=({' '.join(repr(w) for w in words)}); "
              f"COMP_CWORD={len(words) - 1}; _gcsj; printf '%s\\n' \"${{COMPREPLY[@]}}\"")
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(binary)) + os.pathsep + os.environ["PATH"])
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env).stdout.split()


for line, expected in [("gcsj v", ["validate"]), ("gcsj validate -f s", ["sarif"]),
                       ("gcsj group t", ["terms"]), ("gcsj explain ngo-a", ["ngo-accreditation"]),
                       ("gcsj validate --fail", ["--fail-level"])]:
    got = complete(line)
    if got != expected:
        failures.append(f"completing {line!r}: {got} instead of {expected}")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(commands)} commands checked, {len(failures)} failures")
sys.exit(1 if failures else 0)
