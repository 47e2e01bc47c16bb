// `gcsj group plan -f ics`: an iCalendar file (RFC 5545) with one all-day event per date on which
// terms end, listing them (with a reminder before it when a decision is open), and a nomination
// event `lead_days` before it (never before the as-of date) listing who proposes a renewal or
// nominates a successor (¶23, ¶25). The same registry and as-of date give the same bytes:
// DTSTAMP is the as-of date, and each UID is derived from the term-end date and the kind of event,
// so that importing a newer plan updates an event instead of adding a second.

#include <algorithm>
#include <set>
#include <span>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/group/group_plan.hpp"

namespace gcsj::render {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::msg_n;

// TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped.
std::string ics_text(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\\' || c == ';' || c == ',')
      out += {'\\', c};
    else if (c == '\n')
      out += "\\n";
    else if (c != '\r')
      out += c;
  }
  return out;
}

// A content line folded at 75 octets (§3.1), never inside a UTF-8 sequence, ended by CRLF.
std::string ics_line(std::string_view line) {
  std::string out;
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 1;
    const auto byte = static_cast<unsigned char>(line[i]);
    if (byte >= 0xF0)
      length = 4;
    else if (byte >= 0xE0)
      length = 3;
    else if (byte >= 0xC0)
      length = 2;
    length = std::min(length, line.size() - i);
    if (width + length > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, length));
    width += length;
    i += length;
  }
  return out + "\r\n";
}

std::string compact(const model::Date& date) {
  return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
}

// A decision is open: neither a renewal nor a successor is recorded.
bool open(const group::PlanEvent& event) {
  return !event.renewed && !event.successor_recorded;
}

// Someone is to be asked: an open term (not the Director-General's office) with a body that
// proposes its renewal or nominates or invites its successor.
bool to_nominate(const group::PlanEvent& event) {
  return open(event) && event.term_number > 0 &&
         (event.nominator || (event.renewable && event.renewal_proposer));
}

// Each term of a date on two lines: what ends ("First term of A ends (seat)"), then what must be
// decided, indented.
std::string event_lines(const i18n::Translator& tr,
                        std::span<const group::PlanEvent* const> events) {
  std::string out;
  for (const group::PlanEvent* event : events)
    out += (out.empty() ? "- " : "\n- ") + plan_words::event_summary(tr, *event) + "\n  " +
           plan_words::event_decision(tr, *event);
  return out;
}

// The CATEGORIES of an event: its values as the registry writes them, once each, in order, each a
// TEXT value (escaped), separated by commas.
template <class Value>
std::string categories(const std::set<Value>& values) {
  std::string out;
  for (const Value value : values)
    out += (out.empty() ? "" : ",") + ics_text(model::enum_name(value));
  return out;
}

}  // namespace

std::string render_plan_ics(const PlanView& view) {
  const auto& tr = view.tr;
  std::string out;
  const auto line = [&out](std::string_view text) { out += ics_line(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//gcsj//group plan//EN");
  line("CALSCALE:GREGORIAN");
  line("X-WR-CALNAME:" + ics_text(msg("Coordinating Group: nomination calendar").in(tr)));
  const std::string stamp = compact(view.plan.as_of) + "T000000Z";
  const auto& events = view.plan.events;  // by last day
  for (std::size_t first = 0; first < events.size();) {
    const model::Date last_day = events[first].last_day;
    std::vector<const group::PlanEvent*> ending, asked;
    for (; first < events.size() && events[first].last_day == last_day; ++first) {
      ending.push_back(&events[first]);
      if (to_nominate(events[first])) asked.push_back(&events[first]);
    }
    const auto count = static_cast<unsigned long>(ending.size());
    const group::PlanEvent& any = *ending.front();

    // The nomination event: who to ask, `lead_days` ahead (the as-of date when that is past).
    if (view.lead_days > 0 && !asked.empty()) {
      const model::Date day = std::max(last_day.plus_days(-view.lead_days), view.plan.as_of);
      std::set<model::Nominator> bodies;
      for (const group::PlanEvent* event : asked) {
        if (event->nominator) bodies.insert(*event->nominator);
        if (event->renewable && event->renewal_proposer) bodies.insert(*event->renewal_proposer);
      }
      const auto asked_count = static_cast<unsigned long>(asked.size());
      line("BEGIN:VEVENT");
      line("UID:nominations-" + compact(last_day) + "@gcsj");
      line("DTSTAMP:" + stamp);
      line("DTSTART;VALUE=DATE:" + compact(day));
      line("DTEND;VALUE=DATE:" + compact(day.plus_days(1)));
      line("SUMMARY:" + ics_text(msg_n("Ask for a nomination: a term ends on {date}",
                                       "Ask for nominations: {count} terms end on {date}",
                                       asked_count, arg("date", last_day))
                                     .in(tr)));
      line("DESCRIPTION:" +
           ics_text(msg_n("Who proposes a renewal or nominates a successor for the term that "
                          "ends on {date} (¶23, ¶25):",
                          "Who proposes a renewal or nominates a successor for each of the "
                          "{count} terms that end on {date} (¶23, ¶25):",
                          asked_count, arg("date", last_day))
                        .in(tr) +
                    "\n" + event_lines(tr, asked)));
      line("CATEGORIES:" + categories(bodies));
      line("TRANSP:TRANSPARENT");
      line("END:VEVENT");
    }

    // The term-end event: every term that ends that day, and the Group on the next.
    std::set<model::Seat> seats;
    for (const group::PlanEvent* event : ending) seats.insert(event->kind->seat);
    const std::string summary = ending.size() == 1
                                    ? plan_words::event_summary(tr, any)
                                    : msg_n("{count} term of the Coordinating Group ends",
                                            "{count} terms of the Coordinating Group end", count)
                                          .in(tr);
    line("BEGIN:VEVENT");
    line("UID:term-ends-" + compact(last_day) + "@gcsj");
    line("DTSTAMP:" + stamp);
    line("DTSTART;VALUE=DATE:" + compact(last_day));
    line("DTEND;VALUE=DATE:" + compact(any.vacant_from));
    line("SUMMARY:" + ics_text(summary));
    line("DESCRIPTION:" +
         ics_text(event_lines(tr, ending) + "\n" + plan_words::after_line(tr, any)));
    line("CATEGORIES:" + categories(seats));
    line("TRANSP:TRANSPARENT");
    if (view.remind_days > 0 &&
        std::any_of(ending.begin(), ending.end(), [](const auto* e) { return open(*e); })) {
      line("BEGIN:VALARM");
      line("ACTION:DISPLAY");
      line(fmt::format("TRIGGER;RELATED=START:-P{}D", view.remind_days));
      line("DESCRIPTION:" +
           ics_text(msg_n("In {count} day: {summary}", "In {count} days: {summary}",
                          static_cast<unsigned long>(view.remind_days), arg("summary", summary))
                        .in(tr)));
      line("END:VALARM");
    }
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace gcsj::render
