#!/usr/bin/env python3
"""Builds the portal with `gcsj publish` and checks it in a real headless Chromium.

Usage: check_site.py GCSJ SOURCE_DIR

For the example registry, a generated registry gcsj has never seen and a registry of hostile
strings, it publishes the site, serves it on localhost and drives Debian's Chromium through
chromedriver (W3C WebDriver over HTTP, no client library). It checks that every page renders,
every internal link resolves, the seat chart shows the seats of `gcsj group seats`, the figures
match `gcsj report`, search filters the directory, nothing unpublished appears, registry text
stays text, and an accessibility smoke check (one h1, headings in order, text alternatives,
labelled controls, a language). Then accessibility by tools: axe-core's WCAG 2.1 AA rules on
every page type of every language (GCSJ_AXE_CORE, the path of axe.min.js; skipped with a notice
when unset, a failure when GCSJ_REQUIRE_AXE=1), a walk of the pages with the Tab key (skip link,
main content, search field, every focus visible), and the charts' text alternatives. Exit status
77 (skipped) when Chromium is not installed.
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

from webdriver import WebDriver, arguments, serve

AS_OF = "2026-11-29"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run_async(driver, script, *args):
    """A script that ends by calling its last argument (W3C execute/async)."""
    return driver.command("POST", "/execute/async", {"script": script, "args": list(args)})


def press(driver, key):
    """One key pressed and released, sent to whatever has the focus (W3C actions)."""
    driver.command("POST", "/actions", {"actions": [{
        "type": "key", "id": "keyboard",
        "actions": [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]})


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


def check_forum(driver, origin, out, registry, label, pages):
    """The Forum page (issue 26): in every language when the registry has a session, reached by
    the crawl from the navigation (so every link on it resolved, its anchors too), its sessions
    newest first, and each session's anchor on the partners' pages that link to it."""
    if not os.path.exists(os.path.join(registry, "forum.yaml")):
        if os.path.exists(os.path.join(out, "en", "forum.html")):
            fail(f"{label}: a Forum page without a forum document")
        return
    if "forum.html" not in pages:
        fail(f"{label}: the crawl from the home page did not reach en/forum.html")
    for lang in LANGUAGES:
        driver.open(f"{origin}/{lang}/forum.html")
        forum = driver.run("""return {
            nav: Array.from(document.querySelectorAll('header nav a[aria-current="page"]'))
              .map(a => a.getAttribute('href')),
            sessions: Array.from(document.querySelectorAll('article.forum-session'))
              .map(a => a.id),
            times: Array.from(document.querySelectorAll('article.forum-session h2 time'))
              .map(t => t.getAttribute('datetime'))};""")
        if forum["nav"] != ["forum.html"]:
            fail(f"{label}: {lang}/forum.html is not the current page of the navigation: {forum['nav']}")
        if not forum["sessions"]:
            fail(f"{label}: {lang}/forum.html lists no session")
        if forum["times"] != sorted(forum["times"], reverse=True):
            fail(f"{label}: {lang}/forum.html does not list the latest session first: {forum['times']}")
        print(f"   {lang}/forum.html: {len(forum['sessions'])} sessions")


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
        check_forum(driver, origin, out, registry, label, pages)
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

        check_chart_alternatives(driver, origin, label)
        if AXE:
            audit(driver, origin, out, label, AXE)
        check_keyboard(driver, origin, out, label)
        if hostile:
            for text in hostile:
                if not any(text in page["text"] for page in pages.values()):
                    fail(f"{label}: {text!r} is not shown as text")
        print(f"   {len(pages)} pages checked")
    finally:
        server.shutdown()
        shutil.rmtree(site, ignore_errors=True)


# --- Accessibility audit: axe-core (WCAG 2.1 AA) over every page type in every language ---

AXE = None  # axe-core's script, when the audit runs (main)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_AUDIT = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
  .then(r => done({violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(n => n.target.join(' '))}))}))
  .catch(e => done({error: String(e)}));
""" % json.dumps(AXE_TAGS)


def axe_source():
    """axe-core's script (GCSJ_AXE_CORE, the path of axe.min.js), or None with a notice when the
    audit is not asked for. With GCSJ_REQUIRE_AXE=1 (CI) a missing axe-core is a failure."""
    path = os.environ.get("GCSJ_AXE_CORE")
    required = os.environ.get("GCSJ_REQUIRE_AXE") == "1"
    if not path:
        if required:
            fail("GCSJ_REQUIRE_AXE=1 but GCSJ_AXE_CORE (the path of axe.min.js) is not set")
        else:
            print("notice: GCSJ_AXE_CORE is not set (the path of axe-core's axe.min.js, "
                  "`npm pack axe-core`): the axe-core accessibility audit is skipped")
        return None
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as error:
        fail(f"GCSJ_AXE_CORE={path}: {error}")
        return None


