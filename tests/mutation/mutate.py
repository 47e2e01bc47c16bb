#!/usr/bin/env python3
"""Plant small defects in lib/, one at a time, and count how many the tests catch.

Run by hand, not in CI (each mutant is a rebuild). The source tree is copied to a scratch
directory, so the checkout is never modified (tests/mutation/README.md has the runs so far):

    python3 tests/mutation/mutate.py                 # 40 mutants of the rules, seed 1
    python3 tests/mutation/mutate.py --dirs newer --count 30 --seed 3
    python3 tests/mutation/mutate.py --dirs lib/changes lib/figures --count 20
    python3 tests/mutation/mutate.py --files lib/group/roster.cpp --count 10
    python3 tests/mutation/mutate.py --count 80 --seed 7 --keep /work/mut/rules

`--dirs` takes folders or files of lib/, or a named set: `rules` (the default: lib/rules,
lib/group, lib/load) or `newer` (the units of `changes`, `--base`, the report and the plan:
lib/changes, lib/diff, lib/figures, the roster, plan, calendar and seats of lib/group, the
changes, plan and diff views of lib/render, lib/check/compare.cpp, lib/config). `--files`
samples only the named files.

The scratch copy lives under /work/mut by default (`--keep DIR` to choose and keep it), and is
built with the flags of the `default` preset through ccache, its build folder inside the copy as
the preset has it: the shared ccache (base_dir=/work) then finds every unmutated file already
compiled, and only the mutated file and the links cost time. Under /tmp the paths would differ
and nothing would hit.

A mutant is one of: a flipped comparison (`<` <-> `<=`, `>` <-> `>=`, `==` <-> `!=`), a
changed integer constant (n -> n + 1), a negated condition (`if (x)` -> `if (!(x))`), `&&`
<-> `||`, or a deleted report (a statement calling `.add(`, `.push_back(` or `report(`, removed
to its `;`). Sites are
found by pattern in the chosen files (comments and string literals left alone), sampled
with the seed, so a run is repeatable. A mutant that fails to compile is counted apart, not as
killed. Survivors are listed with their file, line and change, to be read: each is either a
missing test or an equivalent mutant.

Each mutant runs the fast tests (every suite but the CLI's); one they let survive then runs the
CLI golden cases too (`--cli`: `survivors`, the default; `always`; `never`), since the views of
lib/render are reached only through the binary. `killed (cli)` marks a mutant only the goldens
caught. `--without-suites PATTERNS` also runs the tests without the doctest suites named (a
doctest wildcard list, e.g. `*/boundaries`) and reports that kill ratio beside the whole one,
from the same builds: what those tests add.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

# Named sets of --dirs.
SETS = {
    "rules": ["lib/rules", "lib/group", "lib/load"],
    "newer": [
        "lib/changes", "lib/diff", "lib/figures",
        "lib/group/roster.cpp", "lib/group/plan.cpp", "lib/group/calendar.cpp",
        "lib/group/seats.cpp", "lib/group/state.cpp",
        "lib/render/changes", "lib/render/diff",
        "lib/render/group/group_plan.cpp", "lib/render/group/group_plan_ics.cpp",
        "lib/check/compare.cpp", "lib/config", "lib/app",
    ],
}
TEST_BINARY = "tests/gcsj_tests"
COMMON_ARGUMENTS = ["--no-breaks", "--minimal"]
FAST_SUITES_EXCLUDED = "cli*"  # the CLI goldens need the whole binary: run apart
CLI_ARGUMENTS = ["-ts=cli*"] + COMMON_ARGUMENTS
SCRATCH_PARENT = "/work/mut"  # under ccache's base_dir, so the scratch copy hits the cache

OPERATORS = [
    ("comparison", re.compile(r"(?<=[\w)\]]) (<=|>=|<|>|==|!=) (?=[\w(!-])")),
    ("constant", re.compile(r"(?<![\w.])([1-9][0-9]{0,5})(?![\w.'])")),
    ("condition", re.compile(r"\bif \((?!constexpr)(.+)\) \{$")),
    ("logic", re.compile(r" (&&|\|\|) ")),
    ("deletion", re.compile(r"^\s*((?:[\w.]*\.add|[\w.]*\.push_back|report)\()")),
]
FLIPS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "==", "&&": "||", "||": "&&"}


def strip_literals(line):
    """Blank out string and character literals and // comments, keeping columns."""
    out, quote, i = [], None, 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                out.append("  ")
                i += 2
                continue
            out.append(" " if c != quote else c)
            if c == quote:
                quote = None
        elif c in "\"'":
            quote = c
            out.append(c)
        elif line.startswith("//", i):
            out.append(" " * (len(line) - i))
            break
        else:
            out.append(c)
        i += 1
    return "".join(out)


def statement_end(text, start):
    """The offset just past the `;` that ends the statement starting at start."""
    depth, i = 0, start
    code = strip_literals(text[start:])
    for i, c in enumerate(code):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == ";" and depth == 0:
            return start + i + 1
    return None


