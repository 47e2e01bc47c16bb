#!/usr/bin/env python3
"""Proves that every rule with a check function has a test that fails without it.

    check_rules_fail.py GCSJ GCSJ_TESTS SOURCE_DIR

For each rule of `gcsj rules --format json` whose definition in lib/ has a check function, runs
the tests of tests/rules (`gcsj_tests -ts=rules::*`) with GCSJ_TEST_WITHOUT_RULE set to its id:
tests/support/check_helpers.cpp then drops that rule's findings, as if its check reported
nothing, and some test must fail. The unchanged run must pass, so each failure is the missing
rule's. A rule whose tests still pass is named: it is not tested, whatever its id's mentions.
(tests/check/catalogue_test.cpp once accepted a rule whose id appeared anywhere in tests/.)

With --only ID,ID the run is limited to those rules (for a quick look at a new rule).
"""
import json
import os
import pathlib
import re
import subprocess
import sys

# A rule's definition: `constexpr Rule kName{ ... };` in lib/ (scripts/add_rule.py writes them so).
DEFINITION = re.compile(r"\bRule\s+k\w+\s*\{(.*?)\n\};", re.S)
ID = re.compile(r'\.id\s*=\s*"([a-z0-9-]+)"')
CHECK = re.compile(r"\.check\s*=\s*(\w+)")


def rules_with_checks(source_dir):
    """{id: has a check function} for every rule defined in lib/."""
    found = {}
    for path in sorted(pathlib.Path(source_dir, "lib").rglob("*.[ch]pp")):
        for body in DEFINITION.findall(path.read_text(encoding="utf-8")):
            rule = ID.search(body)
            if rule:
                check = CHECK.search(body)
                found[rule.group(1)] = bool(check) and check.group(1) != "nullptr"
    return found


def run_tests(gcsj_tests, without=None):
    env = dict(os.environ)
    env.pop("GCSJ_TEST_WITHOUT_RULE", None)
    if without:
        env["GCSJ_TEST_WITHOUT_RULE"] = without
    return subprocess.run([gcsj_tests, "-ts=rules::*", "--no-colors", "-aa=1"],
                          capture_output=True, text=True, env=env)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--only")]
    only = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--only=")]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gcsj, gcsj_tests, source_dir = args
    listed = json.loads(subprocess.run([gcsj, "rules", "--format", "json"], capture_output=True,
                                       text=True, check=True).stdout)
    ids = [rule["id"] for rule in listed]
    defined = rules_with_checks(source_dir)
    if set(defined) != set(ids):
        print("the definitions read in lib/ are not the catalogue: only in lib/: "
              f"{sorted(set(defined) - set(ids))}; only in `gcsj rules`: "
              f"{sorted(set(ids) - set(defined))}", file=sys.stderr)
        return 1
    baseline = run_tests(gcsj_tests)
    if baseline.returncode != 0:
        print("the tests of tests/rules fail unchanged:\n" + baseline.stdout[-3000:],
              file=sys.stderr)
        return 1
    checked = [i for i in ids if defined[i] and (not only or i in ",".join(only).split(","))]
    untested = [i for i in checked if run_tests(gcsj_tests, without=i).returncode == 0]
    for rule in untested:
        print(f"{rule}: no test of tests/rules fails when the rule reports nothing",
              file=sys.stderr)
    print(f"{len(checked) - len(untested)} of {len(checked)} rules with a check function have a "
          "test that fails without them")
    return 1 if untested else 0


if __name__ == "__main__":
    sys.exit(main())
