#!/usr/bin/env python3
"""Drives the join page's application form in a real headless Chromium, with the keyboard.

Usage: check_join.py GCSJ SOURCE_DIR

Publishes the example registry, serves it on localhost and opens LANG/join.html in English,
French and Spanish. For several categories it fills the form by sending keys to its controls
(text typed, options chosen by typing their label, boxes ticked with the space bar, the form
sent with Enter): an eligible applicant gets a file (the download link's data: URL) that
`gcsj validate` passes, named ID.yaml; an ineligible one gets a message naming the paragraph
and no file. It also checks that Tab reaches every control of the form in order, and that the
form sends nothing (no request leaves the page). Exit status 77 (skipped) when Chromium is not
installed.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

from webdriver import WebDriver, arguments, serve

LANGUAGES = ["en", "fr", "es"]
failures = []

SPACE = "\ue00d"
ENTER = "\ue007"
TAB = "\ue004"
DOWN = "\ue015"


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def element(driver, css):
    found = driver.command("POST", "/element", {"using": "css selector", "value": css})
    return next(iter(found.values()))


def send(driver, css, keys):
    driver.command("POST", f"/element/{element(driver, css)}/value", {"text": keys})


def choose(driver, css, value):
    """Chooses an option of a list with the keyboard: its label typed, else the arrow keys."""
    label = driver.run("var s = document.querySelector(arguments[0]);"
                       "for (var i = 0; i < s.options.length; i++)"
                       "  if (s.options[i].value === arguments[1]) return s.options[i].text;"
                       "return null;", css, value)
    if label is None:
        fail(f"no option {value!r} in {css}")
        return
    send(driver, css, label)
    for _ in range(400):
        if driver.run("return document.querySelector(arguments[0]).value;", css) == value:
            return
        send(driver, css, DOWN)
    fail(f"could not choose {value!r} in {css} with the keyboard")


def tick(driver, css):
    if not driver.run("return document.querySelector(arguments[0]).checked;", css):
        send(driver, css, SPACE)
    if not driver.run("return document.querySelector(arguments[0]).checked;", css):
        fail(f"the space bar did not tick {css}")


def state(driver):
    return driver.run("""
      var result = document.getElementById('join-result');
      var summary = document.getElementById('join-summary');
      var link = document.getElementById('join-download');
      var invalid = Array.from(document.querySelectorAll('[aria-invalid="true"]')).map(function (e) {
        var ids = (e.getAttribute('aria-describedby') || '').split(/\\s+/);
        return [e.id, ids.map(function (id) { var n = document.getElementById(id); return n ? n.textContent : ''; }).join(' ')];
      });
      return {
        file: result.hidden ? null : link.getAttribute('href'),
        name: link.getAttribute('download'),
        summary: summary.hidden ? '' : summary.textContent,
        role: summary.getAttribute('role'),
        invalid: invalid,
        email: !document.getElementById('join-email-item').hidden,
        requests: performance.getEntriesByType('resource').map(function (r) { return r.name; }),
      };""")


# Each case: what is typed, chosen and ticked, and the paragraph of its refusal (None: eligible).
BASE = {"declared": True, "commit": True, "level": "global", "title": "Extend social protection",
        "domain": "protection"}
CASES = [
    ("government", dict(BASE, name='Government of Portugal: "test" # not a comment\\n',
                        choose={"#f-country": "PT"}), None),
    ("employers-organization", dict(BASE, name="Confédération des employeurs du Kenya",
                                    choose={"#f-scope": "national", "#f-country": "KE"},
                                    tick=["#f-representative"]), None),
    ("ngo", dict(BASE, name="Social Justice Network", tick=["#f-international"],
                 choose={"#f-accreditation-ecosoc": "special"}), None),
    ("academic", dict(BASE, name="Institute for Work Studies",
                      type={"#f-ilo_partnership": "MoU with the ILO Research Department"}), None),
    ("enterprise", dict(BASE, name="Brightpath Solar", choose={"#f-type": "enterprise"}), "19(e)"),
    ("ngo", dict(BASE, name="Quiet Alliance", tick=["#f-international"]), "19(f)"),
    ("workers-organization", dict(BASE, name="Metro Transport Union",
                                  choose={"#f-scope": "national", "#f-country": "BR"}), "19(b)"),
    ("government", dict(BASE, name="Government of Norway", choose={"#f-country": "NO"},
                        commit=False), "16(a)"),
]


def fill(driver, category, case):
    choose(driver, "#f-category", category)
    send(driver, "#f-name", case["name"])
    for css, value in case.get("choose", {}).items():
        choose(driver, css, value)
    for css in case.get("tick", []):
        tick(driver, css)
    for css, text in case.get("type", {}).items():
        send(driver, css, text)
    if case["commit"]:
        for css in ("#f-advocate", "#f-uphold", "#f-contribute"):
            tick(driver, css)
    tick(driver, f"#f-levels-{case['level']}")
    send(driver, "#f-title", case["title"])
    tick(driver, f"#f-domains-{case['domain']}")
    send(driver, "#join-make", ENTER)


def check_case(gcsj, driver, url, lang, category, case, refused, work):
    label = f"{lang}: {category} ({case['name']})"
    driver.open(url)
    fill(driver, category, case)
    facts = state(driver)
    external = [r for r in facts["requests"] if not r.startswith(url.rsplit("/", 2)[0])]
    if external:
        fail(f"{label}: the page made requests elsewhere: {external}")
    if refused:
        if facts["file"] is not None:
            fail(f"{label}: an ineligible applicant got a file")
        if f"¶{refused}" not in facts["summary"]:
            fail(f"{label}: the summary does not name ¶{refused}: {facts['summary']!r}")
        if facts["role"] != "alert":
            fail(f"{label}: the summary is not an alert")
        if not any(f"¶{refused}" in text for _, text in facts["invalid"]):
            fail(f"{label}: no field says ¶{refused} beside it: {facts['invalid']}")
        return
    if facts["file"] is None:
        fail(f"{label}: no file: {facts['summary']!r} {facts['invalid']}")
        return
    prefix = "data:application/yaml;charset=utf-8,"
    if not facts["file"].startswith(prefix):
        fail(f"{label}: the download is not a YAML data URL: {facts['file'][:60]!r}")
        return
    text = urllib.parse.unquote(facts["file"][len(prefix):])
    directory = tempfile.mkdtemp(dir=work)
    path = os.path.join(directory, facts["name"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    run = subprocess.run([gcsj, "validate", path], capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"{label}: gcsj validate exits {run.returncode}:\n{run.stdout}{run.stderr}\n{text}")
    if "status: \"applied\"" not in text:
        fail(f"{label}: the file is not an application:\n{text}")
    # The name stays one string, whatever it holds.
    if case["name"] not in text.replace('\\"', '"').replace("\\\\", "\\"):
        fail(f"{label}: the name is not in the file as typed:\n{text}")
    if facts["email"]:
        fail(f"{label}: an email button without the secretariat's address")


def check_keyboard(driver, url, lang):
    """Tab from the category list goes through every control of the form, in order, then out."""
    driver.open(url)
    choose(driver, "#f-category", "ngo")
    driver.run("document.getElementById('f-category').focus();")
    controls = driver.run("""
      return Array.from(document.querySelectorAll('#join-form input, #join-form select, #join-form button'))
        .filter(function (e) { return e.offsetParent !== null; }).map(function (e) { return e.id; });""")
    seen = []
    left = False
    for _ in range(4 * len(controls)):
        driver.command("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": [
            {"type": "keyDown", "value": TAB}, {"type": "keyUp", "value": TAB}]}]})
        # A paragraph mark in the form's text is a link (to GB.349/INS/4): a stop on the way.
        active, inside = driver.run("var a = document.activeElement;"
                                    "return [a.id, document.getElementById('join-form').contains(a)];")
        if not seen or seen[-1] != active:
            seen.append(active)
        if not inside:
            left = True
            break
    reached = [i for i in seen if i in controls]
    missing = [c for c in controls[1:] if c not in reached]
    if missing:
        fail(f"{lang}: Tab does not reach {missing}")
    if reached != controls[1:len(reached) + 1]:
        fail(f"{lang}: Tab order {reached} is not the form's order {controls[1:]}")
    if not left:
        fail(f"{lang}: focus never leaves the form (a keyboard trap?)")
    outline = driver.run("""
      var e = document.getElementById('f-name'); e.focus();
      var style = getComputedStyle(e);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;""")
    if not outline:
        fail(f"{lang}: a focused field shows no outline")


def main():
    given = arguments(__doc__)
    if isinstance(given, int):
        return given
    gcsj, source = given
    work = tempfile.mkdtemp(prefix="gcsj-join-")
    out = os.path.join(work, "public")
    publish = subprocess.run([gcsj, "publish", os.path.join(source, "examples", "registry"),
                              "--out", out, "-q", "--lang", ",".join(LANGUAGES)],
                             capture_output=True, text=True)
    if publish.returncode != 0:
        print(publish.stderr)
        return 1
    server = serve(out)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    driver = WebDriver(os.path.join(work, "profile"))
    try:
        for lang in LANGUAGES:
            url = f"{origin}/{lang}/join.html"
            for category, case, refused in CASES:
                check_case(gcsj, driver, url, lang, category, case, refused, work)
            check_keyboard(driver, url, lang)
    finally:
        driver.quit()
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
