#!/usr/bin/env python3
"""Plant small defects in the rules, one at a time, and count how many the fast tests catch.

Run by hand, not in CI (each mutant is a rebuild). The source tree is copied to a scratch
directory, so the checkout is never modified:

    python3 tests/mutation/mutate.py                 # 40 mutants, seed 1
    python3 tests/mutation/mutate.py --count 80 --seed 7 --keep /tmp/gcsj-mutants

A mutant is one of: a flipped comparison (`<` <-> `<=`, `>` <-> `>=`, `==` <-> `!=`), a
changed integer constant (n -> n + 1), a negated condition (`if (x)` -> `if (!(x))`), `&&`
<-> `||`, or a deleted report (a statement calling `.add(`, `.push_back(` or `report(`, removed
to its `;`). Sites are
found by pattern in lib/rules, lib/group and lib/load (comments and string literals left
alone), sampled with the seed, so a run is repeatable. A mutant that fails to compile is
counted apart, not as killed. Survivors are listed with their file, line and change, to be
read: each is either a missing test or an equivalent mutant.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

DIRECTORIES = ["lib/rules", "lib/group", "lib/load"]
TEST_BINARY = "tests/gcsj_tests"
# The fast tests: everything but the CLI goldens, which need the whole binary.
TEST_ARGUMENTS = ["-tse=cli*", "--no-breaks", "--minimal"]

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


def find_sites(root):
    """Every place a mutant can be planted: (file, line, kind, start, end, text), with start
    and end offsets into the whole file."""
    sites = []
    for directory in DIRECTORIES:
        for dirpath, _, names in os.walk(os.path.join(root, directory)):
            for name in sorted(names):
                if not name.endswith(".cpp"):
                    continue
                path = os.path.join(dirpath, name)
                relative = os.path.relpath(path, root)
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="scratch directory to use and keep (default: a new temporary one)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    arguments = parser.parse_args()

    source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    scratch = arguments.keep or tempfile.mkdtemp(prefix="gcsj-mutants-")
    tree, build = os.path.join(scratch, "src"), os.path.join(scratch, "build")
    if not os.path.isdir(tree):
        files = run(["git", "ls-files", "-z"], source).stdout.split("\0")
        for relative in filter(None, files):
            os.makedirs(os.path.dirname(os.path.join(tree, relative)) or tree, exist_ok=True)
            if os.path.isfile(os.path.join(source, relative)):
                shutil.copy2(os.path.join(source, relative), os.path.join(tree, relative))
    configure = run(["cmake", "-S", tree, "-B", build, "-DCMAKE_BUILD_TYPE=Release"], scratch)
    if configure.returncode:
        sys.exit("configure failed:\n" + configure.stderr)

    def build_and_test():
        built = run(["cmake", "--build", build, "--target", "gcsj_tests", "-j", str(arguments.jobs)],
                    scratch)
        if built.returncode:
            return "uncompilable"
        try:
            tested = run([os.path.join(build, TEST_BINARY)] + TEST_ARGUMENTS, build, timeout=300)
        except subprocess.TimeoutExpired:
            return "killed"  # a hang is caught too
        return "killed" if tested.returncode else "survived"

    if build_and_test() != "survived":
        sys.exit("the unmutated tree does not pass its tests; fix that first")

    sites = find_sites(tree)
    chosen = random.Random(arguments.seed).sample(sites, min(arguments.count, len(sites)))
    results = {"killed": [], "survived": [], "uncompilable": []}
    for index, (relative, number, kind, start, end, text) in enumerate(sorted(chosen), 1):
        path = os.path.join(tree, relative)
        original = open(path, encoding="utf-8").read()
        replacement = mutate(text, kind)
        open(path, "w", encoding="utf-8").write(original[:start] + replacement + original[end:])
        try:
            outcome = build_and_test()
        finally:
            open(path, "w", encoding="utf-8").write(original)
        change = " ".join(text.split())[:100] + "  ->  " + replacement
        results[outcome].append(f"{relative}:{number}: {kind}: {change}")
        print(f"[{index}/{len(chosen)}] {outcome:12} {relative}:{number} {kind}", flush=True)
    build_and_test()  # leave the scratch build matching the source

    judged = len(results["killed"]) + len(results["survived"])
    print(f"\n{len(sites)} sites; {len(chosen)} mutants (seed {arguments.seed}); "
          f"{len(results['uncompilable'])} did not compile")
    print(f"killed {len(results['killed'])} of {judged}"
          + (f" ({100 * len(results['killed']) // judged}%)" if judged else ""))
    for survivor in results["survived"]:
        print("SURVIVED", survivor)
    if not arguments.keep:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
