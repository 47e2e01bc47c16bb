#!/usr/bin/env python3
"""Keeps the shape of lib/: each folder includes only the folders below it (ARCHITECTURE.md).

    check_layers.py SOURCE_DIR

Fails when a file of lib/ includes a header of a folder its layer may not see, when a folder of
lib/ has no place in the map below (or in ARCHITECTURE.md), or when the map itself has a cycle.
"""
import pathlib
import re
import sys

# Each folder of lib/ and the folders it may include, lowest first. cli/ may include any.
ALLOWED = {
    "util": set(),
    "model": {"util"},
    "i18n": {"model", "util"},
    "findings": {"i18n", "model", "util"},
    "refdata": {"i18n", "model", "util"},
    "load": {"findings", "i18n", "model", "refdata", "util"},
    "group": {"i18n", "model", "refdata", "util"},
    "rules": {"findings", "group", "i18n", "model", "refdata", "util"},
    "config": {"findings", "i18n", "load", "model", "util"},
    "check": {"config", "findings", "group", "i18n", "load", "model", "refdata", "rules", "util"},
    "changes": {"group", "i18n", "model", "refdata", "util"},
    "diff": {"group", "model", "util"},
    "figures": {"changes", "group", "i18n", "model", "refdata", "util"},
    "render": {"changes", "diff", "figures", "findings", "group", "i18n", "model", "refdata", "sheet",
               "util"},
    "charts": {"changes", "figures", "group", "i18n", "model", "refdata", "render", "util"},
    "publish": {"changes", "charts", "check", "figures", "findings", "group", "i18n", "model", "refdata",
                "render", "util"},
    "scaffold": {"i18n", "load", "model", "refdata", "util"},
    "sheet": {"figures", "group", "i18n", "model", "refdata", "util"},
    "import": {"check", "config", "diff", "findings", "i18n", "load", "model", "refdata", "sheet", "util"},
    "app": {"changes", "charts", "check", "config", "diff", "figures", "findings", "group", "i18n", "load",
            "model", "publish", "refdata", "render", "rules", "scaffold", "sheet", "import", "util"},
    "lsp": {"app", "check", "config", "findings", "group", "i18n", "load", "model", "refdata", "render",
            "rules", "util"},
}

# A folder's name is any run of a file name's characters before the first slash: `i18n/` has a
# digit, and a folder this map does not know must be found, not skipped. An include in quotes names
# a folder of lib/ (or an unknown one: a problem); one in angle brackets is a system header unless
# it names a folder of lib/, which is on the include path too (`#include <app/error.hpp>` compiles).
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"/]+)/[^"]+"', re.M)
ANGLE_INCLUDE = re.compile(r'^\s*#\s*include\s*<([^>/]+)/[^>]+>', re.M)


def acyclic(graph):
    state = {}

    def visit(node, path):
        if state.get(node) == "done":
            return True
        if state.get(node) == "open":
            print(f"the layer map has a cycle: {' -> '.join(path + [node])}")
            return False
        state[node] = "open"
        ok = all(visit(d, path + [node]) for d in graph.get(node, ()))
        state[node] = "done"
        return ok

    return all(visit(n, []) for n in graph)


def main():
    root = pathlib.Path(sys.argv[1])
    problems = []
    if not acyclic(ALLOWED):
        problems.append("cycle in the layer map")
    folders = sorted(p.name for p in (root / "lib").iterdir() if p.is_dir())
    architecture = (root / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for folder in folders:
        if folder not in ALLOWED:
            problems.append(f"lib/{folder}/ has no layer in tests/layers/check_layers.py")
        if f"`lib/{folder}/`" not in architecture:
            problems.append(f"lib/{folder}/ is not described in ARCHITECTURE.md")
    for folder in folders:
        allowed = ALLOWED.get(folder, set()) | {folder}
        for path in sorted((root / "lib" / folder).rglob("*.?pp")):
            text = path.read_text(encoding="utf-8")
            angled = [f for f in ANGLE_INCLUDE.findall(text) if f in folders or f in ALLOWED]
            for included in INCLUDE.findall(text) + angled:
                if included not in ALLOWED:
                    problems.append(
                        f"{path.relative_to(root)} includes {included}/, a folder of no layer")
                elif included not in allowed:
                    problems.append(
                        f"{path.relative_to(root)} includes {included}/, above lib/{folder}/")
    for problem in problems:
        print(problem)
    print(f"{len(folders)} folders of lib/ checked: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
