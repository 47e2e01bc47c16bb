#!/usr/bin/env python3
"""The translations are whole, correct and spelt right, and gcsj speaks them.

For every po/LANG.po:
- po/gcsj.pot holds exactly the messages of the sources (po/update.py --check);
- the catalogue holds every message of the template, none untranslated, none fuzzy;
- `msgfmt --check` accepts it (python-brace-format: placeholders agree);
- each translation has exactly the placeholders of its original, form by form ({partner} may move,
  never vanish, appear or be renamed);
- `i18nspector` reports no error or warning;
- hunspell, with the language's Debian dictionary and po/wordlist-LANG.txt, knows every word of
  the translations (placeholders, `code`, ¶ marks, URLs and identifiers left out).
Then gcsj itself: every finding of the example and fixture registries, and every rule's summary,
reads differently in each language than in English (nothing left untranslated at run time); and
no sentence of the English originals shows, untranslated, in the views (group seats, terms and
plan, list partners, changes, report) or on the portal's pages written in another language.

Usage: check_catalogues.py GCSJ_BINARY SOURCE_DIR
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

binary, source = sys.argv[1], sys.argv[2]
po_dir = os.path.join(source, "po")
failures = []
DICTIONARIES = {"fr": "fr_FR", "es": "es_ES"}
PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}")


# " :" followed by a space or the end: French punctuation after a plain space (not "a :b" in code).
PLAIN_SPACE_BEFORE_MARK = re.compile(r" [:;!?](?=\s|$)")


def unquote(lines):
    return "".join(json.loads(line) for line in lines)


def entries(path):
    """Every entry of a .po file: flags, context, msgid, plural, and msgstr forms."""
    text = open(path, encoding="utf-8").read()
    found = []
    for block in text.split("\n\n"):
        entry = {"flags": "", "msgctxt": None, "msgid": None, "msgid_plural": None, "msgstr": {}}
        field, values = None, []

        def flush():
            if field is None:
                return
            value = unquote(values)
            if field.startswith("msgstr["):
                entry["msgstr"][int(field[7:-1])] = value
            elif field == "msgstr":
                entry["msgstr"][0] = value
            else:
                entry[field] = value

        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] += line
            elif line.startswith("#~"):
                entry["obsolete"] = True
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                values.append(line)
            else:
                flush()
                field, _, rest = line.partition(" ")
                values = [rest]
        flush()
        if entry["msgid"] is not None and not entry.get("obsolete"):
            found.append(entry)
    return found


def key(entry):
    return (entry["msgctxt"], entry["msgid"])


# The template is what the sources hold.
check = subprocess.run([sys.executable, os.path.join(po_dir, "update.py"), "--check"],
                       capture_output=True, text=True)
if check.returncode:
    failures.append(check.stdout.strip() or check.stderr.strip())
template = {key(e): e for e in entries(os.path.join(po_dir, "gcsj.pot")) if e["msgid"]}

languages = sorted(name[:-3] for name in os.listdir(po_dir) if name.endswith(".po"))
if not {"fr", "es"} <= set(languages):
    failures.append(f"po/ lacks French or Spanish: {languages}")

for language in languages:
    path = os.path.join(po_dir, language + ".po")
    catalogue = {key(e): e for e in entries(path) if e["msgid"]}
    for k in template:
        if k not in catalogue:
            failures.append(f"{language}.po lacks {k[1]!r}: run python3 po/update.py")
    for k, entry in catalogue.items():
        name = f"{language}.po: {k[1][:60]!r}"
        if k not in template:
            failures.append(f"{name}: not in the template (obsolete)")
        if "fuzzy" in entry["flags"]:
            failures.append(f"{name}: fuzzy")
        forms = entry["msgstr"]
        if not forms or any(not v for v in forms.values()):
            failures.append(f"{name}: untranslated")
            continue
        originals = set(PLACEHOLDER.findall(entry["msgid"]))
        if entry["msgid_plural"] is not None:
            originals |= set(PLACEHOLDER.findall(entry["msgid_plural"]))
        for index, translation in forms.items():
            placeholders = set(PLACEHOLDER.findall(translation))
            # A plural form may write its number as a word ("un puesto" where only one is meant).
            if entry["msgid_plural"] is not None and "count" in originals:
                placeholders.add("count")
            if placeholders != originals:
                failures.append(f"{name}: form {index} has placeholders {sorted(placeholders)}, "
                                f"the original {sorted(originals)}")
            # French typography: a no-break space (U+00A0), never a plain one, before : ; ! ?
            if language == "fr" and PLAIN_SPACE_BEFORE_MARK.search(translation):
                failures.append(f"{name}: form {index} has a plain space before : ; ! or ? "
                                f"(French wants U+00A0)")
    compiled = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, path],
                              capture_output=True, text=True)
    if compiled.returncode or "untranslated" in compiled.stderr or "fuzzy" in compiled.stderr:
        failures.append(f"msgfmt --check {language}.po: {compiled.stderr.strip()[:500]}")
    if shutil.which("i18nspector"):
        spector = subprocess.run(["i18nspector", path], capture_output=True, text=True)
        for line in spector.stdout.splitlines():
            if line.startswith(("E:", "W:")):
                failures.append(f"i18nspector: {line}")
    else:
        print("i18nspector is not installed: skipped")

    dictionary = DICTIONARIES.get(language)
    if dictionary and shutil.which("hunspell"):
        prose = []
        for entry in catalogue.values():
            for translation in entry["msgstr"].values():
                text = re.sub(r"`[^`]*`", " ", translation)            # keys and values as typed
                text = PLACEHOLDER.sub(" ", text)
                text = re.sub(r"https?://\S+", " ", text)
                text = re.sub(r"¶\d+([–-]\d+)?(\([a-z]+\))*", " ", text)  # ¶19(f), ¶21-26
                text = re.sub(r"\b[\w.-]*[/_][\w./-]*", " ", text)      # paths, x_keys
                prose.append(text)
        wordlist = os.path.join(po_dir, f"wordlist-{language}.txt")
        command = ["hunspell", "-d", dictionary, "-l"]
        if os.path.exists(wordlist):
            command += ["-p", wordlist]
        spelled = subprocess.run(command, input="\n".join(prose), capture_output=True, text=True)
        unknown = sorted(set(spelled.stdout.split()))
        if unknown:
            failures.append(f"hunspell {dictionary} does not know: {' '.join(unknown)} "
                            f"(fix the spelling, or add proper nouns to po/wordlist-{language}.txt)")
    elif dictionary:
        print("hunspell is not installed: the spelling check is skipped")

# gcsj speaks each language: nothing of its findings or rules is left in English.
registries = [os.path.join(source, p) for p in ("examples/registry", "examples/applications",
                                                 "examples/groups", "tests/fixtures/broken")]
english_only = re.compile(r"^[\W\d_]*$")  # nothing to translate: numbers, marks
for language in languages:
    for registry in registries:
        run = subprocess.run([binary, "validate", "--no-config", "--as-of", "2026-11-30", "-f",
                              "json", "--lang", language, registry],
                             capture_output=True, text=True)
        if run.returncode not in (0, 1):
            failures.append(f"validate --lang {language} {registry}: exit {run.returncode}")
            continue
        report = json.loads(run.stdout)
        if report.get("language") != language:
            failures.append(f"validate --lang {language}: the report says {report.get('language')}")
        for finding in report["findings"]:
            pairs = [(finding["message"], finding["message_en"]), (finding["hint"], finding["hint_en"])]
            pairs += [(r["message"], r["message_en"]) for r in finding["related"]]
            for text, english in pairs:
                if text and text == english and not english_only.match(english):
                    failures.append(f"--lang {language}: `{finding['rule']}` left in English: "
                                    f"{english[:120]!r}")
    rules = json.loads(subprocess.run([binary, "rules", "-f", "json", "--lang", language],
                                      capture_output=True, text=True).stdout)
    for rule in rules:
        if rule["summary"] == rule["summary_en"] or rule["explanation"] == rule["explanation_en"]:
            failures.append(f"--lang {language}: the rule {rule['id']} is described in English")

# The views and the portal: no English original of the catalogue (a run of words between its
# placeholders) shows in another language's output, unless its translation is the same text.
def english_runs(catalogues):
    runs = set()
    for k, entry in template.items():
        originals = [entry["msgid"]] + ([entry["msgid_plural"]] if entry["msgid_plural"] else [])
        for original in originals:
            for run_ in re.split(r"\{[a-z_]+\}|`[^`]*`", original):
                run_ = run_.strip(" .,;:()")
                # Whole phrases only: a lone word may be the same in English and French.
                if len(run_) >= 16 and len(re.findall(r"[A-Za-z]{3,}", run_)) >= 3:
                    if any(run_ in "".join(c.get(k, {"msgstr": {}})["msgstr"].values())
                           for c in catalogues):
                        continue  # kept as is in a translation (a name, a code)
                    runs.add(run_)
    return runs


def strip_markup(text):
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


all_catalogues = [{key(e): e for e in entries(os.path.join(po_dir, f"{l}.po")) if e["msgid"]}
                  for l in languages if l != "en"]
runs = english_runs(all_catalogues)
views = [
    ["group", "seats", "examples/registry"],
    ["group", "terms", "examples/registry"],
    ["group", "plan", "examples/registry", "--horizon", "730"],
    ["group", "plan", "examples/registry", "--horizon", "730", "-f", "markdown"],
    ["group", "plan", "examples/registry", "--horizon", "730", "-f", "ics"],
    ["list", "partners", "examples/registry"],
    ["changes", "examples/registry", "--from", "2024-01-01"],
    ["changes", "examples/registry", "--from", "2024-01-01", "-f", "markdown"],
    ["report", "examples/registry", "--since", "2024-01-01"],
    ["rules"],
    ["explain", "geographical-diversity"],
]
# Registry text is shown as written in every language: the Forum's session titles, places and
# events of the example registry (an English title may hold a message's words) are not gcsj's.
registry_text = []
with open(os.path.join(source, "examples", "registry", "forum.yaml"), encoding="utf-8") as f:
    for line in f:
        key, _, value = line.strip().partition(": ")
        if key in ("title", "place", "alongside") and value:
            registry_text.append(value.strip().strip('"'))
site = tempfile.mkdtemp(prefix="gcsj-i18n-site-")
try:
    built = subprocess.run([binary, "publish", "examples/registry", "--as-of", "2026-11-30",
                            "--out", os.path.join(site, "out")], capture_output=True, text=True,
                           cwd=source)
    if built.returncode:
        failures.append(f"publish: exit {built.returncode}: {built.stderr[-300:]}")
    for language in languages:
        if language == "en":
            continue
        outputs = []
        for view in views:
            argv = [binary] + view + ["--lang", language]
            if view[0] not in ("rules", "explain"):
                argv += ["--as-of", "2026-11-30"]
            done = subprocess.run(argv, capture_output=True, text=True, cwd=source)
            # The rules' YAML examples (comments included) are data, not words of gcsj.
            text = done.stdout if view[0] not in ("rules", "explain") else "\n".join(
                line for line in done.stdout.splitlines() if not line.lstrip().startswith("#"))
            outputs.append((" ".join(view), text))
        tree = os.path.join(site, "out", language)
        for folder, _, names in os.walk(tree):
            for name in names:
                if name.endswith((".html", ".xml", ".svg")):
                    page = os.path.join(folder, name)
                    text = strip_markup(open(page, encoding="utf-8").read())
                    for value in registry_text:
                        text = text.replace(value, " ")
                    outputs.append((os.path.relpath(page, site), text))
        for where, text in outputs:
            left = sorted(r for r in runs if r in text)
            for run_ in left[:3]:
                failures.append(f"--lang {language}: {where}: English left: {run_!r}")
finally:
    shutil.rmtree(site, ignore_errors=True)

unique = list(dict.fromkeys(failures))
for failure in unique[:200]:
    print("FAIL:", failure)
if len(unique) > 200:
    print(f"... and {len(unique) - 200} more")
print(f"{len(languages)} catalogues of {len(template)} messages checked: {len(unique)} failures")
sys.exit(1 if unique else 0)