def check_chart_alternatives(driver, origin, label):
    """Each chart of the home page keeps its text alternative, and it says the figures: the
    SVG is an image named by its title and description, and the description gives every row of
    the chart's table ("Governments: 14")."""
    driver.open(f"{origin}/en/index.html")
    charts = driver.run("""return Array.from(document.querySelectorAll('figure.chart')).map(f => {
        const svg = f.querySelector('svg');
        const ids = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/);
        return {id: f.id, role: svg.getAttribute('role'),
                named: ids.map(id => (document.getElementById(id) || {}).textContent || ''),
                rows: Array.from(f.querySelectorAll('tbody tr')).map(tr =>
                  [tr.querySelector('th').textContent, tr.querySelector('td').textContent])};
      });""")
    if not charts:
        fail(f"{label}: the home page has no chart")
    for chart in charts:
        if chart["role"] != "img" or len(chart["named"]) != 2 or not all(chart["named"]):
            fail(f"{label}: chart {chart['id']} is not an image named by a title and description")
            continue
        for name, value in chart["rows"]:
            if f"{name}: {value}" not in chart["named"][1]:
                fail(f"{label}: chart {chart['id']}'s description lacks {name}: {value}")


def audited_pages(out, languages):
    """The pages axe-core audits, found from the site's files so that a page added later is
    audited without a word here: the root page; in each language, every page of the tree's top
    level (each its own kind: home, group, news, themes, and any other, such as join.html or an
    extra page), and of each folder (partners/, domains/, priorities/) its index.html, its
    largest page and its smallest (the partner with the most actions and one with few)."""
    pages = ["index.html"]
    for lang in languages:
        tree = os.path.join(out, lang)
        for directory, folders, files in os.walk(tree):
            folders.sort()
            html = sorted(f for f in files if f.endswith(".html"))
            relative = os.path.relpath(directory, tree)
            prefix = lang + "/" + ("" if relative == "." else relative + "/")
            if relative == ".":
                pages += [prefix + f for f in html]
                continue
            chosen = {f for f in html if f == "index.html"}
            instances = [f for f in html if f != "index.html"]
            if instances:
                size = lambda f: (os.path.getsize(os.path.join(directory, f)), f)
                chosen |= {max(instances, key=size), min(instances, key=size)}
            pages += [prefix + f for f in sorted(chosen)]
    return pages


def audit(driver, origin, out, label, axe):
    """Runs axe-core on every page type of every language; each violation is a failure naming
    the page, the rule, its impact and the elements it found."""
    pages = audited_pages(out, LANGUAGES)
    # The root page sends a browser with script to its language at once: what is audited is what
    # a reader without script sees, a copy without the script and with the <noscript> list shown.
    with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
        root = f.read()
    root = re.sub(r"<script>.*?</script>\n?", "", root, flags=re.S)
    with open(os.path.join(out, "root-without-script.html"), "w", encoding="utf-8") as f:
        f.write(root.replace("<noscript>\n", "").replace("</noscript>\n", ""))
    # At a phone's width, where content must reflow (a chart wider than the screen would be a
    # region to scroll that the keyboard cannot reach); the window is given back after.
    window = driver.command("GET", "/window/rect")
    driver.command("POST", "/window/rect", {"width": 360, "height": 740})
    violations = 0
    for path in pages:
        driver.open(f"{origin}/{'root-without-script.html' if path == 'index.html' else path}")
        driver.run(axe + "\nreturn true;")
        result = run_async(driver, AXE_AUDIT)
        if "error" in result:
            fail(f"{label}: {path}: axe-core failed: {result['error']}")
            continue
        for v in result["violations"]:
            violations += 1
            fail(f"{label}: {path}: axe {v['id']} ({v['impact']}): {v['help']}; "
                 f"at {', '.join(v['targets'][:5])}"
                 + (f" and {len(v['targets']) - 5} more" if len(v['targets']) > 5 else ""))
    driver.command("POST", "/window/rect", {"width": window["width"], "height": window["height"]})
    print(f"   axe-core: {len(pages)} pages audited, {violations} violation(s)")


# --- Keyboard: Tab through a page; every focus is visible, main content and search reached ---

