// `gcsj group plan -f ics`: an iCalendar file (RFC 5545) with one all-day event per term end and a
// reminder before it. The same registry and as-of date give the same bytes: DTSTAMP is the as-of
// date, and each UID is derived from the seat, the member and the term's start, so that importing
// a newer plan updates an event instead of adding a second.

#include <algorithm>
#include <cstdint>

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

// FNV-1a, 64 bits: a digest of registry text that stays the same from run to run and machine to
// machine (std::hash need not).
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string uid_of(const group::PlanEvent& event) {
  const model::Member& member = *event.member;
  const std::string who = fmt::format("{}\n{}", member.name ? member.name->value : "",
                                      member.partner ? member.partner->value : "");
  std::string seat(model::enum_name(event.kind->seat));
  if (event.region) seat += "-" + std::string(model::enum_name(*event.region));
  const std::string start = event.term_start ? event.term_start->iso() : "office";
  return fmt::format("term-end-{}-{:016x}-{}@gcsj", seat, fnv1a(who), start);
}

std::string compact(const model::Date& date) {
  return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
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
  for (const auto& event : view.plan.events) {
    const std::string summary = plan_words::event_summary(tr, event);
    const std::string decision = plan_words::event_decision(tr, event);
    const std::string after = plan_words::after_line(tr, event);
    line("BEGIN:VEVENT");
    line("UID:" + uid_of(event));
    line("DTSTAMP:" + stamp);
    line("DTSTART;VALUE=DATE:" + compact(event.last_day));
    line("DTEND;VALUE=DATE:" + compact(event.vacant_from));
    line("SUMMARY:" + ics_text(summary));
    line("DESCRIPTION:" + ics_text(decision + "\n" + after));
    line("CATEGORIES:" + ics_text(std::string(model::enum_name(event.kind->seat))));
    line("TRANSP:TRANSPARENT");
    if (view.remind_days > 0 && !event.renewed && !event.successor_recorded) {
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
