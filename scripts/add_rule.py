#!/usr/bin/env python3
"""Adds a rule to gcsj: its skeleton, its tests, its README row and its messages, in one command.

    scripts/add_rule.py --file group_meeting_rules --id meeting-minutes --paragraph 24 \\
        --severity note --reach registry "The minutes of a meeting are not published."

writes, in the tree this script belongs to (or --root):
  - lib/rules/FILE.cpp: a check function `check_ID` that compiles and reports nothing yet, the
    rule's description (`constexpr Rule kId{...}`: id, paragraph, severity, the summary, an
    explanation and examples to rewrite) and its entry in the file's `kRules`;
  - tests/rules/FILE_test.cpp: a passing case (the valid document: no finding) and a failing case
    that FAILS until the check is written (it expects a finding at a line of a document you make
    break the rule);
  - README.md: the rule's id in the row of its paragraph in the table of rules by paragraph (a
    new row, in paragraph order, when the paragraph has none);
  - po/: runs `python3 po/update.py`, so the summary and explanation wait in po/fr.po and
    po/es.po for their translations.
A new FILE also gets its list declared in lib/rules/rules.hpp and added to the list of
lib/check/catalogue.cpp (after the other rules of the Coalition, before the configuration's), and
a new tests/rules/FILE_test.cpp. Sources are found by CMake's glob: no build file changes.

Then: write the check, rewrite the explanation and the two examples (`gcsj explain ID` shows
them), make the failing case's document break the rule at the line it names, translate the new
entries of po/fr.po and po/es.po, and run the tests (ARCHITECTURE.md, "Adding a rule").

An id that is already a rule, an existing file without a `kRules` list or its RuleList function,
or a malformed argument is refused with exit status 1 before anything is written.
python3 standard library only.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

KEBAB = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
PARAGRAPH = re.compile(r"([0-9]+)(\([a-z]+\))?\Z")
FILE = re.compile(r"[a-z][a-z0-9_]*\Z")
RULE_ID = re.compile(r'\.id\s*=\s*"([a-z0-9-]+)"')


class Refused(Exception):
    pass


def camel(rule_id):
    return "k" + "".join(part.capitalize() for part in rule_id.split("-"))


def cpp_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def defined_ids(root):
    ids = set()
    for path in sorted((root / "lib").rglob("*.[ch]pp")):
        ids.update(RULE_ID.findall(path.read_text(encoding="utf-8")))
    return ids


def list_function(file_name):
    """The RuleList function of a new file: `forum_rules.cpp` -> forum_rules()."""
    return file_name if file_name.endswith("_rules") else file_name + "_rules"


def suite_name(file_name):
    """The doctest suite of a new test file: group_forum_rules -> rules::group::forum."""
    stem = file_name[: -len("_rules")] if file_name.endswith("_rules") else file_name
    if stem.startswith("group_"):
        return "rules::group::" + stem[len("group_"):]
    return "rules::" + stem


def is_group_file(file_name):
    return file_name.startswith("group_")


# ---- lib/rules/FILE.cpp ----------------------------------------------------------------------

def rule_definition(args, test_file):
    mark = f"¶{args.paragraph}: " if args.paragraph else ""
    return f"""// {mark}{args.summary} Reports nothing yet: write the check, then the failing case of
// {test_file} passes.
void check_{args.id.replace('-', '_')}(const Context& /*context*/, Reporter& /*out*/) {{}}

constexpr Rule {camel(args.id)}{{
    .id = "{args.id}",
    .paragraph = "{args.paragraph}",
    .severity = Severity::{args.severity},
    .summary = N_({cpp_string(args.summary)}),
    .explanation = N_({cpp_string(mark + args.summary + " What is checked, and why.")}),
    .passing = R"yaml(# a document the rule accepts)yaml",
    .failing = R"yaml(# a document the rule reports)yaml",
    .check = check_{args.id.replace('-', '_')},
    .reach = Reach::{args.reach},
}};

"""


def add_to_rule_file(text, args, test_file):
    start = text.find("constexpr std::array kRules{")
    if start < 0:
        raise Refused("no `constexpr std::array kRules{` list in the file")
    end = text.find("};", start)
    if end < 0:
        raise Refused("the file's kRules list has no end")
    if re.search(r"\b" + camel(args.id) + r"\b", text):
        raise Refused(f"the file already defines {camel(args.id)}")
    entries = text[start + len("constexpr std::array kRules{"):end].rstrip()
    separator = "" if entries.endswith(",") else ","
    listed = text[:start] + "constexpr std::array kRules{" + entries + separator + " &" + \
        camel(args.id) + ",\n" + text[end:]
    return listed[:start] + rule_definition(args, test_file) + listed[start:]


def new_rule_file(args, test_file):
    function = list_function(args.file)
    mark = f" of ¶{args.paragraph}" if args.paragraph else " of the file format"
    return f"""// Rules{mark} of GB.349/INS/4.

