#!/usr/bin/env python3
"""A country is never the subject of a sentence, nor the object of a preposition, in any language.

    check_country_position.py SOURCE_DIR

French and Spanish give a country's name its article and agreement (« le Kenya siège », « les
Philippines siègent », « du Brésil », « el Perú »), which a name filled into a placeholder cannot
have. gcsj's choice (README, "Languages"; po/README.md) is that every message writes a country
in apposition only: inside parentheses, "(Kenya, KE)", or after a colon, "pays : Kenya". This
check reads every message of po/gcsj.pot and every translation of po/*.po that holds the
placeholder `{country}`, and fails on one that writes it anywhere else. It also proves it can
fail, on a planted translation « {country} ({code}) siège ».
"""
import os
import re
import sys

ALLOWED_BEFORE = re.compile(r"(\(|:[ \u00a0])$")


def entries(path):
    """(msgid, [msgstr...]) of each live entry; the files are written with --no-wrap."""
    text = open(path, encoding="utf-8").read()
    for block in text.split("\n\n"):
        if block.lstrip().startswith("#~"):
            continue
        msgid = re.search(r'^msgid "(.*)"$', block, re.M)
        if not msgid:
            continue
        yield msgid.group(1), re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', block, re.M)


def misplaced(text):
    """True when `{country}` stands somewhere other than after "(" or a colon."""
    return any(not ALLOWED_BEFORE.search(text[:m.start()])
               for m in re.finditer(r"\{country\}", text))


def problems(po_dir):
    found = []
    for name in sorted(os.listdir(po_dir)):
        if not name.endswith((".po", ".pot")):
            continue
        for msgid, msgstrs in entries(os.path.join(po_dir, name)):
            for text in [msgid] + msgstrs:
                if text and misplaced(text):
                    found.append(f"{name}: {text}")
    return found


def main():
    root = sys.argv[1]
    planted = "{country} ({code}) siège dans la région `{region}`"
    if not misplaced(planted) or misplaced("Le pays du partenaire ({country}, {code})"):
        print("the check cannot tell a country in subject position from one in apposition")
        return 1
    found = problems(os.path.join(root, "po"))
    for problem in found:
        print("a country outside parentheses or a colon:", problem)
    if not found:
        print("every message writes a country in apposition (parentheses or after a colon)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