def source_files(root, paths):
    """The .cpp files of `paths` (folders, files or named sets), relative to root, once each."""
    found = set()
    for entry in paths:
        for path in SETS.get(entry, [entry]):
            full = os.path.join(root, path)
            if os.path.isfile(full):
                found.add(os.path.relpath(full, root))
            elif os.path.isdir(full):
                for dirpath, _, names in os.walk(full):
                    found.update(os.path.relpath(os.path.join(dirpath, name), root)
                                 for name in names if name.endswith(".cpp"))
            else:
                sys.exit(f"no such file or folder: {path}")
    return sorted(found)


def find_sites(root, files):
    """Every place a mutant can be planted: (file, line, kind, start, end, text), with start
    and end offsets into the whole file."""
    sites = []
    for relative in files:
        path = os.path.join(root, relative)
        text = open(path, encoding="utf-8").read()
        offset = 0
        in_raw_string = False  # a rule's YAML examples: R"yaml(...)yaml" over lines
        for number, line in enumerate(text.split("\n"), 1):
            code = strip_literals(line)
            was_raw = in_raw_string
            if 'R"yaml(' in line and ')yaml"' not in line.split('R"yaml(', 1)[1]:
                in_raw_string = True
            elif in_raw_string and ')yaml"' in line:
                in_raw_string = False
            if not was_raw and not code.lstrip().startswith(("#", "*", "/*")):
                for kind, pattern in OPERATORS:
                    for match in pattern.finditer(code):
                        begin = offset + match.start(1)
                        finish = offset + match.end(1)
                        if kind == "deletion":
                            finish = statement_end(text, begin)
                            if finish is None:
                                continue
                        sites.append((relative, number, kind, begin, finish,
                                      text[begin:finish]))
            offset += len(line) + 1
    return sorted(sites)


def mutate(text, kind):
    if kind in ("comparison", "logic"):
        return FLIPS[text]
    if kind == "constant":
        return str(int(text) + 1)
    if kind == "condition":
        return "!(" + text + ")"
    return "(void)0 /* mutant: report deleted */;"


def run(command, cwd, timeout=None):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def copy_tree(source, tree):
    """The checkout's files as they are (tracked, committed or not) into `tree`; a file already
    there with the same bytes is left alone, so a kept scratch build stays up to date."""
    files = run(["git", "ls-files", "-z"], source).stdout.split("\0")
    for relative in filter(None, files):
        origin, copy = os.path.join(source, relative), os.path.join(tree, relative)
        if not os.path.isfile(origin):
            continue
        if os.path.isfile(copy):
            with open(origin, "rb") as a, open(copy, "rb") as b:
                if a.read() == b.read():
                    continue
        os.makedirs(os.path.dirname(copy) or tree, exist_ok=True)
        shutil.copy(origin, copy)  # a new mtime: make rebuilds what it changes


def configure(tree, build):
    """The flags of the `default` preset, through ccache when there is one."""
    command = ["cmake", "-S", tree, "-B", build, "-DCMAKE_BUILD_TYPE=RelWithDebInfo"]
    if shutil.which("ccache"):
        command.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
    configured = run(command, tree)
    if configured.returncode:
        sys.exit("configure failed:\n" + configured.stderr)


class Tester:
    """Builds the scratch tree and runs its tests, timing each step."""

    def __init__(self, build, jobs, cli, without):
        self.build, self.jobs, self.cli, self.without = build, jobs, cli, without
        self.seconds = {"build": 0.0, "fast tests": 0.0, "CLI goldens": 0.0}

    def _timed(self, step, command, timeout=None):
        started = time.monotonic()
        try:
            return run(command, self.build, timeout)
        finally:
            self.seconds[step] += time.monotonic() - started

    def _fails(self, step, arguments):
        binary = os.path.join(self.build, TEST_BINARY)
        try:
            return self._timed(step, [binary] + arguments, timeout=300).returncode != 0
        except subprocess.TimeoutExpired:
            return True  # a hang is caught too

    def outcome(self):
        """(outcome with every test, outcome without the suites of --without-suites): each
        "killed", "killed (cli)", "survived" or "uncompilable"."""
        built = self._timed("build", ["cmake", "--build", self.build, "--target", "gcsj_tests",
                                      "-j", str(self.jobs)])
        if built.returncode:
            return "uncompilable", "uncompilable"
        fast = self._fails("fast tests", ["-tse=" + FAST_SUITES_EXCLUDED] + COMMON_ARGUMENTS)
        fast_without = fast
        if self.without:
            fast_without = self._fails(
                "fast tests",
                ["-tse=" + FAST_SUITES_EXCLUDED + "," + self.without] + COMMON_ARGUMENTS)
        cli = False
        if self.cli == "always" or (self.cli == "survivors" and not (fast and fast_without)):
            cli = self._fails("CLI goldens", CLI_ARGUMENTS)

        def judge(fast_failed):
            return "killed" if fast_failed else "killed (cli)" if cli else "survived"

        return judge(fast), judge(fast_without)


