#!/usr/bin/env python3
"""`gcsj group plan -f ics`, read by an independent parser (Debian's python3-icalendar).

Writes the example registry's nomination calendar and checks it against RFC 5545 and against
`group plan -f json` for the same date: CRLF line endings and lines of at most 75 octets; VERSION
and PRODID; one VEVENT per term end, an all-day DTSTART (a date) on the term's last day and DTEND
on the next; a unique UID each; DTSTAMP from the as-of date; a VALARM --remind days before the
start (none for a recorded renewal); the same registry and date give the same bytes; and moving
the as-of date keeps every UID of an event still ahead (a re-import updates, not duplicates).
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


AS_OF, HORIZON, REMIND = "2026-03-01", "400", "45"
raw = run("--as-of", AS_OF, "--horizon", HORIZON, "--remind", REMIND, "-f", "ics", "--lang", "en")
check(raw == run("--as-of", AS_OF, "--horizon", HORIZON, "--remind", REMIND, "-f", "ics",
                 "--lang", "en"), "the same registry and date give different bytes")
check(raw.endswith(b"\r\n"), "the file does not end with CRLF")
for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
    check(b"\n" not in line and b"\r" not in line, f"line {number}: a bare LF or CR")
    check(len(line) <= 75, f"line {number}: {len(line)} octets, above 75")
calendar, events = events_of(raw)
check(str(calendar.get("VERSION")) == "2.0", "VERSION is not 2.0")
check(str(calendar.get("PRODID", "")).startswith("-//gcsj//"), "PRODID is missing")

plan = json.loads(run("--as-of", AS_OF, "--horizon", HORIZON, "-f", "json", "--lang", "en"))
ends = plan["term_ends"]
check(len(events) == len(ends), f"{len(events)} events for {len(ends)} term ends")
check(len(ends) > 0, "no term ends in the window: the test checks nothing")
uids = [str(e.get("UID")) for e in events]
check(len(set(uids)) == len(uids), "two events share a UID")
stamp = datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc)
for event, end in zip(events, ends):
    start = event.decoded("DTSTART")
    last_day = datetime.date.fromisoformat(end["last_day"])
    check(type(start) is datetime.date, f"{event.get('UID')}: DTSTART is not an all-day date")
    check(start == last_day, f"{event.get('UID')}: DTSTART {start}, the last day is {last_day}")
    check(event.decoded("DTEND") == last_day + datetime.timedelta(days=1),
          f"{event.get('UID')}: DTEND is not the day after the last day")
    check(event.decoded("DTSTAMP") == stamp, f"{event.get('UID')}: DTSTAMP is not the as-of date")
    check(end["name"] and end["name"] in str(event.get("SUMMARY")),
          f"{event.get('UID')}: the summary does not name {end['name']}")
    alarms = [c for c in event.subcomponents if c.name == "VALARM"]
    if end["renewed"] or end["successor_recorded"]:
        check(not alarms, f"{event.get('UID')}: a recorded renewal or successor has a reminder")
    else:
        check(len(alarms) == 1, f"{event.get('UID')}: no reminder")
        for alarm in alarms:
            check(alarm.decoded("TRIGGER") == -datetime.timedelta(days=int(REMIND)),
                  f"{event.get('UID')}: the reminder is not {REMIND} days before")

# A later as-of date keeps the UIDs of the events still ahead.
later_raw = run("--as-of", "2026-05-01", "--horizon", HORIZON, "-f", "ics")
_, later = events_of(later_raw)
ahead = {str(e.get("UID")) for e in events if e.decoded("DTSTART") >= datetime.date(2026, 5, 1)}
check(ahead <= {str(e.get("UID")) for e in later}, "an event changed its UID when the date moved")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(events)} events checked" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