#include <array>

#include "rules/rules.hpp"

namespace gcsj::rules {{
namespace {{

using i18n::N_;

{rule_definition(args, test_file)}constexpr std::array kRules{{&{camel(args.id)}}};

}}  // namespace

RuleList {function}() {{
  return kRules;
}}

}}  // namespace gcsj::rules
"""


# ---- tests/rules/FILE_test.cpp ---------------------------------------------------------------

def test_cases(args, suite):
    mark = f" (¶{args.paragraph})" if args.paragraph else ""
    if is_group_file(args.file):
        valid = "check_files(group_registry(group_yaml(full_group_members())), kGroupAsOf)"
        broken = ("check_files(group_registry(replace(group_yaml(full_group_members()), "
                  "\"meetings:\", \"meetings:\")),\n                                   kGroupAsOf)")
        line = 1
    else:
        valid = "check_yaml(kGovernment)"
        broken = 'check_yaml(replace(kGovernment, "country: KE\\n", "country: KE\\n"))'
        line = 4
    return f"""TEST_SUITE("{suite}") {{
  TEST_CASE("{args.id}: a valid document passes{mark}") {{
    CHECK({valid}.of("{args.id}").empty());
  }}

  // Fails until check_{args.id.replace('-', '_')} is written: make the document break the rule, and
  // expect the line of the value it reports.
  TEST_CASE("{args.id}: {args.summary.rstrip('.').replace(chr(34), chr(39)).replace(chr(92), '/')}{mark}") {{
    const auto checked = {broken};
    CHECK(checked.lines_of("{args.id}") == std::vector<int>{{{line}}});
  }}
}}
"""


def new_test_file(args):
    helper = "group_fixture" if is_group_file(args.file) else "check_helpers"
    return f"""#include <doctest/doctest.h>

#include "support/{helper}.hpp"

using namespace gcsj::testing;