FOCUS_FACTS = """
const e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) return null;
const style = getComputedStyle(e);
// The colour behind the element: the first ancestor (or itself) with an opaque background.
function background(node) {
  for (; node && node.nodeType === 1; node = node.parentElement) {
    const c = getComputedStyle(node).backgroundColor;
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (m) {
      const parts = m[1].split(',').map(Number);
      if (parts.length < 4 || parts[3] > 0.5) return parts.slice(0, 3);
    }
  }
  return [255, 255, 255];
}
function rgb(c) {
  const m = c.match(/rgba?\\(([^)]+)\\)/);
  return m ? m[1].split(',').map(Number).slice(0, 3) : null;
}
function luminance(c) {
  const l = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}
function contrast(a, b) {
  const x = luminance(a), y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
const ring = rgb(style.outlineColor);
const box = e.getBoundingClientRect();
// What lies under the ring: the element drawn where the outline is, beside the box (left, else
// right), the element itself and what it holds aside: a skip link over the header is judged
// against the header.
const gap = (parseFloat(style.outlineOffset) || 0) + (parseFloat(style.outlineWidth) || 0) / 2;
const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
const x = box.left - gap >= 0 ? box.left - gap : Math.min(box.right + gap, innerWidth - 1);
const under = document.elementsFromPoint(x, y).find(n => n !== e && !e.contains(n));
const around = background(under || e.parentElement);
return {
  tag: e.tagName.toLowerCase(),
  id: e.id,
  text: (e.textContent || e.value || '').trim().slice(0, 40),
  in_main: !!e.closest('main'),
  outline: outline,
  shadow: style.boxShadow !== 'none',
  contrast: outline && ring ? contrast(ring, around) : 0,
  on_screen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 &&
             box.left < innerWidth && box.top < innerHeight,
};
"""

# The stops Tab should make: what can take the focus, shown, not disabled, not taken out of the
# order (tabindex -1); a group of radio buttons is one stop.
TABBABLE = """
const radios = new Set();
return Array.from(document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]'))
  .filter(e => !e.disabled && e.tabIndex >= 0 && e.checkVisibility())
  .filter(e => {
    if (e.type !== 'radio' || !e.name) return true;
    const group = (e.form ? 'form' : 'page') + ':' + e.name;
    if (radios.has(group)) return false;
    radios.add(group);
    return true;
  }).length;
"""


def focus_label(focus):
    return f"<{focus['tag']}{' id=' + focus['id'] if focus['id'] else ''}> {focus['text']!r}"


def check_keyboard(driver, origin, out, label):
    """Tabs through each top-level page of the English tree and the directory: the first stop is
    the skip link, visible, and following it the next Tab lands in the main content; every
    tabbable element is reached before focus comes back, and every focus is visible (an outline
    of 2 px or more whose colour contrasts 3:1 with what is behind it, or a box shadow). On the
    directory, the search field is reached by Tab."""
    tree = os.path.join(out, "en")
    pages = sorted(f for f in os.listdir(tree) if f.endswith(".html")) + ["partners/index.html"]
    for page in pages:
        where = f"{label}: en/{page}"
        driver.open(f"{origin}/en/{page}")
        total = driver.run(TABBABLE)
        press(driver, "\ue004")
        first = driver.run(FOCUS_FACTS)
        if not first or "skip" not in (driver.run(
                "return document.activeElement.className || ''") or ""):
            fail(f"{where}: the first Tab does not reach the skip link ({first})")
        elif not first["on_screen"]:
            fail(f"{where}: the skip link is focused but not on the screen")
        press(driver, "\ue007")  # Enter: follow the skip link
        if driver.run("return location.hash") != "#main":
            fail(f"{where}: Enter on the skip link does not go to #main")
        press(driver, "\ue004")
        # The first stop after the skip link: the first tabbable element of the main content,
        # or, when it has none, the first after it.
        if not driver.run("""const main = document.getElementById('main');
            const e = document.activeElement;
            const inside = Array.from(main.querySelectorAll(
              'a[href], input, select, textarea, summary')).some(x => x.checkVisibility());
            return inside ? main.contains(e) :
              !!(main.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);"""):
            fail(f"{where}: after the skip link, Tab does not land in the main content "
                 f"({driver.run(FOCUS_FACTS)})")
        # From the top again, every stop until focus leaves the page or comes back.
        driver.open(f"{origin}/en/{page}")
        seen, stops = set(), []
        previous = None
        # A date field takes a Tab per part (day, month, year): up to three more per element.
        for _ in range(4 * total + 2):
            press(driver, "\ue004")
            focus = driver.run(FOCUS_FACTS)
            if focus is None:
                break
            key = driver.run("""const e = document.activeElement;
                return e.outerHTML.slice(0, 200) + '@' + Array.from(
                  document.querySelectorAll(e.tagName)).indexOf(e);""")
            if key == previous:
                continue  # the next part of the same field
            if key in seen:
                break
            seen.add(key)
            previous = key
            stops.append(focus)
            if not (focus["outline"] and focus["contrast"] >= 3) and not focus["shadow"]:
                fail(f"{where}: focus on {focus_label(focus)} is not visible enough "
                     f"(outline {focus['outline']}, contrast {focus['contrast']:.2f})")
        if len(stops) < total:
            fail(f"{where}: Tab reaches {len(stops)} of {total} tabbable elements")
        if page == "partners/index.html" and not any(s["id"] == "search-text" for s in stops):
            fail(f"{where}: Tab never reaches the search field")
    print(f"   keyboard: {len(pages)} pages tabbed through")


