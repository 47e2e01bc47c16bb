#!/usr/bin/env python3
"""`gcsj group plan -f ics`, read by an independent parser (Debian's python3-icalendar).

Writes the example registry's nomination calendar and checks it against RFC 5545 and against
`group plan -f json` for the same date: CRLF line endings and lines of at most 75 octets; VERSION
and PRODID; ONE term-end VEVENT per date on which terms end (not one per term), an all-day
DTSTART (a date) on that last day and DTEND on the next, naming every member whose term ends;
a VALARM --remind days before it (none when every renewal or successor is recorded); a
nomination VEVENT --lead days ahead (the as-of date when that is past) for each date with a term
to renew or a successor to nominate, naming those members and the bodies that nominate (¶23,
¶25) in its CATEGORIES, with its text in en, fr and es; a unique UID each; DTSTAMP from the
as-of date; the same registry and date give the same bytes; and moving the as-of date keeps
every UID of an event still ahead (a re-import updates, not duplicates).
Exits 77 (skipped) when the icalendar module is absent.

Usage: check_ics.py GCSJ_BINARY SOURCE_DIR
"""
import datetime
import json
import os
import subprocess
import sys

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed: skipped")
    sys.exit(77)

binary, source = sys.argv[1], sys.argv[2]
registry = os.path.join(source, "examples", "registry")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(*args):
    return subprocess.run([binary, "group", "plan", registry, *args], check=True,
                          capture_output=True).stdout


def events_of(raw):
    calendar = icalendar.Calendar.from_ical(raw)
    return calendar, [c for c in calendar.walk() if c.name == "VEVENT"]


AS_OF, HORIZON, REMIND, LEAD = "2026-03-01", "800", "45", "120"
ARGS = ["--as-of", AS_OF, "--horizon", HORIZON, "--remind", REMIND, "--lead", LEAD, "-f", "ics"]
raw = run(*ARGS, "--lang", "en")
check(raw == run(*ARGS, "--lang", "en"), "the same registry and date give different bytes")
check(raw.endswith(b"\r\n"), "the file does not end with CRLF")
for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
    check(b"\n" not in line and b"\r" not in line, f"line {number}: a bare LF or CR")
    check(len(line) <= 75, f"line {number}: {len(line)} octets, above 75")
calendar, events = events_of(raw)
check(str(calendar.get("VERSION")) == "2.0", "VERSION is not 2.0")
check(str(calendar.get("PRODID", "")).startswith("-//gcsj//"), "PRODID is missing")

plan = json.loads(run("--as-of", AS_OF, "--horizon", HORIZON, "-f", "json", "--lang", "en"))
ends = plan["term_ends"]
check(len(ends) > 0, "no term ends in the window: the test checks nothing")
by_date = {}
for end in ends:
    by_date.setdefault(datetime.date.fromisoformat(end["last_day"]), []).append(end)
check(any(len(v) > 1 for v in by_date.values()), "no date with two term ends: the test is weak")
uids = [str(e.get("UID")) for e in events]
check(len(set(uids)) == len(uids), "two events share a UID")
term_events = [e for e in events if str(e.get("UID")).startswith("term-ends-")]
asks = [e for e in events if str(e.get("UID")).startswith("nominations-")]
check(len(term_events) + len(asks) == len(events), "an event of neither kind")
check(len(term_events) == len(by_date),
      f"{len(term_events)} term-end events for {len(by_date)} dates: not one per date")
stamp = datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc)
as_of = datetime.date(2026, 3, 1)
for event in events:
    check(event.decoded("DTSTAMP") == stamp, f"{event.get('UID')}: DTSTAMP is not the as-of date")
    check(type(event.decoded("DTSTART")) is datetime.date,
          f"{event.get('UID')}: DTSTART is not an all-day date")
    check(event.decoded("DTEND") == event.decoded("DTSTART") + datetime.timedelta(days=1),
          f"{event.get('UID')}: DTEND is not the day after DTSTART")


def is_open(end):
    return not end["renewed"] and not end["successor_recorded"]


def to_ask(end):
    return is_open(end) and end["term"] > 0 and bool(
        end["next_nominated_by"] or (end["renewable"] and end["renewal_proposed_by"]))


