#!/usr/bin/env python3
"""Checks gcsj's machine-readable formats with independent parsers.

Runs the built gcsj on the examples and the failing fixtures and checks that:
- JSON parses and round-trips, and every finding has the fields of the contract;
- SARIF is valid against the SARIF 2.1.0 JSON Schema (GCSJ_SARIF_SCHEMA) and agrees with JSON;
- JUnit parses as XML, with one test case per file checked;
- GitHub annotations decode back to the JSON findings (file, line, column, rule);
- against a base version (--base), every finding has its baseline state in JSON and SARIF, the
  resolved ones are SARIF results `absent`, and only introduced findings annotate.

Usage: check_formats.py GCSJ_BINARY SOURCE_DIR [--sarif-schema-only]
Exit 77 (skipped) when a needed module or the SARIF schema is missing.
"""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SKIP = 77
binary, source = sys.argv[1], sys.argv[2]
schema_only = "--sarif-schema-only" in sys.argv

RUNS = [
    ["validate", "--as-of", "2026-11-29", "examples/registry"],
    ["validate", "--as-of", "2026-11-29", "--registry", "examples/registry", "examples/applications",
     "tests/fixtures/pr/kenya-ministry.yaml"],
    ["validate", "--as-of", "2026-11-29", "tests/fixtures/broken"],
    ["validate", "--as-of", "2026-11-29", "tests/fixtures/configured"],
    ["validate", "--as-of", "2026-11-29", "--registry", "examples/registry", "examples/groups/third-term.yaml"],
]
# Against a base version: a change that breaks a file it does not touch, and one that fixes one.
BASE_RUNS = [
    ["validate", "--as-of", "2025-06-01", "--base", "./tests/fixtures/base/before",
     "tests/fixtures/base/renamed"],
    ["validate", "--as-of", "2025-06-01", "--base", "./tests/fixtures/base/before",
     "tests/fixtures/base/fixed"],
]
failures = []


def gcsj(args, fmt):
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    done = subprocess.run([binary] + args + ["-f", fmt], cwd=source, capture_output=True, env=env)
    if done.returncode not in (0, 1):
        failures.append(f"{args} -f {fmt}: exit {done.returncode}: {done.stderr.decode()}")
    return done.stdout.decode("utf-8")


def check(condition, message):
    if not condition:
        failures.append(message)


def printable(text):
    """What gcsj's text outputs show of registry text (util::printable): controls, C1, bidi
    overrides and bytes that were not UTF-8 (U+FFFD in JSON) as '?'."""
    def shown(c):
        o = ord(c)
        if (o < 0x20 and c != "\t") or 0x7F <= o <= 0x9F or 0x202A <= o <= 0x202E \
                or 0x2066 <= o <= 0x2069 or o == 0xFFFD:
            return "?"
        return c
    return "".join(shown(c) for c in text)


def unescape(text):
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def check_run(args, validator):
    report = json.loads(gcsj(args, "json"))
    findings = report["findings"]
    if validator is not None:
        sarif = json.loads(gcsj(args, "sarif"))
        errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
        check(not errors, f"{args}: SARIF schema: {[e.message for e in errors[:3]]}")
        if schema_only:
            return
    # JSON: the contract's fields, and a stable round trip.
    check(json.loads(json.dumps(report)) == report, f"{args}: JSON does not round-trip")
    for f in findings:
        check(set(f) >= {"severity", "rule", "paragraph", "file", "line", "column", "message", "hint", "related"},
              f"{args}: finding lacks fields: {f}")
        check(f["line"] >= 1 and f["column"] >= 1, f"{args}: position not 1-based: {f}")
    # SARIF agrees with JSON.
    sarif = json.loads(gcsj(args, "sarif"))
    results = sarif["runs"][0]["results"]
    check(len(results) == len(findings), f"{args}: SARIF has {len(results)} results, JSON {len(findings)}")
    rule_ids = [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]
    for result, finding in zip(results, findings):
        region = result["locations"][0]["physicalLocation"]["region"]
        check((result["ruleId"], region["startLine"], region["startColumn"]) ==
              (finding["rule"], finding["line"], finding["column"]), f"{args}: SARIF differs: {result}")
        check(rule_ids[result["ruleIndex"]] == result["ruleId"], f"{args}: ruleIndex wrong: {result}")
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        check(not uri.startswith("/"), f"{args}: SARIF URI not relative: {uri}")
    # JUnit parses as XML; one test case per file.
    root = ET.fromstring(gcsj(args, "junit"))
    cases = root.findall("./testsuite/testcase")
    check(len(cases) >= report["summary"]["files"], f"{args}: {len(cases)} JUnit cases for {report['summary']['files']} files")
    check(int(root.get("tests")) == len(cases), f"{args}: JUnit tests attribute")
    # GitHub annotations decode to the JSON findings.
    lines = [l for l in gcsj(args, "github").split("\n") if l]
    check(len(lines) == len(findings), f"{args}: {len(lines)} annotations for {len(findings)} findings")
    pattern = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$")
    for line, finding in zip(lines, findings):
        match = pattern.match(line)
        check(match is not None, f"{args}: malformed annotation: {line}")
        if not match:
            continue
        check((unescape(match.group(2)), int(match.group(3)), int(match.group(4))) ==
              (printable(finding["file"]), finding["line"], finding["column"]),
              f"{args}: annotation differs: {line}")
        check(finding["rule"] in unescape(match.group(5)), f"{args}: annotation title lacks the rule: {line}")
        check(unescape(match.group(6)).startswith(printable(finding["message"])),
              f"{args}: annotation message: {line}")


