#!/usr/bin/env python3
"""Every console example of the README is what the binary prints.

    check_readme_examples.py GCSJ_BINARY SOURCE_DIR [--update]

Each ```console block holds `$ COMMAND` lines, each followed by its output. COMMAND is run from
SOURCE_DIR with `gcsj` (or `build/cli/gcsj`) replaced by GCSJ_BINARY; a command that gives no
`--as-of` is judged on 2026-11-29, the date the examples were written on. The output shown must be
the beginning of what the command prints, line for line; a line `...` stands for lines left
out, and the lines after it must end the output.
With --update, the README's examples are rewritten with what the binary prints (as many lines as
were shown); review the diff.
"""
import os
import re
import shlex
import subprocess
import sys

binary, source = os.path.abspath(sys.argv[1]), sys.argv[2]
update = "--update" in sys.argv[3:]
readme = open(os.path.join(source, "README.md"), encoding="utf-8").read()
updated = readme
WRITTEN_ON = "2026-11-29"
DATED = {"validate", "changes", "report", "publish", "seats", "terms", "plan", "partners"}
failures = []
examples = 0

for block in re.findall(r"```console\n(.*?)```", readme, re.S):
    lines = block.splitlines()
    new_lines = list(lines)
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            i += 1
            continue
        argv = shlex.split(lines[i][2:])
        shown = []
        i += 1
        while i < len(lines) and not lines[i].startswith("$ "):
            shown.append(lines[i])
            i += 1
        if argv[0] not in ("gcsj", "build/cli/gcsj"):
            continue
        argv[0] = binary
        if "--as-of" not in argv and DATED & set(argv):
            argv[2:2] = ["--as-of", WRITTEN_ON]
        done = subprocess.run(argv, cwd=source, capture_output=True, text=True,
                              env=dict(os.environ, LC_ALL="C", LANGUAGE=""))
        actual = (done.stdout + done.stderr).splitlines()
        examples += 1
        start = i - len(shown)
        cut = next((n for n, line in enumerate(shown) if line.strip() == "..."), len(shown))
        # Shown line n is the output's line at `expected[n]`: the head from the start, the tail
        # (after `...`) from the end.
        tail = len(shown) - cut - 1
        expected = list(range(cut)) + [None] + [len(actual) - tail + k for k in range(tail)]
        for n, line in enumerate(shown):
            at = expected[n]
            if at is None:
                continue
            got = actual[at] if 0 <= at < len(actual) else "(nothing)"
            new_lines[start + n] = got
            if got != line and not any(f.startswith(f"`{lines[start - 1][2:]}`") for f in failures):
                failures.append(f"`{lines[start - 1][2:]}`, line {n + 1} of what the README shows:\n"
                                f"  README: {line}\n  actual: {got}")

    updated = updated.replace(block, "\n".join(new_lines) + "\n", 1)

if update:
    open(os.path.join(source, "README.md"), "w", encoding="utf-8").write(updated)
    print("README.md updated")
    sys.exit(0)
for failure in failures:
    print("FAIL:", failure)
print(f"{examples} README console examples run: {len(failures)} failures")
sys.exit(1 if failures else 0)