for event in term_events:
    start = event.decoded("DTSTART")
    day = by_date.get(start, [])
    check(bool(day), f"{event.get('UID')}: no term ends on {start}")
    check(str(event.get("UID")) == f"term-ends-{start:%Y%m%d}@gcsj",
          f"{event.get('UID')}: the UID is not derived from the date")
    text = str(event.get("SUMMARY")) + "\n" + str(event.get("DESCRIPTION"))
    for end in day:
        check(end["name"] in text, f"{event.get('UID')}: does not name {end['name']}")
    if len(day) > 1:
        check(f"{len(day)} terms of the Coordinating Group end" in str(event.get("SUMMARY")),
              f"{event.get('UID')}: the summary does not count the terms")
    alarms = [c for c in event.subcomponents if c.name == "VALARM"]
    if not any(is_open(end) for end in day):
        check(not alarms, f"{event.get('UID')}: recorded renewals or successors have a reminder")
    else:
        check(len(alarms) == 1, f"{event.get('UID')}: no reminder")
        for alarm in alarms:
            check(alarm.decoded("TRIGGER") == -datetime.timedelta(days=int(REMIND)),
                  f"{event.get('UID')}: the reminder is not {REMIND} days before")

asked_dates = {d for d, day in by_date.items() if any(to_ask(end) for end in day)}
check(len(asks) == len(asked_dates),
      f"{len(asks)} nomination events for {len(asked_dates)} dates with a nomination to ask")
check(len(asks) > 0, "no nomination event: the test checks nothing")
for event in asks:
    uid = str(event.get("UID"))
    ends_on = datetime.datetime.strptime(uid[len("nominations-"):-len("@gcsj")], "%Y%m%d").date()
    check(ends_on in asked_dates, f"{uid}: no term to nominate for ends on {ends_on}")
    expected = max(ends_on - datetime.timedelta(days=int(LEAD)), as_of)
    check(event.decoded("DTSTART") == expected,
          f"{uid}: on {event.decoded('DTSTART')}, not {LEAD} days before {ends_on} ({expected})")
    asked = [end for end in by_date.get(ends_on, []) if to_ask(end)]
    summary = str(event.get("SUMMARY"))
    check(summary.startswith("Ask for a nomination" if len(asked) == 1 else
                             f"Ask for nominations: {len(asked)} terms end on"),
          f"{uid}: the summary is {summary!r}")
    description = str(event.get("DESCRIPTION"))
    check("(¶23, ¶25)" in description, f"{uid}: the description does not cite ¶23 and ¶25")
    for end in by_date.get(ends_on, []):
        check((end["name"] in description) == to_ask(end),
              f"{uid}: {end['name']} is {'not ' if to_ask(end) else ''}named")
    bodies = {end["next_nominated_by"] for end in asked if end["next_nominated_by"]} | {
        end["renewal_proposed_by"] for end in asked
        if end["renewable"] and end["renewal_proposed_by"]}
    categories = set(str(event.get("CATEGORIES").to_ical().decode()).split(","))
    check(categories == bodies, f"{uid}: CATEGORIES {categories}, the bodies are {bodies}")
# a nomination event ahead of its term end, and at least one that keeps the whole lead
check(any(e.decoded("DTSTART") > as_of for e in asks), "every nomination event is late")

# --lead 0: no nomination event.
_, unasked = events_of(run("--as-of", AS_OF, "--horizon", HORIZON, "--lead", "0", "-f", "ics"))
check(all(str(e.get("UID")).startswith("term-ends-") for e in unasked), "--lead 0 still asks")

# The text in French and Spanish: the same events, their words translated.
for lang, ask in (("fr", "Demander"), ("es", "Solicitar")):
    _, translated = events_of(run(*ARGS, "--lang", lang))
    check([str(e.get("UID")) for e in translated] == uids, f"{lang}: other events")
    for event in translated:
        if str(event.get("UID")).startswith("nominations-"):
            check(str(event.get("SUMMARY")).startswith(ask),
                  f"{lang}: {event.get('UID')}: the summary is {str(event.get('SUMMARY'))!r}")
            check("Who proposes" not in str(event.get("DESCRIPTION")),
                  f"{lang}: {event.get('UID')}: English left in the description")

# A later as-of date keeps the UIDs of the events still ahead.
later_raw = run("--as-of", "2026-05-01", "--horizon", HORIZON, "-f", "ics")
_, later = events_of(later_raw)
ahead = {str(e.get("UID")) for e in events if e.decoded("DTSTART") >= datetime.date(2026, 5, 1)}
check(ahead <= {str(e.get("UID")) for e in later}, "an event changed its UID when the date moved")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(events)} events checked" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
