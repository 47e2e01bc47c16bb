#include <doctest/doctest.h>

#include <fmt/format.h>

#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {
Checked check_group(const std::vector<GroupMember>& members, gcsj::model::Date as_of = kGroupAsOf) {
  return check_files(group_registry(group_yaml(members)), as_of);
}
GroupMember& worker(std::vector<GroupMember>& members) {
  for (auto& m : members)
    if (m.name == "Worker 3") return m;
  return members.front();
}
}  // namespace

TEST_SUITE("rules::group::terms") {
  TEST_CASE("term-length: two years at most, an early end allowed (¶23)") {
    auto members = full_group_members();
    worker(members).terms = {"{start: 2024-06-01, end: 2026-05-31, nominated_by: NOMINATOR}"};
    CHECK(check_group(members).of("term-length").empty());
    worker(members).terms = {"{start: 2024-06-01, end: 2026-06-01, nominated_by: NOMINATOR}"};
    auto text = group_yaml(members);
    auto checked = check_group(members);
    CHECK(checked.lines_of("term-length") == std::vector<int>{line_of(text, "end: 2026-06-01")});
    CHECK(checked.of("term-length")[0].paragraph == "23");
    worker(members).terms = {"{start: 2024-06-01, end: 2024-05-01, nominated_by: NOMINATOR}"};
    CHECK(check_group(members).of("term-length").size() == 1);
    worker(members).terms = {"{end: 2025-05-01, nominated_by: NOMINATOR}"};
    text = group_yaml(members);
    CHECK(check_group(members).lines_of("term-length") ==
          std::vector<int>{line_of(text, "{end: 2025-05-01")});
    CHECK(check_group(members).missing_keys("term-length") == std::vector<std::string>{"start"});
  }

  TEST_CASE("term-length: a term from 29 February may end on 28 February two years on") {
    auto members = full_group_members();
    worker(members).terms = {"{start: 2024-02-29, end: 2026-02-28, nominated_by: NOMINATOR}"};
    CHECK(check_group(members).of("term-length").empty());
    worker(members).terms = {"{start: 2024-02-29, end: 2026-03-01, nominated_by: NOMINATOR}"};
    CHECK(check_group(members).of("term-length").size() == 1);
  }

  TEST_CASE("term-order: terms follow one another without overlap (¶23)") {
    auto members = full_group_members();
    worker(members).terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                             "{start: 2026-05-31, nominated_by: NOMINATOR}"};
    const auto text = group_yaml(members);
    CHECK(check_group(members).lines_of("term-order") ==
          std::vector<int>{line_of(text, "start: 2026-05-31")});
    worker(members).terms = {"{start: 2024-06-01, end: 2025-01-01, nominated_by: NOMINATOR}",
                             "{start: 2025-01-02, nominated_by: NOMINATOR}"};
    CHECK(check_group(members).of("term-order").empty());
  }

  TEST_CASE("term-renewal-limit: renewable once (¶23)") {
    auto members = full_group_members();
    worker(members).terms = {"{start: 2020-06-01, nominated_by: NOMINATOR}",
                             "{start: 2022-06-01, nominated_by: NOMINATOR}"};
    CHECK(check_group(members, {2023, 1, 1}).of("term-renewal-limit").empty());
    worker(members).terms.push_back("{start: 2024-06-02, nominated_by: NOMINATOR}");
    const auto text = group_yaml(members);
    const auto checked = check_group(members, {2023, 1, 1});
    CHECK(checked.lines_of("term-renewal-limit") ==
          std::vector<int>{line_of(text, "start: 2024-06-02")});
    CHECK(checked.of("term-renewal-limit")[0].paragraph == "23");
  }

  TEST_CASE("nominating-body: the first term comes from the seat's nominating body (¶25)") {
    auto members = full_group_members();
    members[3].terms = {"{start: 2024-06-01, nominated_by: employers-group}"};  // a government seat
    auto text = group_yaml(members);
    auto found = check_group(members).of("nominating-body");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "nominated_by: employers-group}"));
    CHECK(found[0].paragraph == "25(c)");
    worker(members).terms = {"{start: 2024-06-01}"};
    text = group_yaml(members);
    found = check_group(members).of("nominating-body");
    REQUIRE(found.size() == 2);
    CHECK(found[1].where.line == line_of(text, "{start: 2024-06-01}"));
    CHECK(found[1].paragraph == "25(e)");
    CHECK(found[0].missing_key.empty());
    CHECK(found[1].missing_key == "nominated_by");
    // The fixes: the nominator replaced, or added to the term's mapping.
    const int replaced = line_of(text, "nominated_by: employers-group}");
    CHECK(gcsj::testing::fix_of(found[0]) ==
          fmt::format("replace {}:{} government-group", replaced,
                      column_of(text, replaced, "employers-group}")));
    const int added = line_of(text, "{start: 2024-06-01}");
    CHECK(gcsj::testing::fix_of(found[1]) ==
          fmt::format("insert_key {}:{} nominated_by: workers-group", added,
                      column_of(text, added, "{start")));
  }

  TEST_CASE("renewal-nominator: a renewal is proposed by the nominating group (¶23)") {
    auto members = full_group_members();
    worker(members).terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                             "{start: 2026-06-01, nominated_by: director-general}"};
    const auto text = group_yaml(members);
    const auto checked = check_group(members, {2026, 7, 1});
    CHECK(checked.lines_of("renewal-nominator") ==
          std::vector<int>{line_of(text, "nominated_by: director-general}")});
    CHECK(checked.of("renewal-nominator")[0].paragraph == "23");
    CHECK(checked.of("nominating-body").empty());
    CHECK(checked.missing_keys("renewal-nominator") == std::vector<std::string>{""});
    worker(members).terms.back() = "{start: 2026-06-01}";
    CHECK(check_group(members, {2026, 7, 1}).missing_keys("renewal-nominator") ==
          std::vector<std::string>{"nominated_by"});
  }

  TEST_CASE("term-expiring: a note within 90 days, saying whether renewal is possible") {
    auto members = full_group_members();
    CHECK(check_group(members, {2026, 3, 1}).of("term-expiring").empty());  // 91 days left
    const auto checked = check_group(members, {2026, 3, 2});
    CHECK(checked.of("term-expiring").size() == 33);
    const auto note = checked.of("term-expiring")[0];
    CHECK(note.severity == gcsj::findings::Severity::note);
    CHECK(note.message.english().find("(90 days)") != std::string::npos);
    CHECK(note.message.english().find("renewal is still possible") != std::string::npos);

    worker(members).terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                             "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto renewed = check_group(members, {2028, 5, 31});
    REQUIRE(renewed.of("term-expiring").size() == 1);
    CHECK(renewed.of("term-expiring")[0].message.english().find(
              "(0 days); this is the renewed term") != std::string::npos);
  }
}