{test_cases(args, suite_name(args.file))}"""


# ---- lib/rules/rules.hpp and lib/check/catalogue.cpp (a new file) -----------------------------

def declare_list(text, args):
    function = list_function(args.file)
    if re.search(r"\bRuleList " + function + r"\(\);", text):
        raise Refused(f"lib/rules/rules.hpp already declares {function}()")
    declarations = list(re.finditer(r"^RuleList \w+\(\);.*$", text, re.M))
    if not declarations:
        raise Refused("lib/rules/rules.hpp declares no RuleList function")
    mark = f": ¶{args.paragraph}" if args.paragraph else ""
    at = declarations[-1].end()
    return text[:at] + f"\nRuleList {function}();  // {args.file}.cpp{mark}" + text[at:]


def list_in_catalogue(text, args):
    function = list_function(args.file)
    if f"rules::{function}()" in text:
        raise Refused(f"lib/check/catalogue.cpp already lists rules::{function}()")
    # Each list is a RuleFamily, `{list}` (or `{list, false}` for a family that does not judge
    # a declined application); a new file judges every partner.
    at = text.find("{config::kConfigRules},")
    if at < 0:
        raise Refused("lib/check/catalogue.cpp has no `{config::kConfigRules},` to insert before")
    line_start = text.rfind("\n", 0, at) + 1
    indent = text[line_start:at]
    return text[:line_start] + f"{indent}{{rules::{function}()}},  //\n" + text[line_start:]


# ---- README.md -------------------------------------------------------------------------------

def first_number(cell):
    found = re.search(r"¶([0-9]+)", cell)
    return int(found.group(1)) if found else None


def add_to_readme(text, args):
    lines = text.split("\n")
    try:
        header = lines.index("| paragraph | rules |")
    except ValueError:
        raise Refused("README.md has no `| paragraph | rules |` table")
    end = header + 2
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    rows = range(header + 2, end)
    if any(f"`{args.id}`" in lines[i] for i in rows):
        return text
    cell = lambda i: lines[i].split("|")[1].strip()
    if args.paragraph:
        number = PARAGRAPH.match(args.paragraph).group(1)
        marks = [f"¶{args.paragraph}", f"¶{number}"]
    else:
        marks = ["format"]
    for mark in marks:
        pattern = re.compile(re.escape(mark) + r"(?![0-9(])")
        for i in rows:
            if pattern.search(cell(i)):
                lines[i] = lines[i].rstrip().removesuffix("|").rstrip() + f", `{args.id}` |"
                return "\n".join(lines)
    if not args.paragraph:
        raise Refused("README.md has no `format` row in its table of rules")
    # A paragraph with no row yet: a new row after the last of an earlier paragraph (the table
    # goes by topic, then paragraph), or first.
    at = header + 2
    for i in rows:
        n = first_number(cell(i))
        if n is not None and n <= int(number):
            at = i + 1
    lines.insert(at, f"| ¶{args.paragraph} | `{args.id}` |")
    return "\n".join(lines)


# ---- main ------------------------------------------------------------------------------------

def plan(root, args):
    """{path: new text} for every file the rule touches; raises Refused before any write."""
    if not KEBAB.match(args.id):
        raise Refused(f"the id `{args.id}` is not kebab-case")
    if args.paragraph and not PARAGRAPH.match(args.paragraph):
        raise Refused(f"the paragraph `{args.paragraph}` is not like 24 or 19(f)")
    if not FILE.match(args.file) or args.file.endswith(".cpp"):
        raise Refused(f"--file `{args.file}` is not the name of a file of lib/rules without .cpp")
    if not args.summary.strip() or "\n" in args.summary:
        raise Refused("the summary is one line of text")
    if args.id in defined_ids(root):
        raise Refused(f"`{args.id}` is already a rule")
    rule_file = root / "lib" / "rules" / f"{args.file}.cpp"
    test_file = root / "tests" / "rules" / f"{args.file}_test.cpp"
    test_name = f"tests/rules/{args.file}_test.cpp"
    edits = {}
    if rule_file.exists():
        text = rule_file.read_text(encoding="utf-8")
        if not re.search(r"^RuleList \w+\(\) \{", text, re.M):
            raise Refused(f"{rule_file.name} has no RuleList function")
        edits[rule_file] = add_to_rule_file(text, args, test_name)
    else:
        edits[rule_file] = new_rule_file(args, test_name)
        rules_hpp = root / "lib" / "rules" / "rules.hpp"
        edits[rules_hpp] = declare_list(rules_hpp.read_text(encoding="utf-8"), args)
        catalogue = root / "lib" / "check" / "catalogue.cpp"
        edits[catalogue] = list_in_catalogue(catalogue.read_text(encoding="utf-8"), args)
    if test_file.exists():
        text = test_file.read_text(encoding="utf-8")
        suites = re.findall(r'^TEST_SUITE\("([^"]+)"\)', text, re.M)
        suite = suites[-1] if suites else suite_name(args.file)
        edits[test_file] = text.rstrip("\n") + "\n\n" + test_cases(args, suite)
    else:
        edits[test_file] = new_test_file(args)
    readme = root / "README.md"
    edits[readme] = add_to_readme(readme.read_text(encoding="utf-8"), args)
    return edits


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n", 1)[1])
    parser.add_argument("--file", required=True,
                        help="the file of lib/rules, without .cpp (a new name creates it)")
    parser.add_argument("--id", required=True, help="the rule's id, kebab-case, stable")
    parser.add_argument("--paragraph", required=True,
                        help='the paragraph of GB.349/INS/4, like 24 or 19(f); "" for the format')
    parser.add_argument("--severity", required=True, choices=["error", "warning", "note"])
    parser.add_argument("--reach", required=True, choices=["document", "registry"],
                        help="document: judges each document as it is read; registry: the whole")
    parser.add_argument("--root", type=pathlib.Path, default=ROOT,
                        help="the source tree (default: the one holding this script)")
    parser.add_argument("--no-po", action="store_true", help="do not run po/update.py")
    parser.add_argument("summary", help="one line: what the rule reports")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        edits = plan(root, args)
    except Refused as refusal:
        print(f"add_rule.py: {refusal}; nothing written", file=sys.stderr)
        return 1
    for path, text in edits.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
    clang_format = shutil.which("clang-format")
    sources = [str(p) for p in edits if p.suffix in (".cpp", ".hpp")]
    if clang_format and (root / ".clang-format").exists():
        subprocess.run([clang_format, "-i"] + sources, cwd=root, check=True)
    if not args.no_po:
        subprocess.run([sys.executable, str(root / "po" / "update.py")], cwd=root, check=True)
    print(f"next: write check_{args.id.replace('-', '_')} in lib/rules/{args.file}.cpp, its "
          "explanation and examples, the failing case's document in "
          f"tests/rules/{args.file}_test.cpp, and the translations of po/fr.po and po/es.po")
    return 0


if __name__ == "__main__":
    sys.exit(main())
