#!/usr/bin/env python3
"""Builds the portal with `gcsj publish` and checks it in a real headless Chromium.

Usage: check_site.py GCSJ SOURCE_DIR

For the example registry, a generated registry gcsj has never seen and a registry of hostile
strings, it publishes the site, serves it on localhost and drives Debian's Chromium through
chromedriver (W3C WebDriver over HTTP, no client library). It checks that every page renders,
every internal link resolves, the seat chart shows the seats of `gcsj group seats`, the figures
match `gcsj report`, search filters the directory, nothing unpublished appears, registry text
stays text, and an accessibility smoke check (one h1, headings in order, text alternatives,
labelled controls, a language). Exit status 77 (skipped) when Chromium is not installed.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse
import urllib.request

from webdriver import CHROMIUM, DRIVER, WebDriver, serve

AS_OF = "2026-11-29"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def gcsj_json(gcsj, *args):
    out = subprocess.run([gcsj, *args], capture_output=True, text=True, check=False)
    return json.loads(out.stdout)


# What each page says about itself, read in the browser after it has rendered.
PAGE_FACTS = """
const headings = Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))
  .map(h => Number(h.tagName[1]));
const svgs = Array.from(document.querySelectorAll('svg')).map(svg => {
  if (svg.getAttribute('aria-hidden') === 'true') return 'hidden';
  const ids = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
  const text = ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ');
  return svg.getAttribute('role') === 'img' && text.trim() ? 'ok' : 'unnamed';
});
const controls = Array.from(document.querySelectorAll('input,select,textarea')).map(c =>
  !!(c.id && document.querySelector('label[for="' + c.id + '"]')) || !!c.getAttribute('aria-label'));
return {
  ready: document.readyState,
  title: document.title,
  lang: document.documentElement.lang,
  headings: headings,
  svgs: svgs,
  images_without_alt: Array.from(document.images).filter(i => !i.hasAttribute('alt')).length,
  controls: controls,
  empty_links: Array.from(document.links).filter(a => !a.textContent.trim()).length,
  links: Array.from(document.links).map(a => a.href),
  switcher: Array.from(document.querySelectorAll('nav.languages a[data-language]'))
    .map(a => [a.getAttribute('data-language'), a.href]),
  text: document.body.innerText,
  pwned: window.__pwned === undefined ? null : String(window.__pwned),
};
"""


def check_page(path, facts, lang="en"):
    if facts["ready"] != "complete":
        fail(f"{path}: not loaded ({facts['ready']})")
    if not facts["title"].strip():
        fail(f"{path}: no title")
    if facts["lang"] != lang:
        fail(f"{path}: <html lang> is {facts['lang']!r}, not {lang!r}")
    levels = facts["headings"]
    if levels.count(1) != 1 or not levels or levels[0] != 1:
        fail(f"{path}: needs exactly one h1, first: {levels}")
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            fail(f"{path}: heading level jumps from h{before} to h{after}")
    if "unnamed" in facts["svgs"]:
        fail(f"{path}: an SVG has no text alternative")
    if facts["images_without_alt"]:
        fail(f"{path}: {facts['images_without_alt']} images without alt")
    if not all(facts["controls"]):
        fail(f"{path}: a form control has no label")
    if facts["empty_links"]:
        fail(f"{path}: {facts['empty_links']} links without text")
    if facts["pwned"] is not None:
        fail(f"{path}: registry text ran as script ({facts['pwned']})")


def crawl(driver, origin, site_dir, lang, languages):
    """Visits every page of the tree of `lang` reachable from its home page; checks links resolve
    and that the language switcher leads to the same page in each other language. Returns facts,
    by path relative to the tree."""
    prefix = f"{lang}/"
    seen, queue, pages = set(), [prefix + "index.html"], {}
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        driver.open(f"{origin}/{path}")
        facts = driver.run(PAGE_FACTS)
        pages[path[len(prefix):]] = facts
        check_page(path, facts, lang)
        inside = path[len(prefix):]
        switched = dict(facts["switcher"])
        for other in languages:
            if other == lang:
                continue
            if switched.get(other) != f"{origin}/{other}/{inside}":
                fail(f"{path}: the switcher to {other} leads to {switched.get(other)!r}")
        for href in facts["links"]:
            parts = urllib.parse.urlsplit(href)
            if f"{parts.scheme}://{parts.netloc}" != origin:
                continue
            target = urllib.parse.unquote(parts.path.lstrip("/"))
            file = os.path.join(site_dir, target)
            if not os.path.isfile(file):
                fail(f"{path}: dead link to {href}")
                continue
            if parts.fragment:
                with open(file, encoding="utf-8") as f:
                    if f'id="{parts.fragment}"' not in f.read():
                        fail(f"{path}: link to a missing anchor {href}")
            if target.endswith(".html") and target.startswith(prefix) and target not in seen:
                queue.append(target)
    tree = os.path.join(site_dir, lang)
    on_disk = {prefix + os.path.relpath(os.path.join(d, f), tree)
               for d, _, files in os.walk(tree) for f in files if f.endswith(".html")}
    for orphan in sorted(on_disk - seen):
        fail(f"{orphan}: no page links to it")
    return pages


LANGUAGES = ["en", "fr", "es"]


def check_root(driver, origin, out, label):
    """The root page sends the browser (English here) to its language; without script, links."""
    with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
        root = f.read()
    for lang in LANGUAGES:
        if f'<a href="{lang}/index.html"' not in root:
            fail(f"{label}: the root page's <noscript> list lacks {lang}")
    driver.open(f"{origin}/index.html")
    for _ in range(50):
        url = driver.run("return location.href")
        if url.endswith("/en/index.html"):
            break
        time.sleep(0.1)
    else:
        fail(f"{label}: the root page did not send an English browser to en/ ({url})")


def fold(text):
    """Text as the directory's search compares it: NFD, combining marks dropped, lower case."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if not unicodedata.category(ch).startswith("M")).lower()