HOSTILE_NAME = "<script>window.__pwned='name'</script> & Co"
HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned='title'\">"
HOSTILE_FORUM = "</dd><script>window.__pwned='forum'</script> Forum & <b>Co</b>"


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

    # The Forum (issue 26): hostile text in a session, and the unpublished partner as a host and
    # as an initiative's partner, named nowhere in the site's bytes.
    with open(os.path.join(directory, "forum.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""kind: forum
sessions:
  - date: 2025-11-05
    end: 2025-11-06
    title: {json.dumps(HOSTILE_FORUM)}
    place: {json.dumps(HOSTILE_FORUM)}
    format: hybrid
    hosts: [ilo, hostile, {QUIET[0]}]
    alongside: {json.dumps(HOSTILE_FORUM)}
    initiatives:
      - partner: hostile
        action: {json.dumps(HOSTILE_TITLE)}
      - partner: {QUIET[0]}
        action: Quiet Future Partner's study
  - date: 2025-03-10
    format: remote
    hosts: [{QUIET[0]}]
""")

# The secretariat's settings (issue 25): the example's portal section with a hostile page added.
HOSTILE_MARKDOWN = """# Notice

<script>window.__pwned='markdown'</script>

[one](javascript:window.__pwned='link') [two](JaVaScRiPt:window.__pwned='case')
<javascript:window.__pwned='autolink'> <img src=x onerror="window.__pwned='img'">
&lt;b&gt; under ¶19(b) and ¶21-26.
"""

PARAGRAPH_TITLES = {"en": "paragraph 19(b) of GB.349/INS/4",
                    "fr": "paragraphe 19 b) du document GB.349/INS/4",
                    "es": "párrafo 19, apartado b), del documento GB.349/INS/4"}

AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
  .catch(e => done(['axe failed: ' + e]));
"""


def check_portal_settings(gcsj, driver, source, work):
    label = "settings"
    print(f"-- {label}: examples/portal/.gcsj.yaml with a hostile page")
    portal = os.path.join(work, "portal")
    shutil.copytree(os.path.join(source, "examples", "portal"), portal)
    config = os.path.join(portal, ".gcsj.yaml")
    with open(os.path.join(portal, "pages", "notice.md"), "w", encoding="utf-8") as f:
        f.write(HOSTILE_MARKDOWN)
    with open(config, "a", encoding="utf-8") as f:
        f.write("    - slug: notice\n      title: \"<script>window.__pwned='title'</script>\"\n"
                "      file: pages/notice.md\n")
    registry = os.path.join(source, "examples", "registry")
    out = os.path.join(work, "settings-site")
    publish = subprocess.run([gcsj, "publish", registry, "--config", config, "--out", out,
                              "--as-of", AS_OF, "-q"], capture_output=True, text=True)
    if publish.returncode != 0:
        fail(f"{label}: publish failed: {publish.stderr}")
        return
    axe = os.environ.get("GCSJ_AXE_CORE", "")
    axe_source = open(axe, encoding="utf-8").read() if axe and os.path.exists(axe) else None
    if axe_source is None and os.environ.get("GCSJ_REQUIRE_AXE") == "1":
        fail(f"{label}: GCSJ_AXE_CORE does not name axe.min.js")
    server = serve(out)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        # Every page of a tree reached and its links alive, the own pages and the logo included.
        crawl(driver, origin, out, "es", LANGUAGES)
        for lang in LANGUAGES:
            for page in ("index.html", "privacy.html", "contact.html", "notice.html",
                         "partners/index.html"):
                path = f"{lang}/{page}"
                driver.open(f"{origin}/{path}")
                facts = driver.run(PAGE_FACTS)
                check_page(path, facts, lang)
                seen = driver.run("""return {
                  canonical: (document.querySelector('link[rel=canonical]') || {}).href || '',
                  logo: Array.from(document.querySelectorAll('img.logo'))
                    .map(i => i.complete && i.naturalWidth > 0),
                  mailto: Array.from(document.querySelectorAll('footer a[href^="mailto:"]')).length,
                  own: Array.from(document.querySelectorAll('nav.own-pages a')).map(a => a.href),
                  unsafe: Array.from(document.querySelectorAll('[href],[src]'))
                    .map(e => e.getAttribute('href') || e.getAttribute('src'))
                    .filter(u => /^\\s*(javascript|vbscript|data):/i.test(u)),
                  scripts: document.querySelectorAll('main script, footer script').length,
                  paragraphs: Array.from(document.querySelectorAll('a.paragraph'))
                    .map(a => [a.textContent, a.title, a.href]),
                  accent: getComputedStyle(document.documentElement)
                    .getPropertyValue('--accent').trim(),
                };""")
                if seen["canonical"] != f"https://coalition.example.org/{path}":
                    fail(f"{label}: {path}: canonical {seen['canonical']!r}")
                if seen["logo"] != [True]:
                    fail(f"{label}: {path}: the logo does not show ({seen['logo']})")
                if seen["mailto"] != 1:
                    fail(f"{label}: {path}: {seen['mailto']} contact links in the footer")
                expected = [f"{origin}/{lang}/{slug}.html" for slug in ("privacy", "contact", "notice")]
                if seen["own"] != expected:
                    fail(f"{label}: {path}: own pages linked {seen['own']}")
                if seen["unsafe"] or seen["scripts"]:
                    fail(f"{label}: {path}: unsafe {seen['unsafe']}, {seen['scripts']} scripts")
                if seen["accent"] != "#1e5aa8":
                    fail(f"{label}: {path}: accent colour {seen['accent']!r}")
                for text, title, href in seen["paragraphs"]:
                    if not title or "GB.349/INS/4" not in title or not href.startswith("https://www.ilo.org/"):
                        fail(f"{label}: {path}: paragraph link {text!r} {title!r} {href!r}")
                if page == "notice.html":
                    titles = [t for text, t, _ in seen["paragraphs"] if text == "¶19(b)"]
                    if PARAGRAPH_TITLES[lang] not in titles:
                        fail(f"{label}: {path}: ¶19(b) titled {titles}")
                    if "<script>" not in facts["text"]:
                        fail(f"{label}: {path}: the hostile title is not shown as text")
                if axe_source is not None:
                    driver.run(axe_source + "\nwindow.axe = axe;")
                    violations = driver.command("POST", "/execute/async",
                                                {"script": AXE_RUN, "args": []})
                    if violations:
                        fail(f"{label}: {path}: axe-core: {violations}")
    finally:
        server.shutdown()
    # Hostile settings are refused, and nothing is written.
    for setting, rule in (("  logo: ../registry/logo.png\n", "portal-setting"),
                          ("  logo: linked.png\n", "portal-file"),
                          ("  accent_colour: \"#ffff66\"\n", "portal-setting"),
                          ("  base_url: \"javascript:alert(1)\"\n", "portal-setting")):
        bad = os.path.join(work, "bad-portal")
        shutil.rmtree(bad, ignore_errors=True)
        shutil.copytree(os.path.join(source, "examples", "portal"), bad)
        os.symlink("/etc/hostname", os.path.join(bad, "linked.png"))
        text = open(os.path.join(bad, ".gcsj.yaml"), encoding="utf-8").read()
        key = setting.split(":")[0]
        text = re.sub(rf"(?m)^{key}:.*\n", setting, text)
        with open(os.path.join(bad, ".gcsj.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        bad_out = os.path.join(work, "bad-site")
        run = subprocess.run([gcsj, "publish", registry, "--config",
                              os.path.join(bad, ".gcsj.yaml"), "--out", bad_out,
                              "--as-of", AS_OF, "-q"], capture_output=True, text=True)
        if run.returncode != 1 or os.path.exists(bad_out):
            fail(f"{label}: {setting.strip()} published (exit {run.returncode})")
        if rule == "portal-file" and rule not in run.stderr:
            fail(f"{label}: {setting.strip()}: {run.stderr.strip()}")


def main():
    given = arguments(__doc__)
    if isinstance(given, int):
        return given
    gcsj, source = given
    global AXE
    AXE = axe_source()
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
        check_registry(gcsj, driver, hostile, "hostile", [HOSTILE_NAME, HOSTILE_TITLE, HOSTILE_FORUM],
                       unpublished=QUIET)
        check_portal_settings(gcsj, driver, source, work)
    finally:
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
