#!/usr/bin/env python3
"""Extracts the English originals from the sources into po/gcsj.pot and merges them into every
po/LANG.po (msgmerge), so translators see what is new. Run after changing any message:

    python3 po/update.py            # rewrite po/gcsj.pot and update po/*.po
    python3 po/update.py --check    # exit 1 when po/gcsj.pot is not what the sources hold

See po/README.md for the markers and for adding a language.
"""
import csv
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PO = os.path.join(ROOT, "po")
TEMPLATE = os.path.join(PO, "gcsj.pot")

# The markers of po/README.md.
KEYWORDS = ["tr", "ctx:1c,2", "plural:1,2", "msg", "msg_n:1,2", "msg_g:2", "N_", "NC_:1c,2"]
# A sentence that agrees with the person it is said of (`msg_g`, i18n::Agreement) is translated
# three times: its neutral form, and its forms under these contexts (lib/i18n/translator.cpp).
AGREEMENT_CONTEXTS = ["said of a woman", "said of a man"]
# Every string they mark is a fmt format string with named placeholders: python-brace-format is
# gettext's name for that syntax, and makes `msgfmt --check` refuse a translation whose
# placeholders differ. xgettext does not apply it to C++ by itself: entries with a placeholder
# are flagged here.
PLACEHOLDER = re.compile(r"(?<!\{)\{[a-z_]+\}")


def sources():
    found = []
    for folder in ("lib", "cli"):
        for dirpath, _, names in os.walk(os.path.join(ROOT, folder)):
            found += [os.path.relpath(os.path.join(dirpath, n), ROOT) for n in names
                      if n.endswith((".cpp", ".hpp"))]
    return sorted(found)


def extract(output):
    command = ["xgettext", "--language=C++", "--from-code=UTF-8", "--add-comments=TRANSLATORS:",
               "--add-location=file", "--sort-by-file", "--package-name=gcsj",
               "--msgid-bugs-address=https://github.com/ilo/gcsj/issues", "--no-wrap",
               "--output=" + output]
    command += ["--keyword=" + k for k in KEYWORDS]
    subprocess.run(command + sources(), cwd=ROOT, check=True)
    text = open(output, encoding="utf-8").read()
    # A fixed date and the project's version, so the file only changes when the messages do.
    text = re.sub(r'"POT-Creation-Date: [^"]*"\n',
                  lambda _: '"POT-Creation-Date: 2026-11-30 00:00+0000\\n"\n', text)
    version = re.search(r"project\(gcsj VERSION ([0-9.]+)",
                        open(os.path.join(ROOT, "CMakeLists.txt")).read()).group(1)
    text = text.replace('"Project-Id-Version: gcsj\\n"', f'"Project-Id-Version: gcsj {version}\\n"')
    text = text.replace("CHARSET", "UTF-8")
    # xgettext guesses c-format for a message holding "60% is"; gcsj has no printf formats.
    text = re.sub(r"^#, c-format\n", "", text, flags=re.M)
    text = re.sub(r"^(#, .*), c-format$", r"\1", text, flags=re.M)
    entries = text.split("\n\n")
    for i, entry in enumerate(entries):
        original = "".join(re.findall(r'^msgid(?:_plural)? "(.*)"$', entry, re.M))
        if PLACEHOLDER.search(original) and "python-brace-format" not in entry:
            lines = entry.split("\n")
            at = next(j for j, line in enumerate(lines) if line.startswith(("msgctxt", "msgid")))
            lines.insert(at, "#, python-brace-format")
            entries[i] = "\n".join(lines)
    entries = with_agreements(entries)
    text = "\n\n".join(entries).rstrip("\n") + "\n\n" + "\n\n".join(data_entries() + example_entries()) + "\n"
    open(output, "w", encoding="utf-8").write(text)


def agreeing_msgids():
    """The msgids marked `msg_g`: xgettext run with that keyword alone."""
    with tempfile.TemporaryDirectory() as scratch:
        output = os.path.join(scratch, "agreeing.pot")
        subprocess.run(["xgettext", "--language=C++", "--from-code=UTF-8", "--no-wrap", "-k",
                        "--keyword=msg_g:2", "--force-po", "--output=" + output] + sources(),
                       cwd=ROOT, check=True)
        text = open(output, encoding="utf-8").read()
    return set(re.findall(r'^msgid "((?:[^"\\]|\\.)+)"$', text, re.M))


