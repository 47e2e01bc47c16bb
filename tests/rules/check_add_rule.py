#!/usr/bin/env python3
"""Tests scripts/add_rule.py on a scratch copy of the tree.

    check_add_rule.py SOURCE_DIR [CXX GENERATED_INCLUDE_DIR]

Copies lib/, cli/, tests/, po/, data/, examples/, README.md, CMakeLists.txt and .clang-format to
a scratch directory, then:
  1. adds a rule to an existing file: exactly its file, its test file, README.md and po/ change,
     with the rule, its entry in kRules, its check function, a passing and a failing test case,
     its README row and its messages in po/gcsj.pot, po/fr.po and po/es.po;
  2. adds the same id again, a malformed id, a malformed paragraph, a file without kRules: each
     is refused (exit 1) and the tree is unchanged;
  3. adds a rule in a new file: the file, its test file, its declaration in lib/rules/rules.hpp,
     its list in lib/check/catalogue.cpp (before the configuration's) and a new README row;
  4. with CXX given, compiles every source it wrote with -fsyntax-only (building the whole tree
     is too slow for every run of the suite).
"""
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

COPIED = ["lib", "cli", "tests", "po", "data", "examples", "README.md", "CMakeLists.txt",
          ".clang-format"]
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL: " + what, file=sys.stderr)


def snapshot(root):
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def changed(before, after):
    return sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))


def add_rule(script, root, *args):
    return subprocess.run([sys.executable, str(script), "--root", str(root), *args],
                          capture_output=True, text=True)