def check_base_run(args, validator):
    report = json.loads(gcsj(args, "json"))
    sarif = json.loads(gcsj(args, "sarif"))
    if validator is not None:
        errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
        check(not errors, f"{args}: SARIF schema: {[e.message for e in errors[:3]]}")
        if schema_only:
            return
    findings, resolved = report["findings"], report["base"]["resolved"]
    states = [f["baseline_state"] for f in findings]
    check(set(states) <= {"introduced", "unchanged"}, f"{args}: baseline states {set(states)}")
    check(all(f["baseline_state"] == "resolved" for f in resolved), f"{args}: resolved states")
    summary = report["summary"]
    check((summary["introduced"], summary["unchanged"], summary["resolved"]) ==
          (states.count("introduced"), states.count("unchanged"), len(resolved)),
          f"{args}: summary counts {summary}")
    results = sarif["runs"][0]["results"]
    check(len(results) == len(findings) + len(resolved),
          f"{args}: SARIF has {len(results)} results for {len(findings)} + {len(resolved)}")
    expected = [{"introduced": "new", "unchanged": "unchanged"}[s] for s in states] + \
        ["absent"] * len(resolved)
    check([r.get("baselineState") for r in results] == expected, f"{args}: SARIF baselineState")
    for result in results[len(findings):]:
        check(result.get("kind") == "pass" and result["level"] == "none",
              f"{args}: an absent result is not a pass: {result}")
    prints = [r["partialFingerprints"]["gcsjFinding/v2"] for r in results]
    check(len(set(prints)) == len(prints), f"{args}: fingerprints are not distinct")
    lines = [l for l in gcsj(args, "github").split("\n") if l]
    check(len(lines) == states.count("introduced"),
          f"{args}: {len(lines)} annotations for {states.count('introduced')} introduced findings")


def hostile_registry():
    """A registry whose file names and values are not what machine formats expect: a file name
    with bytes that are not UTF-8, YAML escapes yaml-cpp turns into single bytes (\\N, \\_), a
    character XML 1.0 forbids (U+FFFE) and a line break in a `with` item."""
    import tempfile
    root = tempfile.mkdtemp(prefix="gcsj-formats-")
    text = open(os.path.join(source, "examples/applications/portugal.yaml"), "rb").read()
    with open(os.path.join(root.encode(), b"bad\xff\xfe-name.yaml"), "wb") as f:
        f.write(text.replace(b"id: portugal", b"id: bad-name"))
    with open(os.path.join(root, "escapes.yaml"), "wb") as f:
        f.write(b'kind: partner\nid: escapes\ncategory: "a\\Nb\\_c"\nstatus: applied\n'
                b'actions:\n  - title: "x\\uFFFEy"\n    domains: [protection]\n'
                b'    with: ["line\\nbreak", "x\\uFFFEy"]\n')
    return root


def main():
    validator = None
    hostile = hostile_registry()
    RUNS.append(["validate", "--as-of", "2026-11-29", hostile])
    schema_path = os.environ.get("GCSJ_SARIF_SCHEMA", "")
    if schema_only:
        try:
            import jsonschema
        except ImportError:
            print("SKIP: python3-jsonschema is not installed")
            return SKIP
        if not os.path.isfile(schema_path):
            print("SKIP: set GCSJ_SARIF_SCHEMA to the SARIF 2.1.0 JSON Schema (.ci/run fetches it)")
            return SKIP
        with open(schema_path) as f:
            schema = json.load(f)
        validator = jsonschema.validators.validator_for(schema)(schema)
    for args in RUNS:
        check_run(args, validator)
    for args in BASE_RUNS:
        check_base_run(args, validator)
    import shutil
    shutil.rmtree(hostile, ignore_errors=True)
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(RUNS) + len(BASE_RUNS)} runs checked, {len(failures)} failures")
    return 1 if failures else 0


sys.exit(main())