TEST_SUITE("rules::group::terms") {
  TEST_CASE("term-before-established: a term that starts before the Group existed (¶21)") {
    auto members = full_group_members();
    CHECK(check_group(members).of("term-before-established").empty());
    worker(members).terms = {"{start: 2024-03-01, nominated_by: NOMINATOR}"};
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("term-before-established");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "start: 2024-03-01"));
    CHECK(found[0].severity == gcsj::findings::Severity::warning);
    CHECK(found[0].related.at(0).where.line == line_of(text, "established:"));
  }

  TEST_CASE("no one but the Director-General sits before the Group is established") {
    auto members = full_group_members();
    worker(members).terms = {"{start: 2024-03-01, nominated_by: NOMINATOR}"};
    // Worker 3's term covers 2024-05-01, but the Group exists from 2024-06-01 only.
    const auto checked = check_group(members, {2024, 5, 1});
    CHECK(checked.of("term-expiring").empty());
    CHECK(checked.of("seat-vacant").empty());  // no vacancy is judged before establishment
  }

  TEST_CASE("term-expiring: no note when the renewal is already recorded (¶23)") {
    auto members = full_group_members();
    // Worker 3's first term ends on 2026-05-31; its renewal is recorded from 2026-06-01.
    worker(members).terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                             "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto checked = check_group(members, {2026, 4, 1});
    const auto found = checked.of("term-expiring");
    CHECK(found.size() == 32);  // every other sitting member, not Worker 3
    for (const auto& f : found)
      CHECK_FALSE(f.message.english().starts_with("the term of Worker 3"));
    // Without the renewal, Worker 3's note is at its term's line and says one is possible.
    auto unrenewed = full_group_members();
    const auto text = group_yaml(unrenewed);
    const auto before = check_group(unrenewed, {2026, 4, 1}).of("term-expiring");
    REQUIRE(before.size() == 33);
    bool seen = false;
    for (const auto& f : before)
      if (f.message.english().starts_with("the term of Worker 3")) {
        seen = true;
        CHECK(f.message.english().find("a renewal is still possible") != std::string::npos);
        CHECK(f.where.line > line_of(text, "name: Worker 3"));
        CHECK(f.where.line < line_of(text, "name: Worker 4"));
      }
    CHECK(seen);
  }

  TEST_CASE("term-expiring: no renewal for a member whose partner will withdraw") {
    auto files = group_registry(group_yaml(full_group_members()));
    TestFile& wrk = partner_file(files, "wrk3");
    wrk.text = replace(wrk.text, "status: admitted\n", "status: withdrawn\n");
    wrk.text = replace(wrk.text, "admitted: 2024-02-01\n",
                       "admitted: 2024-02-01\nwithdrawn: 2026-12-31\n");
    const auto found = check_files(files, {2026, 4, 1}).of("term-expiring");
    REQUIRE(found.size() == 33);
    bool seen = false;
    for (const auto& f : found)
      if (f.message.english().starts_with("the term of Worker 3")) {
        seen = true;
        CHECK(f.message.english().ends_with(
            "its partner withdraws on 31 December 2026: no renewal is possible"));
      }
    CHECK(seen);
  }
}