def main():
    if len(sys.argv) not in (2, 4):
        print(__doc__, file=sys.stderr)
        return 2
    source = pathlib.Path(sys.argv[1]).resolve()
    cxx, generated = (sys.argv[2], sys.argv[3]) if len(sys.argv) == 4 else (None, None)
    script = source / "scripts" / "add_rule.py"
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch)
        for name in COPIED:
            if (source / name).is_dir():
                shutil.copytree(source / name, root / name,
                                ignore=shutil.ignore_patterns("__pycache__", "build*"))
            else:
                shutil.copy2(source / name, root / name)
        read = lambda path: (root / path).read_text(encoding="utf-8")

        # 1. A rule in an existing file (which may already hold several rules: compared with
        # what it held before, not with a copy of it).
        suites_before = read("tests/rules/group_meeting_rules_test.cpp").count(
            'TEST_SUITE("rules::group::meetings")')
        row_before = [line for line in read("README.md").split("\n") if line.startswith("| ¶24 |")]
        before = snapshot(root)
        summary = 'The minutes of a "meeting" were not published.'
        run = add_rule(script, root, "--file", "group_meeting_rules", "--id", "meeting-minutes",
                       "--paragraph", "24", "--severity", "note", "--reach", "registry", summary)
        check(run.returncode == 0, f"add to an existing file: exit {run.returncode}: {run.stderr}")
        after = snapshot(root)
        check(changed(before, after) == sorted([
            "README.md", "lib/rules/group_meeting_rules.cpp", "po/es.po", "po/fr.po",
            "po/gcsj.pot", "tests/rules/group_meeting_rules_test.cpp"]),
            f"add to an existing file changed {changed(before, after)}")
        rule_file = read("lib/rules/group_meeting_rules.cpp")
        check(rule_file.count('.id = "meeting-minutes"') == 1, "the rule is defined once")
        check(re.search(r"void check_meeting_minutes\(const Context& /\*context\*/, "
                        r"Reporter& /\*out\*/\) \{\}", rule_file), "the check function")
        check(".check = check_meeting_minutes," in rule_file, "the rule names its check")
        check(".reach = Reach::registry," in rule_file and ".severity = Severity::note," in
              rule_file and '.paragraph = "24",' in rule_file, "reach, severity, paragraph")
        rules_list = re.search(r"constexpr std::array kRules\{(.*?)\};", rule_file, re.S)
        check(rules_list and re.fullmatch(r"\s*&kMeetingFrequency,(\s*&k[A-Za-z]+,)*\s*"
                                          r"&kMeetingMinutes,\s*", rules_list.group(1)),
              "kRules lists the new rule last")
        check(rule_file.index("constexpr Rule kMeetingMinutes") < rule_file.index(
            "constexpr std::array kRules"), "the rule is defined before kRules")
        test_file = read("tests/rules/group_meeting_rules_test.cpp")
        check(test_file.count('TEST_SUITE("rules::group::meetings")') == suites_before + 1,
              "the test cases join the file's suite")
        check('.of("meeting-minutes")' in test_file and ".empty()" in test_file,
              "the passing case expects no finding")
        check(re.search(r'lines_of\("meeting-minutes"\) == std::vector<int>\{[0-9]+\}',
                        test_file), "the failing case expects a finding at a line")
        readme_rows = [line for line in read("README.md").split("\n") if line.startswith("| ¶24 |")]
        check(len(row_before) == 1 and
              readme_rows == [row_before[0].removesuffix(" |") + ", `meeting-minutes` |"],
              f"the README row of ¶24: {readme_rows}")
        escaped = summary.replace('"', '\\"')
        for catalogue in ("po/gcsj.pot", "po/fr.po", "po/es.po"):
            check(f'msgid "{escaped}"\nmsgstr ""' in read(catalogue),
                  f"{catalogue} holds the summary, untranslated")

        # 2. Refusals leave the tree as it is.
        before = snapshot(root)
        for what, args in [
            ("the same id again", ["--file", "group_meeting_rules", "--id", "meeting-minutes",
                                   "--paragraph", "24"]),
            ("an id of another file", ["--file", "group_meeting_rules", "--id", "seat-vacant",
                                       "--paragraph", "24"]),
            ("a malformed id", ["--file", "group_meeting_rules", "--id", "Meeting_Minutes",
                                "--paragraph", "24"]),
            ("a malformed paragraph", ["--file", "group_meeting_rules", "--id", "meeting-x",
                                       "--paragraph", "24 bis"]),
            ("a file without kRules", ["--file", "partner_helpers", "--id", "meeting-x",
                                       "--paragraph", "24"]),
        ]:
            if what == "a file without kRules":
                (root / "lib/rules/partner_helpers.cpp").write_text("// no rules\n")
                before = snapshot(root)
            run = add_rule(script, root, *args, "--severity", "note", "--reach", "registry", "x")
            check(run.returncode == 1 and "nothing written" in run.stderr,
                  f"{what} is refused: exit {run.returncode}: {run.stderr}")
            check(snapshot(root) == before, f"{what} changes nothing")
        (root / "lib/rules/partner_helpers.cpp").unlink()

        # 3. A rule in a new file, of a name no real file of rules will take.
        check(not (root / "lib/rules/scratch_example_rules.cpp").exists(),
              "lib/rules/scratch_example_rules.cpp must not exist: the test adds it")
        before = snapshot(root)
        run = add_rule(script, root, "--no-po", "--file", "scratch_example_rules", "--id", "scratch-quorum",
                       "--paragraph", "27(b)", "--severity", "warning", "--reach", "document",
                       "A scratch rule of the test.")
        check(run.returncode == 0, f"add in a new file: exit {run.returncode}: {run.stderr}")
        check(changed(before, snapshot(root)) == sorted([
            "README.md", "lib/check/catalogue.cpp", "lib/rules/scratch_example_rules.cpp",
            "lib/rules/rules.hpp", "tests/rules/scratch_example_rules_test.cpp"]),
            f"add in a new file changed {changed(before, snapshot(root))}")
        new_file = read("lib/rules/scratch_example_rules.cpp")
        check("RuleList scratch_example_rules() {\n  return kRules;\n}" in new_file, "the new file's list")
        check("constexpr std::array kRules{&kScratchQuorum};" in new_file, "the new file's kRules")
        check(re.search(r"^RuleList scratch_example_rules\(\);", read("lib/rules/rules.hpp"), re.M),
              "rules.hpp declares the list")
        catalogue = read("lib/check/catalogue.cpp")
        check(re.search(r"\{rules::[a-z_]+_rules\(\)\},[^\n]*\n\s*\{rules::scratch_example_rules\(\)\},"
                        r"[^\n]*\n\s*\{config::kConfigRules\},", catalogue),
              "catalogue.cpp lists the new file after the other rules, before the configuration")
        check('TEST_SUITE("rules::scratch_example")' in read("tests/rules/scratch_example_rules_test.cpp"),
              "the new test file's suite")
        readme = read("README.md")
        rows = readme.split("\n")
        new_row = "| ¶27(b) | `scratch-quorum` |"
        check(new_row in rows and rows.index(new_row) > max(
            i for i, row in enumerate(rows) if row.startswith("| ¶26 |")),
              "a new README row after ¶26")

        # 4. What was written compiles.
        if cxx:
            for path in ["lib/rules/group_meeting_rules.cpp", "lib/rules/scratch_example_rules.cpp",
                         "lib/check/catalogue.cpp", "tests/rules/group_meeting_rules_test.cpp",
                         "tests/rules/scratch_example_rules_test.cpp"]:
                run = subprocess.run([cxx, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic",
                                      "-Werror", "-fsyntax-only", "-I" + str(root / "lib"),
                                      "-I" + str(root / "tests"), "-I" + generated, path],
                                     cwd=root, capture_output=True, text=True)
                check(run.returncode == 0, f"{path} does not compile:\n{run.stderr[-2000:]}")
    if failures:
        print(f"{len(failures)} checks of scripts/add_rule.py failed", file=sys.stderr)
        return 1
    print("scripts/add_rule.py: existing file, refusals, new file" +
          (", compiled" if cxx else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