def check_search_folds_accents(driver, origin, lang, label):
    """A word of the directory typed without its accents ("bresil") finds the partners whose
    text has it with them ("Brésil"), in the page's language."""
    driver.open(f"{origin}/{lang}/partners/index.html")
    searchable = driver.run("""return Array.from(document.querySelectorAll('#partner-list li'))
        .map(li => li.getAttribute('data-search'))""")
    accented = sorted({w for t in searchable for w in t.split()
                       if fold(w) != w.lower() and fold(w).isascii()})
    for word in accented[:3]:
        plain = fold(word)
        wanted = sum(1 for t in searchable if plain in fold(t))
        driver.open(f"{origin}/{lang}/partners/index.html")
        driver.type_into("#search-text", plain)
        shown = driver.run("""return Array.from(document.querySelectorAll('#partner-list li'))
            .filter(li => li.offsetParent !== null).length""")
        print(f"   {lang}: search '{plain}' for '{word}': {shown} shown")
        if shown != wanted or shown == 0:
            fail(f"{label}: {lang}: searching {plain!r} (for {word!r}) shows {shown}, "
                 f"expected {wanted}")


def check_registry(gcsj, driver, registry, label, hostile=None, as_of=AS_OF, unpublished=()):
    print(f"-- {label}: {registry}")
    site = tempfile.mkdtemp(prefix="gcsj-site-")
    out = os.path.join(site, "public")
    publish = subprocess.run([gcsj, "publish", registry, "--out", out, "--as-of", as_of,
                              "--allow-errors", "-q", "--lang", ",".join(LANGUAGES)],
                             capture_output=True, text=True)
    if publish.returncode != 0:
        fail(f"{label}: publish failed: {publish.stderr}")
        return
    server = serve(out)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        check_root(driver, origin, out, label)
        for lang in LANGUAGES[1:]:
            other = crawl(driver, origin, out, lang, LANGUAGES)
            # Search and filter work in every language; the status sentence names the count shown
            # (where the language puts it) and leaves no placeholder unfilled.
            driver.open(f"{origin}/{lang}/partners/index.html")
            driver.run("""const s = document.getElementById('search-category');
                s.value = 'government'; s.dispatchEvent(new Event('change'));""")
            status = driver.run("return document.getElementById('search-status').textContent")
            shown = driver.run("""return Array.from(document.querySelectorAll('#partner-list li'))
                .filter(li => li.offsetParent !== null).length""")
            if not re.search(rf"(?<!\d){shown}(?!\d)", status) or "{" in status:
                fail(f"{label}: {lang} search status {status!r} for {shown} shown")
            check_search_folds_accents(driver, origin, lang, label)
            print(f"   {lang}: {len(other)} pages checked")
        pages = crawl(driver, origin, out, "en", LANGUAGES)
        report = gcsj_json(gcsj, "report", registry, "--as-of", as_of, "-f", "json")
        listed = gcsj_json(gcsj, "list", "partners", registry, "--as-of", as_of, "-f", "json")

        # Figures on the home page are those of `gcsj report`.
        home = pages["index.html"]["text"]
        admitted = report["partners"]["admitted"]
        for number, what in ((admitted, "partners"), (report["actions"]["total"], "actions")):
            what = what[:-1] if number == 1 else what  # "1 partner", "2 partners"
            if f"{number}\n{what}" not in home and f"{number} {what}" not in home:
                fail(f"{label}: the home page does not show {number} {what}")
        for count in report["partners"]["by_category"]:
            if f"{count['label']}: {count['count']}" not in json.dumps(pages["index.html"]["text"]) \
                    and f"{count['label']}\t{count['count']}" not in home:
                driver.open(f"{origin}/en/index.html")
                desc = driver.run("return document.getElementById('chart-category-desc').textContent")
                if f"{count['label']}: {count['count']}" not in desc:
                    fail(f"{label}: category chart lacks {count['label']}: {count['count']}")

        # The directory lists the admitted partners, and search filters it.
        driver.open(f"{origin}/en/partners/index.html")
        state = driver.run("""return {
            form_hidden: document.getElementById('partner-search').hidden,
            items: document.querySelectorAll('#partner-list li').length,
            searchable: Array.from(document.querySelectorAll('#partner-list li'))
              .map(li => li.getAttribute('data-search'))};""")
        if state["form_hidden"]:
            fail(f"{label}: the search form stays hidden with the script")
        if state["items"] != admitted:
            fail(f"{label}: the directory lists {state['items']} partners, the report {admitted}")
        words = [w for text in state["searchable"] for w in text.split() if len(w) > 4]
        term = max(sorted(set(words)), key=words.count) if words else "a"
        expected = sum(1 for text in state["searchable"] if term in text)
        driver.type_into("#search-text", term)
        shown = driver.run("""return Array.from(document.querySelectorAll('#partner-list li'))
            .filter(li => li.offsetParent !== null).length""")
        status = driver.run("return document.getElementById('search-status').textContent")
        print(f"   search '{term}': {shown} of {admitted} shown")
        if shown != expected or not status.startswith(f"{expected} of {admitted}"):
            fail(f"{label}: searching '{term}' shows {shown} ({status!r}), expected {expected}")
        # Upper case and accents are found too.
        def has_accent(word):
            return any(ord(ch) > 127 and ch.isalpha() for ch in word)
        accented = [w for t in state["searchable"] for w in t.split() if has_accent(w)]
        if accented:
            word = accented[0]
            driver.open(f"{origin}/en/partners/index.html")
            driver.type_into("#search-text", word.upper())
            shown = driver.run("""return Array.from(document.querySelectorAll('#partner-list li'))
                .filter(li => li.offsetParent !== null).length""")
            wanted = sum(1 for t in state["searchable"] if word.lower() in t.lower())
            if shown != wanted:
                fail(f"{label}: searching {word.upper()!r} shows {shown}, expected {wanted}")
        governments = next(c["count"] for c in report["partners"]["by_category"]
                           if c["key"] == "government")
        driver.open(f"{origin}/en/partners/index.html")
        driver.run("""const s = document.getElementById('search-category');
            s.value = 'government'; s.dispatchEvent(new Event('change'));""")
        shown = driver.run("""return Array.from(document.querySelectorAll('#partner-list li'))
            .filter(li => li.offsetParent !== null).length""")
        if shown != governments:
            fail(f"{label}: the government filter shows {shown}, the report {governments}")

        # The seat chart shows what `gcsj group seats` does.
        seats = subprocess.run([gcsj, "group", "seats", registry, "--as-of", as_of, "-f", "json"],
                               capture_output=True, text=True)
        if seats.returncode == 0:
            summary = json.loads(seats.stdout)["summary"]
            driver.open(f"{origin}/en/group.html")
            drawn = driver.run("""const count = s =>
                document.querySelectorAll('#seat-chart [data-seat-state="' + s + '"]').length;
                return {filled: count('filled'), vacant: count('vacant'), over: count('over'),
                        shown: document.querySelector('#seat-chart svg').getBoundingClientRect().width > 0};""")
            print(f"   seats: {drawn}")
            if (drawn["filled"], drawn["vacant"], drawn["over"]) != \
                    (summary["filled"], summary["vacant"], summary["over_filled"]):
                fail(f"{label}: seat chart {drawn} but group seats {summary}")
            if not drawn["shown"]:
                fail(f"{label}: the seat chart is not rendered")

        # Nothing unpublished leaks: applications and withdrawn partners, contact details.
        source = ""
        for d, _, files in os.walk(out):
            for f in files:
                with open(os.path.join(d, f), encoding="utf-8") as handle:
                    source += handle.read()
        for partner in listed["partners"]:
            if partner.get("admitted_on_as_of"):
                continue
            for key in ("id", "name"):
                value = partner.get(key)
                if value and value in source:
                    fail(f"{label}: unpublished partner {partner['id']} appears ({key})")
        # A partner admitted but made public after the as-of date (`published`, ¶18): in no byte.
        for text in unpublished:
            if text in source:
                fail(f"{label}: {text!r} appears before its `published` date")
        if "@" in source.replace("@media", ""):
            fail(f"{label}: an e-mail address appears in the site")

        if hostile:
            for text in hostile:
                if not any(text in page["text"] for page in pages.values()):
                    fail(f"{label}: {text!r} is not shown as text")
        print(f"   {len(pages)} pages checked")
    finally:
        server.shutdown()
        shutil.rmtree(site, ignore_errors=True)


