#!/usr/bin/env python3
"""The portal's Atom feed (feed.xml), checked with independent parsers.

Publishes the example registry (on two dates, with a long news window) and the registry of
tests/fixtures/changes, then reads each feed with Python's xml.etree against RFC 4287: the Atom
namespace; the feed's id, title, updated, author and its self and alternate links; each entry's
id (an absolute tag: IRI, unique), title, updated, alternate link and summary; dates in RFC 3339;
links that resolve to the news page and one of its items (the news page itself for an entry older
than its window). It checks that every HTML page announces the feed in its head and links it,
that the entries are the public changes of `gcsj changes` in the same window and, whatever the
window, at least the latest 50 public changes up to the as-of date (those of the oldest date kept
whole: a quiet window does not empty the feed), that nothing unpublished is named, that the same registry and
date give the same bytes, and that an entry keeps its id when the as-of date moves. With
python3-feedparser (Debian), the feed must also parse as Atom 1.0 without complaint; without it
those checks are skipped, with a message.

Usage: check_feed.py GCSJ_BINARY SOURCE_DIR
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
binary, source = sys.argv[1], sys.argv[2]
failures = []

try:
    import feedparser
except ImportError:
    feedparser = None


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def gcsj(*args):
    return subprocess.run([binary, *args], cwd=source, capture_output=True, text=True)


class HeadLinks(html.parser.HTMLParser):
    """The alternate links of a page's head, and every href of its body."""

    def __init__(self):
        super().__init__()
        self.alternates, self.hrefs, self.ids = [], [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "link" and attrs.get("rel") == "alternate":
            self.alternates.append((attrs.get("type"), attrs.get("href")))
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])


def parse_page(path):
    parser = HeadLinks()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser


def publish(registry, as_of, days, out):
    """Publishes the English tree into out/en; the feed's bytes."""
    done = gcsj("publish", registry, "--out", os.path.dirname(out), "--as-of", as_of,
                "--news-days", str(days), "--allow-errors", "-q", "--lang", "en")
    check(done.returncode == 0, f"publish {registry} {as_of}: {done.stderr}")
    with open(os.path.join(out, "feed.xml"), "rb") as f:
        return f.read()


def day_before(iso, days):
    import datetime
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=days)).isoformat()


