#include <doctest/doctest.h>

#include <string>

#include "group/calendar.hpp"
#include "group/roster.hpp"
#include "render/group/group_views.hpp"
#include "support/group_fixture.hpp"
#include "support/json_reader.hpp"

// `gcsj group terms` from a Group read by the real loader: the text table and the JSON read back.

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

struct Terms {
  Checked checked;
  gcsj::group::Roster roster;
  explicit Terms(const std::vector<GroupMember>& members)
      : checked(check_files(group_registry(group_yaml(members)), kGroupAsOf)),
        roster(*gcsj::group::Roster::of(checked.registry)) {}

  std::string text(Date on, std::optional<long> within = std::nullopt) const {
    const gcsj::render::GroupView view{checked.registry, roster, on};
    return gcsj::render::render_terms_text(view, gcsj::group::term_calendar(roster, on, within),
                                           within);
  }
  Json json(Date on, std::optional<long> within = std::nullopt) const {
    const gcsj::render::GroupView view{checked.registry, roster, on};
    return parse_json(gcsj::render::render_terms_json(
        view, gcsj::group::term_calendar(roster, on, within), within));
  }
};

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

std::vector<GroupMember> with_early_end() {
  auto members = full_group_members();
  member_of(members, "Gov ke").terms = {
      "{start: 2024-06-01, end: 2025-07-01, nominated_by: NOMINATOR}"};
  member_of(members, "Worker 3").terms = {"{start: 2022-06-01, nominated_by: NOMINATOR}",
                                          "{start: 2024-06-01, nominated_by: NOMINATOR}"};
  return members;
}

}  // namespace

TEST_SUITE("render::group_terms") {
  TEST_CASE("text: a row per term, the days left, the renewal, the count") {
    const Terms terms(with_early_end());
    const std::string text = terms.text(kGroupAsOf);
    CHECK(
        text.starts_with("Terms of sitting members on 1 June 2025 (coordinating-group.yaml)\n\n"
                         "ENDS        DAYS  MEMBER"));
    CHECK(has(text, "\n2025-07-01    30  Gov ke  "));
    CHECK(has(text, "gov-ke   government (africa)"));
    CHECK(has(text, "possible, proposed by government-group (ends early)\n"));
    CHECK(has(text, "renewal  no: already renewed once\n"));
    CHECK(text.ends_with("\n33 terms\n"));
  }

  TEST_CASE("text: the window in the heading, or why nothing is listed") {
    const Terms terms(with_early_end());
    const std::string window = terms.text(kGroupAsOf, 30);
    CHECK(
        window.starts_with("Terms of sitting members on 1 June 2025, ending within 30 days "
                           "(coordinating-group.yaml)\n\n"));
    CHECK(window.ends_with("\n1 term\n"));
    CHECK(terms.text(kGroupAsOf, 10).ends_with("\n\nNo term ends in that window.\n"));
    CHECK(terms.text(Date{2024, 5, 1})
              .ends_with("\n\nThe Group is established on 1 June 2024: on 1 May 2024 no member "
                         "sits yet.\n"));
  }

  TEST_CASE("JSON: each term with its dates, number and renewal, the window or null") {
    const Terms terms(with_early_end());
    const Json json = terms.json(kGroupAsOf);
    CHECK(json["within_days"].is_null());
    CHECK(json["file"].str() == "coordinating-group.yaml");
    REQUIRE(json["terms"].size() == 33);
    const Json& first = json["terms"][0];
    CHECK(first["name"].str() == "Gov ke");
    CHECK(first["partner"].str() == "gov-ke");
    CHECK(first["seat"].str() == "government");
    CHECK(first["region"].str() == "africa");
    CHECK(first["paragraph"].str() == "25(c)");
    CHECK(first["term"].integer() == 1);
    CHECK(first["start"].str() == "2024-06-01");
    CHECK(first["end"].str() == "2025-07-01");
    CHECK(first["ends_early"].boolean);
    CHECK(first["days_left"].integer() == 30);
    CHECK(first["renewable"].boolean);
    CHECK(first["renewal_proposed_by"].str() == "government-group");
    for (const Json& term : json["terms"].items)
      if (term["name"].str() == "Worker 3") {
        CHECK(term["term"].integer() == 2);
        CHECK_FALSE(term["renewable"].boolean);
        CHECK(term["renewal_proposed_by"].is_null());
        CHECK(term["region"].is_null());
      }
    CHECK(terms.json(kGroupAsOf, 30)["within_days"].integer() == 30);
    CHECK(terms.json(kGroupAsOf, 30)["terms"].size() == 1);
  }

  TEST_CASE("a renewal already recorded is shown as recorded, in text and JSON (¶23)") {
    auto members = full_group_members();
    member_of(members, "Worker 4").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                            "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const Terms terms(members);
    const Date on{2026, 4, 1};
    const std::string text = terms.text(on, 90);
    CHECK(has(text, "recorded: the member sits on"));
    bool seen = false;
    const Json json = terms.json(on);
    for (const Json& term : json["terms"].items) {
      const bool renewed = term["name"].str() == "Worker 4";
      seen = seen || renewed;
      CHECK(term["renewal_recorded"].boolean == renewed);
      if (renewed) {
        CHECK_FALSE(term["renewable"].boolean);
        CHECK(term["renewal_proposed_by"].is_null());
      }
    }
    CHECK(seen);
  }

  TEST_CASE("a partner's withdrawal: the member's last day, and no renewal because of it") {
    auto files = group_registry(group_yaml(full_group_members()));
    auto& ngo = partner_file(files, "ngo");
    ngo.text =
        replace(ngo.text, "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2025-12-01");
    const Checked checked = check_files(files, kGroupAsOf);
    const auto roster = *gcsj::group::Roster::of(checked.registry);
    const gcsj::render::GroupView view{checked.registry, roster, kGroupAsOf};
    const std::string text =
        gcsj::render::render_terms_text(view, gcsj::group::term_calendar(roster, kGroupAsOf), {});
    const auto at = text.find("NGO Rep");
    REQUIRE(at != std::string::npos);
    const std::string line =
        text.substr(text.rfind('\n', at) + 1, text.find('\n', at) - text.rfind('\n', at) - 1);
    CHECK(line.starts_with("2025-11-30"));
    CHECK(has(line, "no: its partner withdraws"));
    CHECK_FALSE(has(line, "already renewed"));
  }
}
