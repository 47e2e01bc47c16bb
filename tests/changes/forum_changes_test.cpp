#include <doctest/doctest.h>

#include "changes/changes.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"

using namespace gcsj::testing;
using gcsj::changes::Kind;
using gcsj::model::Date;

namespace {

// `sample` admitted on 2024-02-01; `late` admitted on 2024-02-01 but made public only on
// 2026-01-01 (¶18 `published`); `nobody` is no partner of the registry.
const std::string kForum = R"(kind: forum
sessions:
  - date: 2025-11-05
    place: Doha
    format: in-person
    hosts: [ilo, sample, late, nobody]
    initiatives:
      - partner: sample
      - partner: sample
        action: Extend social protection
      - partner: late
      - partner: nobody
  - date: 2024-06-13
    place: Geneva
    format: in-person
    hosts: [ilo]
)";

Checked forum_registry() {
  const std::string late =
      replace(replace(kNgo, "id: sample", "id: late"), "admitted: 2024-02-01\n",
              "admitted: 2024-02-01\npublished: 2026-01-01\n");
  return check_files(
      {{"partners/sample.yaml", kGovernment}, {"partners/late.yaml", late}, {"forum.yaml", kForum}},
      Date{2025, 12, 1}, true);
}

gcsj::changes::Changes changes_of(const Checked& checked, Date from, Date to) {
  return gcsj::changes::compute_changes(checked.registry, from, to,
                                        gcsj::refdata::ReferenceData::bundled());
}

std::size_t sessions_in(const Checked& checked, Date from, Date to) {
  const auto changes = changes_of(checked, from, to);
  return of_kind(changes, Kind::forum_session).size();
}

}  // namespace

TEST_SUITE("changes::forum_changes") {
  TEST_CASE("a session held in the period is one public event of ¶39, keyed by its date") {
    const auto checked = forum_registry();
    const auto changes = changes_of(checked, {2025, 11, 4}, {2025, 12, 1});
    const auto sessions = of_kind(changes, Kind::forum_session);
    REQUIRE(sessions.size() == 1);
    const auto& held = *sessions[0];
    CHECK(held.date == Date{2025, 11, 5});
    CHECK(held.paragraph == "39");
    CHECK(held.key == "2025-11-05");
    CHECK(held.is_public);
    CHECK(held.initiatives == 4);
    CHECK(held.public_initiatives == 2);  // not those of `late` (not public on TO) and `nobody`
    CHECK(held.where.line == 3);
    REQUIRE(held.session != nullptr);
    CHECK(held.session->place->value == "Doha");
    CHECK(gcsj::changes::count(changes).forum_sessions == 1);
    CHECK_FALSE(gcsj::changes::is_group_event(Kind::forum_session));
  }

  TEST_CASE("hosts keep their order; only `ilo` and partners public on TO may be named") {
    const auto checked = forum_registry();
    const auto before = changes_of(checked, {2025, 11, 4}, {2025, 12, 1});
    const auto& hosts = of_kind(before, Kind::forum_session)[0]->hosts;
    REQUIRE(hosts.size() == 4);
    CHECK(hosts[0].id == "ilo");
    CHECK(hosts[0].is_public);
    CHECK(hosts[0].partner == nullptr);
    CHECK(hosts[1].id == "sample");
    CHECK(hosts[1].is_public);
    REQUIRE(hosts[1].partner != nullptr);
    CHECK(hosts[2].id == "late");
    CHECK_FALSE(hosts[2].is_public);  // published on 2026-01-01, after TO
    CHECK(hosts[3].id == "nobody");
    CHECK_FALSE(hosts[3].is_public);
    CHECK(hosts[3].partner == nullptr);
    // Once `late` is public on TO, it may be named.
    const auto after = changes_of(checked, {2025, 11, 4}, {2026, 1, 1});
    CHECK(of_kind(after, Kind::forum_session)[0]->hosts[2].is_public);
    CHECK(of_kind(after, Kind::forum_session)[0]->public_initiatives == 3);  // `late`'s then
  }

  TEST_CASE("two sessions on one date are two events with keys of their own") {
    const std::string two =
        "kind: forum\nsessions:\n  - date: 2025-11-05\n    format: remote\n"
        "    hosts: [ilo]\n  - date: 2025-11-05\n    format: in-person\n"
        "    hosts: [ilo]\n";
    const auto checked = check_files({{"partners/sample.yaml", kGovernment}, {"forum.yaml", two}},
                                     Date{2025, 12, 1});
    const auto changes = changes_of(checked, {2025, 11, 1}, {2025, 12, 1});
    const auto sessions = of_kind(changes, Kind::forum_session);
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0]->key == "2025-11-05");
    CHECK(sessions[1]->key == "2025-11-05-2");
    CHECK(sessions[1]->where.line == 6);
  }

  TEST_CASE("sessions outside the period are no event; the first day dates a session") {
    const auto checked = forum_registry();
    CHECK(sessions_in(checked, {2025, 11, 5}, {2025, 12, 1}) == 0);
    CHECK(sessions_in(checked, {2024, 1, 1}, {2025, 11, 4}) == 1);
    const auto both = changes_of(checked, {2024, 1, 1}, {2025, 12, 1});
    const auto sessions = of_kind(both, Kind::forum_session);
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0]->date == Date{2024, 6, 13});  // sorted by date, not the document's order
  }

  TEST_CASE("a registry without a Forum has no session event") {
    const auto checked = check_files({{"partners/sample.yaml", kGovernment}});
    CHECK(sessions_in(checked, {2020, 1, 1}, {2030, 1, 1}) == 0);
  }
}
