#!/usr/bin/env python3
"""Private fields never reach a published output (issue 22, item 6; spec section 2).

A partner's focal points (`contacts`: name, role, email, phone), its `contact` string and the
`decision` on a declined application are the secretariat's: they are never published. This check
copies the example registry, gives every partner focal points, a `contact` and (for a declined
application added to it) a `decision`, each a distinctive string, then builds every output that
leaves the secretariat and searches its BYTES for those strings:

  - the portal of `gcsj publish` (every language, every file: pages, feed, search index, assets);
  - `gcsj report` in every format (with a period that holds every admission);
  - `gcsj changes` in every format, over a period that holds every event, and `changes --base`
    against the registry without the private fields, both ways (added and removed), and against
    a version where only the private fields changed;
  - `gcsj list partners` as it prints by default (every format, no option that asks for contacts);
  - `gcsj group seats|terms|plan` in every format;
  - `gcsj export` without --private, every table, CSV and XLSX.

The search covers the strings as written, their distinctive words, and their forms in HTML, JSON
and URLs. It fails naming the output and the string found; `--self-test` also plants a string in
one output to show that the search finds it.

Usage: check_private.py GCSJ_BINARY SOURCE_DIR
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import zipfile

binary, source = sys.argv[1], sys.argv[2]
failures = []

AS_OF = "2026-12-01"
FROM = "2020-01-01"

# Every private value, and a distinctive word of each that no output would write by chance.
PRIVATE = {
    "contacts.name": ("Zanele Privatova-Okonkwo", "Privatova"),
    "contacts.role": ("Keeper of Sealed Registers", "Sealed Registers"),
    "contacts.email": ("zanele.privatova@focal.example.org", "focal.example.org"),
    "contacts.phone": ("+254 700 913 577", "913 577"),
    "contact": ("secretariat-desk-4417@partner.example.net", "desk-4417"),
    "decision": ("Declined: the sealed assessment of Quuxbridge found no route", "Quuxbridge"),
}


def forms(text):
    """The ways an output may write a string: as is, escaped for HTML, JSON or a URL."""
    out = {text, html.escape(text), html.escape(text, quote=False),
           json.dumps(text)[1:-1], urllib.parse.quote(text), urllib.parse.quote_plus(text)}
    return {f.encode("utf-8") for f in out if f}


NEEDLES = []
for key, (value, word) in PRIVATE.items():
    for needle in forms(value) | forms(word):
        NEEDLES.append((key, needle))


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def gcsj(*args, cwd=None):
    return subprocess.run([binary, *args], cwd=cwd or source, capture_output=True)


searched = {"outputs": 0, "bytes": 0}


def found_in(data):
    """The private keys whose value (or a form of it) is in data (bytes)."""
    return sorted({key for key, needle in NEEDLES if needle in data})


def search(label, data):
    """Fails once per private value found in data (bytes)."""
    searched["outputs"] += 1
    searched["bytes"] += len(data)
    found = found_in(data)
    for key in found:
        check(False, f"{label}: the private `{key}` is in the output")
    return found


def private_keys(focal_points):
    name, role, email, phone = (PRIVATE[k][0] for k in
                                ("contacts.name", "contacts.role", "contacts.email", "contacts.phone"))
    text = f"contact: {PRIVATE['contact'][0]}\n"
    text += "contacts:\n"
    for i in range(focal_points):
        suffix = "" if i == 0 else f" {i}"
        text += (f"  - name: {name}{suffix}\n    role: {role}\n    email: {email}\n"
                 f"    phone: \"{phone}\"\n    language: fr\n")
    return text


DECLINED = """kind: partner
id: quux-declined
name: Quux Applicants Network
category: ngo
status: declined
applied: 2025-05-02
declined: 2025-09-15
decision: {decision}
international: false
country: KE
adherence:
  declared: 2025-05-01
  advocate: true
  uphold: true
  contribute: true
  levels: [national]
actions:
  - title: Community outreach
    domains: [protection]
"""


# The Forum (issue 26): a session whose hosts and initiatives name the declined application, a
# partner that is never public (¶18): the portal names it nowhere, in no byte.
FORUM_SESSION = """  - date: 2025-12-01
    title: A session co-hosted by an application
    place: Nairobi
    format: hybrid
    hosts: [ilo, quux-declined, brazil]
    initiatives:
      - partner: quux-declined
        action: Community outreach
      - partner: brazil
