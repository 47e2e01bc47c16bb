#include <doctest/doctest.h>

#include <sstream>

#include "group/plan.hpp"
#include "render/group/group_plan.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;
namespace group = gcsj::group;
namespace render = gcsj::render;

namespace {

// The plan's iCalendar text for the full Group with `members`, on `as_of`.
std::string ics_of(const std::vector<GroupMember>& members, Date as_of, long remind = 30) {
  const auto checked = check_files(group_registry(group_yaml(members)), as_of);
  const auto roster = group::Roster::of(checked.registry);
  REQUIRE(roster);
  const auto plan = group::plan_on(*roster, as_of, 730, {});
  const render::GroupView view{checked.registry, *roster, as_of};
  return render::render_plan_ics({view, plan, gcsj::i18n::Translator::english(), remind});
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  for (auto at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", from)) {
    lines.push_back(text.substr(from, at - from));
    from = at + 2;
  }
  CHECK(from == text.size());  // every line ends with CRLF
  return lines;
}

// The value of the first property `name` in `text`, its lines unfolded.
std::string property(const std::string& text, const std::string& name) {
  std::string unfolded;
  for (const auto& line : lines_of(text))
    unfolded += line.starts_with(" ") ? line.substr(1) : "\n" + line;
  const auto at = unfolded.find("\n" + name);
  REQUIRE(at != std::string::npos);
  const auto colon = unfolded.find(':', at);
  return unfolded.substr(colon + 1, unfolded.find('\n', colon) - colon - 1);
}

}  // namespace

TEST_SUITE("render::group_plan") {
  TEST_CASE("the iCalendar file: CRLF, lines of at most 75 octets, TEXT escaped") {
    auto members = full_group_members();
    for (auto& m : members)
      if (m.seat != "director-general" && m.name != "Employer 3")
        m.terms = {"{start: 2025-06-01, nominated_by: NOMINATOR}"};
    member_of(members, "Employer 3").name =
        "\"Dr. Ana; Bé, Ñúñez \\\\ Ørsted-Åkesson, représentante de la Fédération\"";
    const auto text = ics_of(members, kGroupAsOf);
    const auto lines = lines_of(text);
    REQUIRE(lines.size() > 10);
    CHECK(lines[0] == "BEGIN:VCALENDAR");
    CHECK(lines[1] == "VERSION:2.0");
    CHECK(lines[2].starts_with("PRODID:"));
    for (const auto& line : lines) {
      CHECK(line.size() <= 75);
      CHECK(line.find('\n') == std::string::npos);
      // a fold never splits a UTF-8 sequence: no line starts with a continuation byte
      if (line.size() > 1) CHECK((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80);
    }
    CHECK(property(text, "SUMMARY") ==
          "First term of Dr. Ana\\; Bé\\, Ñúñez \\\\ Ørsted-Åkesson\\, représentante de la "
          "Fédération ends (employers)");
    CHECK(property(text, "DTSTART") == "20260531");
    CHECK(property(text, "DTEND") == "20260601");
    CHECK(property(text, "DTSTAMP") == "20250601T000000Z");
    CHECK(property(text, "TRIGGER") == "-P30D");
    CHECK(property(text, "DESCRIPTION").find("\\n") != std::string::npos);
  }

  TEST_CASE("the latest dates gcsj reads give events with four-digit years") {
    // A term starting on the last day a date may be (9897-12-31) ends two years on; the plan on
    // that day, its horizon as long as the options allow, still writes eight-digit dates.
    auto members = full_group_members();
    member_of(members, "Worker 2").terms = {"{start: 9897-12-31, nominated_by: NOMINATOR}"};
    const Date last{9897, 12, 31};
    const auto checked = check_files(group_registry(group_yaml(members)), last);
    const auto roster = group::Roster::of(checked.registry);
    REQUIRE(roster);
    const auto plan = group::plan_on(*roster, last, 36500, {});
    const render::GroupView view{checked.registry, *roster, last};
    const std::string text = render::render_plan_ics({view, plan});
    std::size_t events = 0;
    for (const auto& line : lines_of(text)) {
      if (!line.starts_with("DTSTART")) continue;
      ++events;
      const auto value = line.substr(line.rfind(':') + 1);
      CHECK_MESSAGE(value.size() == 8, line);
    }
    CHECK(events > 0);
    CHECK(property(text, "DTSTART") == "98991230");
  }

  TEST_CASE("a UID is the seat, the member and the term's start: the as-of date leaves it") {
    const auto before = ics_of(full_group_members(), kGroupAsOf);
    const auto after = ics_of(full_group_members(), {2026, 1, 15});
    CHECK(property(before, "UID") == property(after, "UID"));
    CHECK(property(before, "UID").find("2024-06-01") != std::string::npos);
    CHECK(property(before, "DTSTAMP") != property(after, "DTSTAMP"));
    CHECK(ics_of(full_group_members(), kGroupAsOf) == before);  // the same bytes
    // --remind 0: no reminder
    CHECK(ics_of(full_group_members(), kGroupAsOf, 0).find("VALARM") == std::string::npos);
  }
}
