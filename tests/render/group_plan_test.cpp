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

// The plan's iCalendar text for the full Group with `members`, on `as_of` (by default without
// nomination events: --lead 0).
std::string ics_of(const std::vector<GroupMember>& members, Date as_of, long remind = 30,
                   long lead = 0) {
  const auto checked = check_files(group_registry(group_yaml(members)), as_of);
  const auto roster = group::Roster::of(checked.registry);
  REQUIRE(roster);
  const auto plan = group::plan_on(*roster, as_of, 730, {});
  const render::GroupView view{checked.registry, *roster, as_of};
  return render::render_plan_ics({view, plan, gcsj::i18n::Translator::english(), remind, lead});
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

// The values of every property `name` in `text`, in order, their lines unfolded.
std::vector<std::string> properties(const std::string& text, const std::string& name) {
  std::string unfolded;
  for (const auto& line : lines_of(text))
    unfolded += line.starts_with(" ") ? line.substr(1) : "\n" + line;
  std::vector<std::string> out;
  for (auto at = unfolded.find("\n" + name); at != std::string::npos;
       at = unfolded.find("\n" + name, at + 1)) {
    const auto colon = unfolded.find(':', at);
    out.push_back(unfolded.substr(colon + 1, unfolded.find('\n', colon) - colon - 1));
  }
  return out;
}

// The full Group, and Worker 2's term started later: 32 terms end on 2026-05-31, one on
// 2026-12-31.
std::vector<GroupMember> two_dates() {
  auto members = full_group_members();
  member_of(members, "Worker 2").terms = {"{start: 2025-01-01, nominated_by: NOMINATOR}"};
  return members;
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
          "Fédération ends (Employers' representatives)");
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
    const std::string text =
        render::render_plan_ics({view, plan, gcsj::i18n::Translator::english(), 30, 0});
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

  TEST_CASE("a UID is the date and the kind of event: the as-of date leaves it") {
    const auto before = ics_of(full_group_members(), kGroupAsOf, 30, 90);
    const auto after = ics_of(full_group_members(), {2026, 1, 15}, 30, 90);
    CHECK(properties(before, "UID") == properties(after, "UID"));
    CHECK(properties(before, "UID") ==
          std::vector<std::string>{"nominations-20260531@gcsj", "term-ends-20260531@gcsj"});
    CHECK(property(before, "DTSTAMP") != property(after, "DTSTAMP"));
    CHECK(ics_of(full_group_members(), kGroupAsOf, 30, 90) == before);  // the same bytes
    // --remind 0: no reminder
    CHECK(ics_of(full_group_members(), kGroupAsOf, 0).find("VALARM") == std::string::npos);
  }

  TEST_CASE("one event per date on which terms end, listing every one of them") {
    const auto text = ics_of(two_dates(), kGroupAsOf);
    CHECK(properties(text, "UID") ==
          std::vector<std::string>{"term-ends-20260531@gcsj", "term-ends-20261231@gcsj"});
    CHECK(properties(text, "DTSTART;VALUE=DATE") ==
          std::vector<std::string>{"20260531", "20261231"});
    const auto summaries = properties(text, "SUMMARY");
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[0] == "32 terms of the Coordinating Group end");
    CHECK(summaries[1] == "First term of Worker 2 ends (Workers' representatives)");
    const std::string first = properties(text, "DESCRIPTION").at(0);
    for (const char* name : {"Gov ke", "Employer 6", "Worker 1", "Academic Rep", "UNSG Envoy"})
      CHECK_MESSAGE(first.find(name) != std::string::npos, name);
    CHECK(first.find("Worker 2") == std::string::npos);
    CHECK(first.find("On 1 June 2026\\, if nothing is done") != std::string::npos);
    // Categories: the seats, each a value of its own.
    CHECK(properties(text, "CATEGORIES").at(0) ==
          "un-secretary-general,government,employers,workers,enterprise,global-union,un-system,"
          "economic-organization,regional-organization,ngo,academic");
    CHECK(properties(text, "TRIGGER;RELATED=START").size() == 2);  // one reminder per date
  }

  TEST_CASE("a nomination event --lead days ahead, naming who proposes or nominates") {
    const auto text = ics_of(two_dates(), kGroupAsOf, 30, 90);
    CHECK(properties(text, "UID") ==
          std::vector<std::string>{"nominations-20260531@gcsj", "term-ends-20260531@gcsj",
                                   "nominations-20261231@gcsj", "term-ends-20261231@gcsj"});
    // 90 days before each date on which terms end.
    CHECK(properties(text, "DTSTART;VALUE=DATE") ==
          std::vector<std::string>{"20260302", "20260531", "20261002", "20261231"});
    CHECK(properties(text, "DTEND;VALUE=DATE").at(0) == "20260303");
    const auto summaries = properties(text, "SUMMARY");
    // The twelve government seats are filled the next day as the fixture counts them (regions
    // not bound): a successor is recorded, nobody to ask; the 20 others are asked for.
    CHECK(summaries.at(0) == "Ask for nominations: 20 terms end on 31 May 2026");
    CHECK(summaries.at(2) == "Ask for a nomination: a term ends on 31 December 2026");
    const auto descriptions = properties(text, "DESCRIPTION");
    CHECK(descriptions.at(0).starts_with(
        "Who proposes a renewal or nominates a successor for each of the 20 terms that end on 31 "
        "May 2026 (¶23\\, ¶25):\\n- First term of UNSG Envoy ends (Representative of the UN "
        "Secretary-General)"));
    CHECK(descriptions.at(0).find("Employer 6") != std::string::npos);
    CHECK(descriptions.at(0).find("Gov ke") == std::string::npos);
    CHECK(descriptions.at(1).find("Gov ke") != std::string::npos);  // the term end lists it
    // The bodies that nominate (¶25), as the registry writes them; no reminder of their own.
    const auto categories = properties(text, "CATEGORIES");
    CHECK(categories.at(0) ==
          "employers-group,workers-group,director-general,un-secretary-general");
    CHECK(categories.at(2) == "workers-group");
    CHECK(properties(text, "TRIGGER;RELATED=START").size() == 2);
    // Past already: on the as-of date; --lead 0: none.
    CHECK(properties(ics_of(two_dates(), kGroupAsOf, 30, 500), "DTSTART;VALUE=DATE").at(0) ==
          "20250601");
    CHECK(ics_of(two_dates(), kGroupAsOf, 30, 0).find("nominations-") == std::string::npos);
  }

  TEST_CASE("renewals recorded: no nomination event, no reminder") {
    auto members = full_group_members();
    for (auto& m : members)
      if (!m.terms.empty()) m.terms.push_back("{start: 2026-06-01, nominated_by: NOMINATOR}");
    const auto text = ics_of(members, kGroupAsOf, 30, 90);
    CHECK(properties(text, "UID") == std::vector<std::string>{"term-ends-20260531@gcsj"});
    CHECK(text.find("VALARM") == std::string::npos);
  }
}
