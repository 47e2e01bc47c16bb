#!/usr/bin/env python3
"""Every unit of lib/ has a test file of its own, or a reason on the allow-list below.

    check_unit_tests.py SOURCE_DIR
    check_unit_tests.py --can-fail SOURCE_DIR


A unit is a file lib/FOLDER/NAME.cpp; its test file is tests/FOLDER/NAME_test.cpp (for a unit in a
sub-folder, lib/FOLDER/SUB/NAME.cpp, tests/FOLDER/NAME_test.cpp too: the test binary's glob
reads one level of tests/). The check
fails when a unit has no test file and is not on ALLOWED (a new unit without a test), and when
an entry of ALLOWED names a unit that no longer exists or now has a test file of its own (so the
list only shrinks and never hides a test). The golden CLI cases are no unit test: a renderer
tested only through them is no exception.

With --can-fail, proves the check can fail: on a scratch tree of the same file names, it must
pass, then fail naming a unit planted without a test, pass once the unit has its test file, and
fail naming an allowed unit that was given a test file.
"""
import pathlib
import shutil
import sys
import tempfile

# Units without a test file of their own, each with the reason. Keep it short: a unit with
# behaviour of its own gets a test file instead of an entry here.
ALLOWED = {
    # Pure declarations or data compiled in, no behaviour to test on its own.
    # The renderers of `validate` share one test file (ARCHITECTURE: tests/render/formats_test.cpp),
    # which runs each of them through the table of formats.
    "lib/render/validate/gcc.cpp": "a validate format: tests/render/formats_test.cpp",
    "lib/render/validate/github.cpp": "a validate format: tests/render/formats_test.cpp",
    "lib/render/validate/json.cpp": "a validate format: tests/render/formats_test.cpp",
    "lib/render/validate/junit.cpp": "a validate format: tests/render/formats_test.cpp",
    "lib/render/validate/markdown.cpp": "a validate format: tests/render/formats_test.cpp",
    "lib/render/validate/sarif.cpp": "a validate format: tests/render/formats_test.cpp",
    "lib/render/validate/text.cpp": "a validate format: tests/render/formats_test.cpp",
    "lib/render/validate/validation.cpp": "the Validation the formats share: tests/render/formats_test.cpp",
    # Tested under another name, beside the unit's folder.
    "lib/load/git_files.cpp": "a revision's tree and blobs: tests/load/git_revision_test.cpp",
    "lib/publish/site_writer.cpp": "write_site: tests/publish/site_test.cpp (swap, lock, leftovers, concurrency)",
    "lib/i18n/catalog.cpp": "the .mo reader, behind every translation: tests/i18n/translator_test.cpp, plural_forms_test.cpp",
    "lib/diff/field_values.cpp": "the key tables of the comparison: tests/diff/field_coverage_test.cpp",
    "lib/render/group/group_plan_ics.cpp": "`group plan -f ics`: tests/render/group_plan_test.cpp, tests/formats/check_ics.py",
    "lib/check/base_version.cpp": "--base REF opened: tests/check/compare_test.cpp, tests/cli/validate_base_test.cpp",
}


def units(root):
    return sorted((root / "lib").rglob("*.cpp"))


def test_of(root, source):
    """tests/FOLDER/UNIT_test.cpp, FOLDER the unit's top folder of lib/: the depth of the test
    binary's glob (tests/CMakeLists.txt), so a test file the check counts is one that is built."""
    folder = source.relative_to(root / "lib").parts[0]
    return root / "tests" / folder / (source.stem + "_test.cpp")


def has_test(root, source):
    return test_of(root, source).exists()


def units_without_tests(root):
    return [s.relative_to(root).as_posix() for s in units(root) if not has_test(root, s)]


def problems_of(root):
    missing = units_without_tests(root)
    problems = []
    for unit in missing:
        if unit not in ALLOWED:
            test = test_of(root, root / unit).relative_to(root).as_posix()
            problems.append(f"{unit} has no test file: write {test} "
                            "(or, for pure declarations or glue, add it to ALLOWED with a reason)")
    for unit in sorted(ALLOWED):
        if not (root / unit).exists():
            problems.append(f"{unit} is on ALLOWED but no longer exists: remove its entry")
        elif unit not in missing:
            problems.append(f"{unit} is on ALLOWED but has a test file now: remove its entry")
    return problems, missing


def can_fail(root):
    """The check on a scratch copy of the file names (empty files), with planted changes."""
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="check-unit-tests-"))
    try:
        for path in list((root / "lib").rglob("*.cpp")) + list((root / "tests").rglob("*_test.cpp")):
            copy = scratch / path.relative_to(root)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.touch()
        steps = []

        def expect(what, fails, naming=None):
            problems, _ = problems_of(scratch)
            ok = bool(problems) == fails and (naming is None or any(naming in p for p in problems))
            steps.append((what, ok, problems))

        expect("the copy as it is passes", False)
        planted = scratch / "lib" / "util" / "zz_planted.cpp"
        planted.touch()
        expect("a unit without a test fails", True, "lib/util/zz_planted.cpp")
        (scratch / "tests" / "util" / "zz_planted_test.cpp").touch()
        expect("the unit with its test file passes", False)
        allowed = sorted(u for u in ALLOWED if (root / u).exists())[0]
        parts = pathlib.Path(allowed).parts
        (scratch / "tests" / parts[1] / (pathlib.Path(allowed).stem + "_test.cpp")).touch()
        expect("an allowed unit with a test file fails", True, allowed)
        failed = [s for s in steps if not s[1]]
        for what, ok, problems in steps:
            print(f"{'ok  ' if ok else 'FAIL'} {what}" + ("" if ok else f": {problems}"))
        return 1 if failed else 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--can-fail"] and len(args) == 2:
        return can_fail(pathlib.Path(args[1]).resolve())
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(args[0]).resolve()
    problems, missing = problems_of(root)
    for problem in problems:
        print(f"check_unit_tests: {problem}", file=sys.stderr)
    total = len(units(root))
    print(f"{total - len(missing)} of {total} units of lib/ have a test file of their own; "
          f"{len(missing)} allowed without one")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