"""
NOT_PUBLIC = ("quux-declined", "Quux Applicants Network", "Community outreach")


def make_registry(root, private, focal_points=1):
    """The example registry; with private fields on every partner when `private`."""
    shutil.copytree(os.path.join(source, "examples", "registry"), root)
    with open(os.path.join(root, "forum.yaml"), "a", encoding="utf-8") as f:
        f.write(FORUM_SESSION)
    partners = os.path.join(root, "partners")
    with open(os.path.join(partners, "quux-declined.yaml"), "w", encoding="utf-8") as f:
        decision = PRIVATE["decision"][0] if private else "none recorded"
        f.write(DECLINED.format(decision=json.dumps(decision)))
    if not private:
        return root
    for name in sorted(os.listdir(partners)):
        path = os.path.join(partners, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not text.endswith("\n"):
            text += "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(text + private_keys(focal_points))
    return root


def output(label, *args, cwd=None):
    done = gcsj(*args, cwd=cwd)
    check(done.returncode in (0, 1), f"{label}: exit {done.returncode}: {done.stderr[-400:]!r}")
    search(label, done.stdout)
    search(label + " (standard error)", done.stderr)
    return done


def formats_of(*command):
    """The values of --format a command takes, read from its help (the first is the default)."""
    done = gcsj(*command, "--help")
    text = done.stdout.decode("utf-8", "replace")
    for line in text.splitlines():
        if "-f,--format" in line or "--format" in line:
            if "{" in line and "}" in line:
                inside = line[line.index("{") + 1:line.index("}")]
                return [v.strip() for v in inside.split(",") if v.strip()]
    return []


def check_site(registry, work):
    site = os.path.join(work, "site")
    done = gcsj("publish", registry, "--out", site, "--as-of", AS_OF, "--news-days", "3000",
                "--allow-errors", "-q")
    check(done.returncode == 0, f"publish: exit {done.returncode}: {done.stderr[-400:]!r}")
    search("publish (its messages)", done.stdout + done.stderr)
    files = 0
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            search(f"publish: {os.path.relpath(path, site)}", data)
            for text in NOT_PUBLIC:
                for needle in forms(text):
                    check(needle not in data, f"publish: {os.path.relpath(path, site)} names "
                          f"{text!r}, a Forum host or initiative that is not public")
            files += 1
    check(files > 20, f"publish wrote {files} files: is the portal whole?")
    # The partner pages exist, so the search read what a focal point would have been shown on.
    check(os.path.exists(os.path.join(site, "en", "partners", "cotu-kenya.html")),
          "publish: no page for cotu-kenya")
    # The Forum page shows the session, so the search read where the host would have been named.
    for lang in ("en", "fr", "es"):
        forum = os.path.join(site, lang, "forum.html")
        check(os.path.exists(forum) and b"session-2025-12-01" in open(forum, "rb").read(),
              f"publish: {lang}/forum.html lacks the session the check plants")


def check_views(registry, work):
    for fmt in formats_of("report") or ["markdown", "json"]:
        output(f"report -f {fmt}", "report", registry, "--as-of", AS_OF, "--since", FROM,
               "-f", fmt)
    for lang in ("fr", "es"):
        output(f"report --lang {lang}", "report", registry, "--as-of", AS_OF, "--since", FROM,
               "--lang", lang)
    for fmt in formats_of("changes") or ["text", "markdown", "json"]:
        output(f"changes -f {fmt}", "changes", registry, "--from", FROM, "--to", AS_OF, "-f", fmt)
    output("list partners", "list", "partners", registry, "--as-of", AS_OF)
    for fmt in formats_of("list", "partners") or ["text", "json", "csv"]:
        output(f"list partners -f {fmt}", "list", "partners", registry, "--as-of", AS_OF,
               "-f", fmt)
        for status in ("applied", "declined", "admitted"):
            done = gcsj("list", "partners", registry, "--as-of", AS_OF, "-f", fmt,
                        "--status", status)
            if done.returncode != 2:  # a status the command does not know yet
                check(done.returncode in (0, 1), f"list partners --status {status}: exit "
                      f"{done.returncode}")
                search(f"list partners -f {fmt} --status {status}", done.stdout + done.stderr)
    # The queue of applications, once `list applications` exists: its default output.
    done = gcsj("list", "applications", registry, "--as-of", AS_OF)
    if done.returncode != 2:
        search("list applications", done.stdout + done.stderr)
    for view in ("seats", "terms", "plan"):
        for fmt in formats_of("group", view) or ["text", "json"]:
            output(f"group {view} -f {fmt}", "group", view, registry, "--as-of", AS_OF, "-f", fmt)
    check_export(registry, work)


def check_export(registry, work):
    """`gcsj export` without --private: every table, CSV and XLSX (its XML parts searched); with
    --private the same strings are there, so the search reads the cells they would be in."""
    for table in ("partners", "actions", "group", "applications", "forum"):
        output(f"export --table {table}", "export", registry, "--table", table, "--as-of", AS_OF)
    tables = os.path.join(work, "export-csv")
    output("export --table all", "export", registry, "--table", "all", "-o", tables,
           "--as-of", AS_OF)
    for name in sorted(os.listdir(tables)):
        with open(os.path.join(tables, name), "rb") as f:
            search(f"export: {name}", f.read())
    check(sorted(os.listdir(tables)) == ["actions.csv", "applications.csv", "forum.csv",
                                         "group.csv", "partners.csv"],
          f"export --table all: {os.listdir(tables)}")
    workbook = os.path.join(work, "export.xlsx")
    output("export -f xlsx", "export", registry, "--table", "all", "-f", "xlsx", "-o", workbook,
           "--as-of", AS_OF)
    with zipfile.ZipFile(workbook) as parts:
        for name in parts.namelist():
            search(f"export -f xlsx: {name}", parts.read(name))
    exported = os.path.join(work, "export-private")
    private = gcsj("export", registry, "--table", "all", "-o", exported, "--private",
                   "--as-of", AS_OF)
    check(private.returncode == 0, f"export --private: exit {private.returncode}")
    written = b"".join(open(os.path.join(exported, name), "rb").read()
                       for name in os.listdir(exported))
    missing = set(PRIVATE) - set(found_in(written))
    check(not missing, f"export --private lacks {sorted(missing)}: is the search blind?")


def check_base(work):
    """`changes --base`: private fields added, removed, and changed alone."""
    plain = make_registry(os.path.join(work, "plain"), private=False)
    private = make_registry(os.path.join(work, "private"), private=True)
    more = make_registry(os.path.join(work, "more"), private=True, focal_points=2)
    for fmt in formats_of("changes") or ["text", "markdown", "json"]:
        for label, target, base in (("added", private, plain), ("removed", plain, private),
                                    ("changed", more, private)):
            output(f"changes --base ({label}) -f {fmt}", "changes", target, "--base", base,
                   "--as-of", AS_OF, "-f", fmt)


def self_test():
    """The search finds a private string planted in an output: the check can fail."""
    planted = b"<p>" + html.escape(PRIVATE["contacts.name"][0]).encode() + b"</p>"
    check(found_in(planted) == ["contacts.name"], "self-test: a planted name is not found")
    planted = json.dumps({"d": PRIVATE["decision"][0]}).encode()
    check(found_in(planted) == ["decision"], "self-test: a planted decision is not found")
    planted = urllib.parse.quote(PRIVATE["contacts.email"][0]).encode()
    check(found_in(planted) == ["contacts.email"], "self-test: a planted address is not found")
    check(found_in(b"Zanele") == [], "self-test: a common word is taken for a private value")


def main():
    work = tempfile.mkdtemp(prefix="gcsj-private-")
    try:
        self_test()
        registry = make_registry(os.path.join(work, "registry"), private=True)
        # The registry reads: the private fields are there to leak.
        done = gcsj("validate", registry, "--as-of", AS_OF, "-f", "json")
        check(done.returncode in (0, 1), f"validate: exit {done.returncode}: {done.stderr!r}")
        check_site(registry, work)
        check_views(registry, work)
        check_base(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print(f"no private field in {searched['outputs']} outputs ({searched['bytes']} bytes)")
    return 0


sys.exit(main())