def report(title, results, sites, chosen, seed):
    judged = sum(len(results[k]) for k in ("killed", "killed (cli)", "survived"))
    killed = len(results["killed"]) + len(results["killed (cli)"])
    print(f"\n{title}: {len(sites)} sites; {chosen} mutants (seed {seed}); "
          f"{len(results['uncompilable'])} did not compile")
    print(f"killed {killed} of {judged}" + (f" ({100 * killed // judged}%)" if judged else "")
          + f", {len(results['killed (cli)'])} of them by the CLI goldens only")
    for survivor in results["survived"]:
        print("SURVIVED", survivor)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dirs", nargs="+", default=["rules"],
                        help="folders or files of lib/ to sample, or a named set: "
                             + ", ".join(SETS) + " (default: rules)")
    parser.add_argument("--files", nargs="+", help="sample only these files (instead of --dirs)")
    parser.add_argument("--cli", choices=["survivors", "always", "never"], default="survivors",
                        help="when to run the CLI golden cases (default: for the mutants the "
                             "fast tests let survive)")
    parser.add_argument("--without-suites", default="",
                        help="also report the kill ratio without these doctest suites "
                             "(a doctest wildcard list)")
    parser.add_argument("--keep", help="scratch directory to use and keep (default: a new one "
                                       "under " + SCRATCH_PARENT + ", removed at the end)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    arguments = parser.parse_args()

    source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if arguments.keep:
        scratch = os.path.abspath(arguments.keep)
    else:
        parent = SCRATCH_PARENT if os.access(os.path.dirname(SCRATCH_PARENT), os.W_OK) else None
        if parent:
            os.makedirs(parent, exist_ok=True)
        scratch = tempfile.mkdtemp(prefix="gcsj-mutants-", dir=parent)
    # The build folder inside the copy, as the `default` preset puts it: the same relative
    # paths, so ccache's base_dir makes the compilations of the checkout's build hits.
    tree = os.path.join(scratch, "src")
    build = os.path.join(tree, "build")
    copy_tree(source, tree)
    if not os.path.isdir(os.path.join(tree, ".git")):
        # A CLI golden case (validate-base-option-like) runs `--base` in the checkout's repository.
        for command in (["git", "init", "-q"], ["git", "add", "-A"],
                        ["git", "-c", "user.name=mutate", "-c", "user.email=mutate@localhost",
                         "commit", "-q", "-m", "scratch copy"]):
            run(command, tree)
    configure(tree, build)
    tester = Tester(build, arguments.jobs, arguments.cli, arguments.without_suites)

    started = time.monotonic()
    if tester.outcome() != ("survived", "survived"):
        sys.exit("the unmutated tree does not pass its tests; fix that first")
    print(f"unmutated tree built and tested in {time.monotonic() - started:.0f} s", flush=True)
    tester.seconds = dict.fromkeys(tester.seconds, 0.0)

    files = source_files(tree, arguments.files or arguments.dirs)
    sites = find_sites(tree, files)
    chosen = random.Random(arguments.seed).sample(sites, min(arguments.count, len(sites)))
    kinds = ("killed", "killed (cli)", "survived", "uncompilable")
    results = {kind: [] for kind in kinds}
    results_without = {kind: [] for kind in kinds}
    for index, (relative, number, kind, start, end, text) in enumerate(sorted(chosen), 1):
        path = os.path.join(tree, relative)
        original = open(path, encoding="utf-8").read()
        replacement = mutate(text, kind)
        open(path, "w", encoding="utf-8").write(original[:start] + replacement + original[end:])
        began = time.monotonic()
        try:
            outcome, outcome_without = tester.outcome()
        finally:
            open(path, "w", encoding="utf-8").write(original)
        change = " ".join(text.split())[:100] + "  ->  " + replacement
        column = start - original.rfind("\n", 0, start)
        site = f"{relative}:{number}:{column}: {kind}: {change}"
        results[outcome].append(site)
        results_without[outcome_without].append(site)
        extra = f" (without the suites: {outcome_without})" if arguments.without_suites else ""
        print(f"[{index}/{len(chosen)}] {outcome:12} {relative}:{number} {kind}{extra} "
              f"{time.monotonic() - began:.0f} s", flush=True)
    print("\ntime: " + ", ".join(f"{step} {seconds:.0f} s"
                                  for step, seconds in tester.seconds.items()))
    tester.outcome()  # leave the scratch build matching the source
    report("with every test", results, sites, len(chosen), arguments.seed)
    if arguments.without_suites:
        report("without " + arguments.without_suites, results_without, sites, len(chosen),
               arguments.seed)
    if not arguments.keep:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