def check_feed(registry, as_of, days, work):
    label = f"{registry} on {as_of} ({days} days)"
    print(f"-- {label}")
    out = os.path.join(work, "site", "en")  # the English tree
    shutil.rmtree(os.path.dirname(out), ignore_errors=True)
    data = publish(registry, as_of, days, out)
    root = ET.fromstring(data)
    check(root.tag == ATOM + "feed", f"{label}: the root is {root.tag}, not an Atom feed")

    def one(parent, name, where):
        found = parent.findall(ATOM + name)
        check(len(found) == 1, f"{label}: {where} has {len(found)} {name} elements, not one")
        return found[0] if found else None

    feed_id = one(root, "id", "the feed")
    one(root, "title", "the feed")
    updated = one(root, "updated", "the feed")
    check(updated is not None and RFC3339.match(updated.text or ""),
          f"{label}: the feed's updated is not RFC 3339")
    check(updated is not None and updated.text == f"{as_of}T00:00:00Z",
          f"{label}: the feed's updated is not the as-of date")
    author = root.find(ATOM + "author")
    check(author is not None and (author.findtext(ATOM + "name") or "").strip(),
          f"{label}: the feed has no author with a name")
    rels = {link.get("rel"): link for link in root.findall(ATOM + "link")}
    check("self" in rels and rels["self"].get("href") == "feed.xml" and
          rels["self"].get("type") == "application/atom+xml", f"{label}: no link rel=self")
    check("alternate" in rels and rels["alternate"].get("href") == "news.html",
          f"{label}: no link rel=alternate to the news page")

    news = parse_page(os.path.join(out, "news.html"))
    ids = [feed_id.text] if feed_id is not None else []
    entries = root.findall(ATOM + "entry")
    last = None
    for entry in entries:
        entry_id = one(entry, "id", "an entry")
        text = entry_id.text if entry_id is not None else ""
        ids.append(text)
        check(text.startswith("tag:ilo.org,2023:gcsj/") and " " not in text,
              f"{label}: entry id {text!r} is not a tag: IRI")
        check((one(entry, "title", f"entry {text}").text or "").strip(), f"{label}: {text}: empty title")
        stamp = one(entry, "updated", f"entry {text}")
        check(stamp is not None and RFC3339.match(stamp.text or ""),
              f"{label}: {text}: updated is not RFC 3339")
        if stamp is not None:
            check(stamp.text <= updated.text, f"{label}: {text}: updated after the feed's")
            check(last is None or stamp.text <= last, f"{label}: {text}: not newest first")
            last = stamp.text
        recent = stamp is not None and stamp.text > f"{day_before(as_of, days)}T00:00:00Z"
        check((entry.findtext(ATOM + "summary") or "").strip(), f"{label}: {text}: no summary")
        links = [l for l in entry.findall(ATOM + "link") if l.get("rel", "alternate") == "alternate"]
        check(len(links) == 1, f"{label}: {text}: {len(links)} alternate links")
        for link in links:
            page, _, fragment = link.get("href", "").partition("#")
            check(page == "news.html" and (fragment in news.ids if recent else not fragment),
                  f"{label}: {text}: link {link.get('href')} does not resolve")
    check(len(ids) == len(set(ids)), f"{label}: ids are not unique")

    # The entries are the public changes `gcsj changes` finds in the same window.
    changes = json.loads(gcsj("changes", registry, "--as-of", as_of, "--from",
                              day_before(as_of, days), "-f", "json").stdout)
    public = [c for c in changes["changes"] if c["public"]]
    window = f"{day_before(as_of, days)}T00:00:00Z"
    in_window = [e for e in entries if e.findtext(ATOM + "updated") > window]
    check(len(in_window) == len(public),
          f"{label}: {len(in_window)} entries in the window, but gcsj changes has {len(public)} "
          "public changes")
    # ... and older ones, up to the latest 50, the oldest date whole.
    history = json.loads(gcsj("changes", registry, "--as-of", as_of, "--from", "1970-01-01",
                              "-f", "json").stdout)
    dates = sorted((c["date"] for c in history["changes"] if c["public"]), reverse=True)
    kept = []
    for date in dates:
        if date <= day_before(as_of, days) and len(kept) >= 50 and kept[-1] != date:
            break
        kept.append(date)
    check([e.findtext(ATOM + "updated")[:10] for e in entries] == kept,
          f"{label}: {len(entries)} entries, but the latest public changes are {len(kept)}")

    # Every page announces the feed and links it, and the news page.
    for folder, _, files in os.walk(out):
        for name in files:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            page = parse_page(path)
            prefix = "../" * os.path.relpath(path, out).count("/")
            check(("application/atom+xml", prefix + "feed.xml") in page.alternates,
                  f"{label}: {os.path.relpath(path, out)} does not announce the feed")
            check(prefix + "feed.xml" in page.hrefs and prefix + "news.html" in page.hrefs,
                  f"{label}: {os.path.relpath(path, out)} does not link the feed and the news")

    # Nothing unpublished is named.
    listed = json.loads(gcsj("list", "partners", registry, "--as-of", as_of, "-f", "json").stdout)
    text = data.decode("utf-8")
    for partner in listed["partners"]:
        if partner.get("admitted_on_as_of"):
            continue
        for key in ("id", "name"):
            value = partner.get(key)
            check(not value or value not in text, f"{label}: unpublished {partner['id']} in the feed")

    # The same bytes again; an Atom parser agrees.
    again = publish(registry, as_of, days, os.path.join(work, "again", "en"))
    check(again == data, f"{label}: a second publish gives other bytes")
    if feedparser is not None:
        parsed = feedparser.parse(data)
        check(not parsed.bozo, f"{label}: feedparser: {parsed.get('bozo_exception')}")
        check(parsed.version == "atom10", f"{label}: feedparser reads {parsed.version!r}")
        check(len(parsed.entries) == len(entries), f"{label}: feedparser finds other entries")
    print(f"   {len(entries)} entries")
    return {e.findtext(ATOM + "id"): e.findtext(ATOM + "updated") for e in entries}


def main():
    if feedparser is None:
        print("SKIP (feedparser checks only): python3-feedparser is not installed")
    work = tempfile.mkdtemp(prefix="gcsj-feed-")
    try:
        example = os.path.join("examples", "registry")
        early = check_feed(example, "2026-11-29", 1100, work)
        later = check_feed(example, "2027-02-01", 1100, work)
        check_feed(example, "2027-02-01", 90, work)
        # A quiet window: no change in the last day, yet the feed keeps the latest changes.
        quiet = check_feed(example, "2027-02-01", 1, work)
        check(len(quiet) > 0, "a quiet window empties the feed")
        check_feed(os.path.join("tests", "fixtures", "changes"), "2026-06-01", 600, work)
        # An entry in both windows keeps its id and its date.
        shared = set(early) & set(later)
        check(len(shared) > 10, f"only {len(shared)} entries in both windows")
        for entry_id in shared:
            check(early[entry_id] == later[entry_id], f"{entry_id} changed its date")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
