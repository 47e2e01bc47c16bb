#!/usr/bin/env python3
"""`gcsj report --out DIR`, and the Word document Debian's pandoc makes of it, read by an
independent reader (Debian's python3-docx).

For English, French and Spanish: writes the example registry's report with its charts; checks
that DIR holds report.md and every chart it refers to, by relative paths, each a standalone SVG
that an XML parser reads, that the same registry, dates and language give the same bytes, and
that `report` without --out prints the Markdown as before (no image); then runs
`pandoc DIR/report.md --resource-path DIR -o report.docx` and opens the DOCX with python3-docx:
its headings are the Markdown's (text and level), its tables as many as the Markdown's, the table
of partners by category holds, row by row, the figures of `report -f json`, and every chart is an
inline picture with its image part (SVG) and its title as caption. Also: --out refuses a directory
of other files (exit 2, nothing changed) and -f json. Exits 77 (skipped) when pandoc or
python3-docx is absent.

Usage: check_report_docx.py GCSJ_BINARY SOURCE_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

try:
    import docx
except ImportError:
    print("python3-docx is not installed: skipped")
    sys.exit(77)
if shutil.which("pandoc") is None:
    print("pandoc is not installed: skipped")
    sys.exit(77)

binary, source = sys.argv[1], sys.argv[2]
registry = os.path.join(source, "examples", "registry")
DATES = ["--as-of", "2026-12-01", "--since", "2026-01-01"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def gcsj(*args, ok=True):
    done = subprocess.run([binary, "report", registry, *DATES, *args], capture_output=True)
    if ok and done.returncode != 0:
        failures.append(f"gcsj report {' '.join(args)}: exit {done.returncode}: "
                        f"{done.stderr.decode(errors='replace')}")
    return done


def unescaped(markdown):
    """A Markdown heading's text as a reader sees it: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown).strip()


def typeset(text):
    """Text as pandoc typesets it (its `smart` extension): curly apostrophes, dashes, ellipses."""
    return text.replace("'", "\u2019").replace("...", "\u2026").replace("--", "\u2013")


def files_of(directory):
    out = {}
    for root, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, directory)] = f.read()
    return out


work = tempfile.mkdtemp(prefix="gcsj-report-docx-")
try:
    for lang in ("en", "fr", "es"):
        out = os.path.join(work, lang)
        done = gcsj("--lang", lang, "--out", out)
        if done.returncode != 0:
            continue
        check(done.stdout == b"", f"{lang}: --out printed {done.stdout[:80]!r}")
        with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
            markdown = f.read()
        images = re.findall(r"^!\[([^\]]+)\]\(([^)]+)\)$", markdown, re.M)
        check(len(images) >= 5, f"{lang}: {len(images)} images in report.md")
        for alt, path in images:
            check(not os.path.isabs(path) and ".." not in path.split("/"),
                  f"{lang}: {path} is not a relative path inside DIR")
            check(os.path.isfile(os.path.join(out, path)), f"{lang}: {path} is missing")
            try:
                root = ET.parse(os.path.join(out, path)).getroot()
                check(root.tag == "{http://www.w3.org/2000/svg}svg", f"{lang}: {path}: not SVG")
            except (ET.ParseError, OSError) as error:
                failures.append(f"{lang}: {path}: {error}")
        # The same registry, dates and language: the same bytes.
        again = os.path.join(work, lang + "-again")
        gcsj("--lang", lang, "--out", again)
        check(files_of(out) == files_of(again), f"{lang}: two runs wrote different bytes")
        # Without --out: the Markdown as before, no image.
        printed = gcsj("--lang", lang).stdout.decode()
        check("![" not in printed, f"{lang}: report without --out refers to images")
        check(markdown.startswith(printed.rstrip("\n")),
              f"{lang}: report.md does not begin with the printed report")

        # pandoc: Markdown to DOCX, as the README says.
        document_path = os.path.join(work, f"report-{lang}.docx")
        made = subprocess.run(["pandoc", os.path.join(out, "report.md"), "--resource-path", out,
                               "-o", document_path], capture_output=True)
        check(made.returncode == 0, f"{lang}: pandoc failed: {made.stderr.decode()}")
        if made.returncode != 0:
            continue
        document = docx.Document(document_path)
        headings = [(int(p.style.name.split()[-1]), p.text.strip()) for p in document.paragraphs
                    if p.style.name.startswith("Heading ")]
        expected = [(len(m.group(1)), typeset(unescaped(m.group(2))))
                    for m in re.finditer(r"^(#{1,6}) (.+)$", markdown, re.M)]
        check(headings == expected,
              f"{lang}: the DOCX headings differ from the Markdown's: {headings[:4]} ... "
              f"against {expected[:4]} ...")
        tables = len(re.findall(r"^\|(?: ?:?-+:? ?\|)+$", markdown, re.M))
        check(len(document.tables) == tables,
              f"{lang}: {len(document.tables)} tables in the DOCX, {tables} in the Markdown")
        # A known figure: partners by category, as `report -f json` counts them.
        figures = json.loads(gcsj("--lang", lang, "-f", "json").stdout)
        counts = {typeset(c["label"]): str(c["count"]) for c in figures["partners"]["by_category"]}
        found = False
        for table in document.tables:
            rows = {row.cells[0].text.strip(): [c.text.strip() for c in row.cells[1:]]
                    for row in table.rows}
            if all(label in rows for label in counts):
                # the figure on the as-of date (a column of the start of the period may follow)
                found = all(value in rows[label] for label, value in counts.items())
                break
        check(found, f"{lang}: no table of partners by category with {counts}")
        # Figures: a picture per chart, each with its SVG part and its caption.
        check(len(document.inline_shapes) == len(images),
              f"{lang}: {len(document.inline_shapes)} pictures for {len(images)} charts")
        parts = [p for p in document.part.package.parts if p.content_type == "image/svg+xml"]
        check(len(parts) == len(images), f"{lang}: {len(parts)} SVG parts for {len(images)} charts")
        texts = [p.text for p in document.paragraphs]
        for alt, _ in images:
            check(typeset(unescaped(alt)) in texts, f"{lang}: no caption {unescaped(alt)!r}")

    # A directory of other files is refused, and left as it was; -f json with --out too.
    foreign = os.path.join(work, "foreign")
    os.makedirs(foreign)
    with open(os.path.join(foreign, "notes.txt"), "w") as f:
        f.write("mine\n")
    refused = gcsj("--out", foreign, ok=False)
    check(refused.returncode == 2, f"--out into a directory of other files: exit {refused.returncode}")
    check(sorted(os.listdir(foreign)) == ["notes.txt"], "--out changed a directory of other files")
    json_out = gcsj("-f", "json", "--out", os.path.join(work, "json"), ok=False)
    check(json_out.returncode == 2, f"-f json --out: exit {json_out.returncode}")
finally:
    shutil.rmtree(work, ignore_errors=True)

for failure in failures:
    print("FAIL:", failure)
print("report --out and its DOCX checked in en, fr, es" if not failures
      else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