HOSTILE_NAME = "<script>window.__pwned='name'</script> & Co"
HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned='title'\">"


# Admitted, made public only in 2099: its id and every name stay out of the site.
QUIET = ["quiet-future-partner", "Quiet Future Partner", "Partenaire discret", "Socio discreto"]


def hostile_registry(directory):
    os.makedirs(os.path.join(directory, "partners"))
    with open(os.path.join(directory, "partners", "quiet.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""kind: partner
id: {QUIET[0]}
name: {QUIET[1]}
name_fr: {QUIET[2]}
name_es: {QUIET[3]}
category: academic
ilo_partnership: Research agreement
status: admitted
admitted: 2024-02-01
published: 2099-01-01
adherence:
  declared: 2024-01-15
  advocate: true
  uphold: true
  contribute: true
  levels: [global]
actions:
  - title: Quiet Future Partner's study
    domains: [protection]
    with: [hostile]
""")
    with open(os.path.join(directory, "partners", "hostile.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""kind: partner
id: hostile
name: {json.dumps(HOSTILE_NAME)}
category: ngo
status: admitted
admitted: 2024-02-01
international: true
accreditation:
  ecosoc: special
website: "javascript:window.__pwned='website'"
contact: someone@example.org
adherence:
  declared: 2024-01-15
  advocate: true
  uphold: true
  contribute: true
  levels: [global]
actions:
  - title: {json.dumps(HOSTILE_TITLE)}
    domains: [protection]
    progress:
      - date: 2024-06-01
        summary: "</li></ul><script>window.__pwned='progress'</script>"
""")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    gcsj, source = sys.argv[1], sys.argv[2]
    if not CHROMIUM or not DRIVER:
        print("skipped: chromium and chromium-driver are not installed")
        return 77
    work = tempfile.mkdtemp(prefix="gcsj-browser-")
    driver = WebDriver(os.path.join(work, "profile"))
    try:
        example = os.path.join(source, "examples", "registry")
        check_registry(gcsj, driver, example, "example")
        # Later, terms have ended: the chart must show vacant seats too.
        check_registry(gcsj, driver, example, "example in 2027", as_of="2027-02-01")
        generated = os.path.join(work, "generated")
        subprocess.run([sys.executable, os.path.join(source, "bench", "generate.py"), "60",
                        generated, "--layout", "files", "--seed", "7"], check=True,
                       stdout=subprocess.DEVNULL)
        check_registry(gcsj, driver, generated, "generated")
        hostile = os.path.join(work, "hostile")
        hostile_registry(hostile)
        check_registry(gcsj, driver, hostile, "hostile", [HOSTILE_NAME, HOSTILE_TITLE],
                       unpublished=QUIET)
    finally:
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