def with_agreements(entries):
    """Each `msg_g` entry followed by its copies under AGREEMENT_CONTEXTS."""
    agreeing, out = agreeing_msgids(), []
    for entry in entries:
        out.append(entry)
        found = re.search(r'^msgid "((?:[^"\\]|\\.)+)"$', entry, re.M)
        if found and found.group(1) in agreeing and "\nmsgctxt " not in "\n" + entry:
            at = entry.index("msgid ")
            for context in AGREEMENT_CONTEXTS:
                out.append(entry[:at] + f"msgctxt {po_string(context)}\n" + entry[at:])
    return out


# Names from the reference data that a reader sees in sentences and on the portal: countries and
# the titles of the Sustainable Development Goals. They are translated as every message is, in
# po/LANG.po, under these contexts (lib/refdata/reference_data.hpp names the same).
DATA_TERMS = [
    ("country (ISO 3166-1 short name)", "data/ilo-member-states.csv", "name"),
    ("country (ISO 3166-1 short name)", "data/iso-3166-1.csv", "name"),
    ("Sustainable Development Goal, its title (A/RES/70/1)", "data/sdgs.csv", "title"),
]


def po_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def data_entries():
    """The template's entries of DATA_TERMS, each name once, in the order of the files."""

    seen, entries = set(), []
    for context, path, column in DATA_TERMS:
        with open(os.path.join(ROOT, path), encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows):
                name = row[column].strip()
                if name and (context, name) not in seen:
                    seen.add((context, name))
                    entries.append(f"#: {path}\nmsgctxt {po_string(context)}\nmsgid {po_string(name)}"
                                   f"\nmsgstr \"\"")
    return entries


# The comments of the rules' YAML (and CSV) examples (`.passing`, `.failing`), which `gcsj
# explain` shows in the reader's language (lib/render/rules/explain.cpp names the same context
# and finds the same comments): a line that is a comment (`# as of 2026-01-01`), or the comment
# after a value (`status: admitted   # no admission date`). The example itself is registry text
# and stays as written, and so does a comment that is one word, a file's name
# (`# partners/ituc.yaml`).
EXAMPLE_CONTEXT = "a comment in a rule's YAML example"
EXAMPLE = re.compile(r'\.(?:passing|failing)\s*=\s*R"(yaml|csv)\((.*?)\)\1"', re.S)


def example_comment(line):
    """The comment of an example's line, or "" (explain.cpp's comment_start)."""
    if line.lstrip(" ").startswith("# "):
        return line.lstrip(" ")[2:].strip()
    at = line.find(" # ")
    return line[at + 3:].strip() if at >= 0 else ""


def example_entries():
    seen, entries = set(), []
    for path in sources():
        text = open(os.path.join(ROOT, path), encoding="utf-8").read()
        for example in EXAMPLE.finditer(text):
            for line in example.group(2).splitlines():
                comment = example_comment(line)
                if comment and " " in comment and comment not in seen:
                    seen.add(comment)
                    entries.append(f"#: {path}\nmsgctxt {po_string(EXAMPLE_CONTEXT)}\n"
                                   f"msgid {po_string(comment)}\nmsgstr \"\"")
    return entries


def messages(path):
    """The (context, msgid, plural) of every entry of a .po/.pot file."""
    result = subprocess.run(["msgcat", "--no-location", "--no-wrap", "--sort-output", path],
                            capture_output=True, text=True, check=True).stdout
    return set(re.findall(r'(?:msgctxt "((?:[^"\\]|\\.)*)"\n)?msgid "((?:[^"\\]|\\.)*)"\n'
                          r'(?:msgid_plural "((?:[^"\\]|\\.)*)")?', result))


def main():
    with tempfile.TemporaryDirectory() as scratch:
        fresh = os.path.join(scratch, "gcsj.pot")
        extract(fresh)
        if "--check" in sys.argv:
            if not os.path.exists(TEMPLATE) or messages(fresh) != messages(TEMPLATE):
                print("po/gcsj.pot is out of date: run python3 po/update.py")
                return 1
            print("po/gcsj.pot holds every message of the sources")
            return 0
        os.replace(fresh, TEMPLATE)
    for name in sorted(os.listdir(PO)):
        if name.endswith(".po"):
            subprocess.run(["msgmerge", "--quiet", "--update", "--backup=none", "--no-wrap",
                            "--no-fuzzy-matching", "--previous", os.path.join(PO, name), TEMPLATE],
                           check=True)
    print(f"po/gcsj.pot: {len(messages(TEMPLATE))} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