TEST_SUITE("rules::group::terms") {
  TEST_CASE("end-reason: the four reasons pass, and `other` with its note (¶23)") {
    CHECK(check_files(group_registry(group_yaml(full_group_members())), kGroupAsOf)
              .of("end-reason")
              .empty());
    auto members = full_group_members();
    for (const char* reason : {"resigned", "replaced", "deceased"}) {
      worker(members).terms = {std::string("{start: 2024-06-01, end: 2025-01-15, end_reason: ") +
                               reason + ", nominated_by: NOMINATOR}"};
      CHECK_MESSAGE(check_group(members).of("end-reason").empty(), reason);
    }
    worker(members).terms = {
        "{start: 2024-06-01, end: 2025-01-15, end_reason: other, end_note: appointed ambassador, "
        "nominated_by: NOMINATOR}"};
    CHECK(check_group(members).of("end-reason").empty());
  }

  TEST_CASE("end-reason: a free text is a warning at the value, read as `other` (¶23)") {
    auto members = full_group_members();
    worker(members).terms = {
        "{start: 2024-06-01, end: 2025-01-15, end_reason: appointed ambassador, "
        "nominated_by: NOMINATOR}"};
    const std::string text = group_yaml(members);
    const auto checked = check_group(members);
    CHECK(checked.lines_of("end-reason") ==
          std::vector<int>{line_of(text, "end_reason: appointed ambassador")});
    const auto found = checked.of("end-reason");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == gcsj::findings::Severity::warning);
    CHECK(found[0].paragraph == "23");
    CHECK(found[0].message.english() ==
          "a term of Worker 3 gives the `end_reason` \"appointed ambassador\", not one of "
          "`resigned`, `replaced`, `deceased` or `other`: it is read as `other`, with this text "
          "as its note");
  }

  TEST_CASE("end-reason: `other` without an `end_note` is a warning naming the key (¶23)") {
    auto members = full_group_members();
    worker(members).terms = {
        "{start: 2024-06-01, end: 2025-01-15, end_reason: other, nominated_by: NOMINATOR}"};
    const std::string text = group_yaml(members);
    const auto checked = check_group(members);
    CHECK(checked.lines_of("end-reason") == std::vector<int>{line_of(text, "end_reason: other")});
    CHECK(checked.missing_keys("end-reason") == std::vector<std::string>{"end_note"});
  }
}
