#!/usr/bin/env python3
"""The man page and the bash completion keep up with the command line.

Every subcommand, and every long option that `--help` shows for it, must appear in docs/gcsj.1,
and every value a `--format` accepts (the table of lib/render/validate/formats.cpp for validate, and lib/render/view_formats.cpp for the other views) on the
man page's line for it; the man page must render without groff warnings (when groff is
installed), and every rule must be named in the README. The completion script reads the command line's own help, so it is checked by
completing in a real bash: every subcommand, every option and every format.

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

commands = [["validate"], ["group", "seats"], ["group", "terms"], ["list", "partners"],
            ["list", "applications"], ["rules"],
            ["explain"], ["schema"], ["init"], ["report"], ["changes"], ["publish"], ["export"], ["import"], ["lsp"]]
helps = {}
for command in commands:
    help_text = subprocess.run([binary] + command + ["--help"], capture_output=True, text=True).stdout
    helps[" ".join(command)] = help_text
    for word in command:
        if word not in man:
            failures.append(f"man page lacks the command {word}")
    for option in sorted(set(re.findall(r"(--[a-z][a-z-]+)", help_text))):
        if option not in man:
            failures.append(f"man page lacks {' '.join(command)} {option}")

# The formats of `validate`, as its --help lists them, on the man page's --format line.
formats = re.search(r"--format TEXT:\{([^}]*)\}", helps["validate"]).group(1).split(",")
format_line = next((line for line in man.splitlines() if "--format" in line and "sarif" in line), "")
listed = format_line.split('"')[-2].strip().split("|") if format_line.count('"') >= 2 else []
if listed != formats:
    failures.append(f"man page's --format line {format_line!r} is not {'|'.join(formats)}")

# Every other view's formats, as its --help lists them (from its table), on its synopsis line of
# the man page (`.B gcsj group seats`, then `[-f text|json]`); and the kinds of `gcsj schema`.
synopsis = man.splitlines()
for command in (["group", "seats"], ["group", "terms"], ["group", "plan"], ["list", "partners"],
                ["list", "applications"],
                ["report"], ["changes"], ["rules"], ["export"]):
    name = " ".join(command)
    help_text = helps.get(name) or subprocess.run([binary] + command + ["--help"],
                                                  capture_output=True, text=True).stdout
    offered = re.search(r"--format TEXT:\{([^}]*)\}", help_text).group(1).split(",")
    lines = [synopsis[i + 1] for i, line in enumerate(synopsis[:-1]) if line == f".B gcsj {name}"]
    if not lines:
        failures.append(f"man page has no synopsis for gcsj {name}")
    for line in lines:
        written = re.search(r'-f "\s*([a-z|]+)\]', line)
        if not written or written.group(1).split("|") != offered:
            failures.append(f"man page's synopsis of gcsj {name} {line!r} does not offer "
                            f"-f {'|'.join(offered)}")
kinds = re.search(r"kind TEXT:\{([^}]*)\}", helps["schema"]).group(1).split(",")
schema_line = next((synopsis[i + 1] for i, line in enumerate(synopsis[:-1])
                    if line == ".B gcsj schema"), "")
if schema_line.removeprefix(".I ").split("|") != kinds:
    failures.append(f"man page's synopsis of gcsj schema {schema_line!r} is not {'|'.join(kinds)}")

# Every rule the catalogue holds is named in the README, so the table of rules by paragraph
# cannot fall behind the code.
readme = open(os.path.join(source, "README.md")).read()
rules_listing = subprocess.run([binary, "rules"], capture_output=True, text=True).stdout
for rule_id in re.findall(r"^([a-z][a-z0-9-]+) ", rules_listing, re.M):
    if f"`{rule_id}`" not in readme:
        failures.append(f"README does not name the rule {rule_id}")

if shutil.which("groff"):
    rendered = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", os.path.join(source, "docs/gcsj.1")],
                              capture_output=True, text=True)
    if rendered.stderr.strip():
        failures.append(f"groff warns: {rendered.stderr.strip()[:300]}")


def complete(line):
    words = line.split(" ")  # a trailing space completes a new, empty word
    script = (f"source {completion_path}; COMP_WORDS=({' '.join(repr(w) for w in words)}); "
              f"COMP_CWORD={len(words) - 1}; _gcsj; printf '%s\\n' \"${{COMPREPLY[@]}}\"")
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(binary)) + os.pathsep + os.environ["PATH"])
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env).stdout.splitlines()


cases = [("gcsj v", ["validate"]), ("gcsj validate -f s", ["sarif"]),
         ("gcsj group t", ["terms"]), ("gcsj explain ngo-a", ["ngo-accreditation"]),
         ("gcsj validate --fail", ["--fail-level"]), ("gcsj validate -f ", formats),
         ("gcsj list partners --status a", ["admitted", "applied"]),
         ("gcsj list applications --status ", ["applied", "declined"]),
         ("gcsj export --table ", ["partners", "actions", "group", "applications", "forum",
                                   "contacts", "all"]),
         ("gcsj list ", ["partners", "applications", "forum"]),
         ("gcsj export -f ", ["csv", "xlsx"]),
         ("gcsj export --region Arab", ["Arab States"])]
for command, help_text in helps.items():
    options = sorted(set(re.findall(r"(--[a-z][a-z-]+)", help_text)))
    cases.append((f"gcsj {command} --", options))
top = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
subcommands = re.findall(r"^  ([a-z][a-z-]*) ", top.split("Subcommands:")[1], re.M)
cases.append(("gcsj ", sorted(subcommands + ["--help", "--version"])))
for line, expected in cases:
    got = complete(line)
    if sorted(got) != sorted(expected):
        failures.append(f"completing {line!r}: {got} instead of {expected}")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(commands)} commands checked, {len(failures)} failures")
sys.exit(1 if failures else 0)
