#include <doctest/doctest.h>

#include <fmt/format.h>

#include "i18n/translator.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {
Checked check_group(const std::vector<GroupMember>& members, const std::string& head = "",
                    gcsj::model::Date as_of = kGroupAsOf) {
  return check_files(group_registry(group_yaml(members, head)), as_of);
}

GroupMember& member_named(std::vector<GroupMember>& members, const std::string& name) {
  for (auto& m : members)
    if (m.name == name) return m;
  FAIL("no member " << name);
  return members.front();
}
}  // namespace

TEST_SUITE("rules::group::membership") {
  TEST_CASE("a full, valid Group on a date gives no finding") {
    const auto checked = check_group(full_group_members());
    CHECK_MESSAGE(checked.findings.empty(), checked.rules());
  }

  TEST_CASE("one-coordinating-group: a second group document") {
    const auto text = group_yaml(full_group_members());
    auto files = group_registry(text);
    files.push_back({"second-group.yaml", text});
    const auto checked = check_files(files, kGroupAsOf);
    const auto found = checked.of("one-coordinating-group");
    REQUIRE(found.size() == 1);
    CHECK(checked.registry.file(found[0].where.file).path == "second-group.yaml");
  }

  TEST_CASE("member-partner-exists: members are partners (¶21)") {
    auto members = full_group_members();
    member_named(members, "NGO Rep").partner = "nobody";
    const auto text = group_yaml(members);
    const auto checked = check_files(group_registry(text), kGroupAsOf);
    CHECK(checked.lines_of("member-partner-exists") ==
          std::vector<int>{line_of(text, "partner: nobody")});
    CHECK(checked.of("member-partner-exists")[0].paragraph == "21");
    // only files named, no registry: an unresolved id is not a finding
    CHECK(check_files(group_registry(text), kGroupAsOf, false).of("member-partner-exists").empty());
    member_named(members, "NGO Rep").partner = "";
    const auto missing = group_yaml(members);
    CHECK(check_files(group_registry(missing), kGroupAsOf).lines_of("member-partner-exists") ==
          std::vector<int>{line_of(missing, "name: NGO Rep")});
    CHECK(check_files(group_registry(missing), kGroupAsOf).missing_keys("member-partner-exists") ==
          std::vector<std::string>{"partner"});
  }

  TEST_CASE("seat-partner-category: the partner fits its seat, citing the seat's letter") {
    auto members = full_group_members();
    member_named(members, "Employer 2").partner = "wrk7";
    member_named(members, "Global Union Rep").partner = "wrk2";  // not sectoral
    member_named(members, "Economic Rep").partner = "uns3";      // UN system, not economic
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    const auto found = checked.of("seat-partner-category");
    REQUIRE(found.size() == 3);
    CHECK(found[0].where.line == line_of(text, "partner: wrk7"));
    CHECK(found[0].paragraph == "25(d)");
    CHECK(checked.registry.file(found[0].related.at(0).where.file).path == "partners/wrk7.yaml");
    CHECK(found[1].paragraph == "25(g)");
    CHECK(found[2].paragraph == "25(h)");
  }

  TEST_CASE("term-within-partnership: terms lie within the partner's admission (¶21)") {
    auto members = full_group_members();
    member_named(members, "Gov za").terms = {"{start: 2024-01-20, nominated_by: NOMINATOR}"};
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    CHECK(checked.lines_of("term-within-partnership") ==
          std::vector<int>{line_of(text, "start: 2024-01-20")});

    auto files = group_registry(group_yaml(full_group_members()));
    for (auto& f : files)
      if (f.name == "partners/acad.yaml")
        f.text = replace(replace(f.text, "status: admitted", "status: withdrawn"),
                         "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2025-03-01");
    CHECK(check_files(files, kGroupAsOf).of("term-within-partnership").size() == 1);
    // judged before the withdrawal, the withdrawal is the future and no finding
    CHECK(check_files(files, {2025, 2, 1}).of("term-within-partnership").empty());
  }

  TEST_CASE("term-within-partnership: a member naming a declined application (¶21)") {
    const auto text = group_yaml(full_group_members());
    auto files = group_registry(text);
    for (auto& f : files)
      if (f.name == "partners/acad.yaml")
        f.text = replace(f.text, "status: admitted\nadmitted: 2024-02-01",
                         "status: declined\ndeclined: 2024-02-01");
    const auto checked = check_files(files, kGroupAsOf);
    const auto found = checked.of("term-within-partnership");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "partner: acad"));
    CHECK(found[0].message.english() ==
          "the application of `acad` was declined: it is not a partner and has no seat on the "
          "Group");
    CHECK(checked.registry.file(found[0].related.at(0).where.file).path == "partners/acad.yaml");
    CHECK(found[0].related.at(0).message.english() == "declined here");
  }

  TEST_CASE("director-general-ex-officio: no partner, no terms (¶23)") {
    auto members = full_group_members();
    members[0].partner = "unsg";
    const auto text = group_yaml(members);
    CHECK(check_group(members).lines_of("director-general-ex-officio") ==
          std::vector<int>{line_of(text, "partner: unsg")});
  }

  TEST_CASE("a Director-General given a partner and terms is one mistake, reported once") {
    auto members = full_group_members();
    members[0].partner = "unsg";
    members[0].terms = {"{start: 2024-06-01, nominated_by: director-general}"};
    const auto checked = check_group(members);
    CHECK(checked.of("director-general-ex-officio").size() == 2);  // the partner, the terms
    CHECK(checked.of("seat-partner-category").empty());
    CHECK(checked.of("term-within-partnership").empty());
    CHECK(checked.of("term-length").empty());
  }

  TEST_CASE("member-terms: every other member has a term (¶23)") {
    auto members = full_group_members();
    member_named(members, "Academic Rep").terms.clear();
    const auto text = group_yaml(members);
    CHECK(check_group(members).lines_of("member-terms") ==
          std::vector<int>{line_of(text, "name: Academic Rep")});
    CHECK(check_group(members).missing_keys("member-terms") == std::vector<std::string>{"terms"});
    // `terms: []` is written, only empty: no key is missing
    const auto empty = replace(text, "    seat: academic\n", "    seat: academic\n    terms: []\n");
    CHECK(check_files(group_registry(empty), kGroupAsOf).lines_of("member-terms") ==
          std::vector<int>{line_of(empty, "terms: []")});
    CHECK(check_files(group_registry(empty), kGroupAsOf).missing_keys("member-terms") ==
          std::vector<std::string>{""});
  }

  TEST_CASE("member-region: present on government seats only, and matching the country (¶25(c))") {
    auto members = full_group_members();
    member_named(members, "Gov za").region = "europe";
    member_named(members, "Gov ke").region = "";
    member_named(members, "Employer 3").region = "africa";
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("member-region");
    REQUIRE(found.size() == 3);
    CHECK(found[0].where.line == line_of(text, "region: europe"));
    CHECK(found[1].where.line == line_of(text, "name: Gov ke"));
    CHECK(found[1].missing_key == "region");
    CHECK(found[0].missing_key.empty());
    CHECK(found[2].where.line == line_of(text, "name: Employer 3") + 3);
    // The region the country data gives is the fix of a wrong one.
    const int line = line_of(text, "region: europe");
    CHECK(gcsj::testing::fix_of(found[0]) ==
          fmt::format("replace {}:{} africa", line, column_of(text, line, "europe")));
    CHECK(gcsj::testing::fix_of(found[1]).empty());
  }

  TEST_CASE("member-region-uncertain: a warning where the data is inferred") {
    auto members = full_group_members();
    member_named(members, "Gov fr").partner = "gov-tr";
    member_named(members, "Gov fr").region = "asia-pacific";
    const auto checked = check_group(members);
    CHECK(checked.of("member-region").empty());
    REQUIRE(checked.of("member-region-uncertain").size() == 1);
    CHECK(checked.of("member-region-uncertain")[0].severity == gcsj::findings::Severity::warning);
    CHECK(gcsj::testing::fix_of(checked.of("member-region-uncertain")[0]).ends_with(" europe"));
  }

  TEST_CASE("one-seat-per-country and one-seat-per-person among sitting members") {
    auto members = full_group_members();
    member_named(members, "Gov ke").partner = "gov-za";
    member_named(members, "Worker 6").name = "Worker 5";
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    CHECK(checked.lines_of("one-seat-per-country") ==
          std::vector<int>{line_of(text, "name: Gov ke") + 1});
    CHECK(checked.of("one-seat-per-country")[0].paragraph == "25(c)");
    CHECK(checked.lines_of("one-seat-per-person").size() == 1);
    // The country in apposition, never the subject (fr/es articles: docs/languages.md).
    const auto message = checked.of("one-seat-per-country")[0].message;
    CHECK(message.english().starts_with(
        "A government seat is already held for the same country (South Africa, ZA) by "));
    CHECK(message.in(*gcsj::i18n::Translator::of("fr"))
              .starts_with("Un siège gouvernemental est déjà occupé pour le même pays "
                           "(Afrique du Sud, ZA) par "));
  }

  TEST_CASE("member-region: the country of the finding is in apposition, in every language") {
    auto members = full_group_members();
    member_named(members, "Gov za").region = "europe";
    const auto found = check_group(members).of("member-region");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.english() ==
          "The partner's country (South Africa, ZA) sits in the `africa` region of the Government "
          "group, not `europe`");
    CHECK(found[0].message.in(*gcsj::i18n::Translator::of("es")) ==
          "El país del socio (Sudáfrica, ZA) pertenece a la región `africa` del Grupo "
          "Gubernamental, no a `europe`");
  }
}

namespace {
// The registry of `members`, with partner `id` admitted on `admitted` and withdrawn on
// `withdrawn` (when given).
std::vector<TestFile> admission(const std::vector<GroupMember>& members, const std::string& id,
                                const std::string& admitted, const std::string& withdrawn = "") {
  auto files = group_registry(group_yaml(members));
  TestFile& file = partner_file(files, id);
  file.text = replace(file.text, "admitted: 2024-02-01\n", "admitted: " + admitted + "\n");
  if (!withdrawn.empty()) {
    file.text = replace(file.text, "status: admitted\n", "status: withdrawn\n");
    file.text = replace(file.text, "admitted: " + admitted + "\n",
                        "admitted: " + admitted + "\nwithdrawn: " + withdrawn + "\n");
  }
  return files;
}
}  // namespace

TEST_SUITE("rules::group::membership") {
  TEST_CASE("term-within-partnership at its boundaries (¶21)") {
    auto members = full_group_members();
    member_of(members, "Academic Rep").terms = {
        "{start: 2024-06-01, end: 2025-02-28, nominated_by: NOMINATOR}"};
    const auto within = [&](const std::string& admitted, const std::string& withdrawn,
                            gcsj::model::Date as_of = kGroupAsOf) {
      return check_files(admission(members, "acad", admitted, withdrawn), as_of)
          .of("term-within-partnership");
    };
    CHECK(within("2024-06-01", "").empty());            // a term starting on the admission day
    CHECK(within("2024-06-02", "").size() == 1);        // a day before the admission
    CHECK(within("2024-02-01", "2025-03-01").empty());  // ends the day before the withdrawal
    const auto on_the_day = within("2024-02-01", "2025-02-28");  // ends on the withdrawal day
    REQUIRE(on_the_day.size() == 1);
    CHECK(on_the_day[0].hint.english() == "end the term the day before the withdrawal");
    // A withdrawal on the as-of date is judged: it has happened.
    CHECK(within("2024-02-01", "2025-02-28", {2025, 2, 28}).size() == 1);
    CHECK(within("2024-02-01", "2025-02-28", {2025, 2, 27}).empty());
  }

  TEST_CASE("term-within-partnership: a term that began after the partner had withdrawn") {
    auto members = full_group_members();
    member_of(members, "Academic Rep").terms = {
        "{start: 2024-06-01, end: 2024-12-31, nominated_by: NOMINATOR}",
        "{start: 2025-02-01, nominated_by: NOMINATOR}"};
    const auto text = group_yaml(members);
    const auto found =
        check_files(admission(members, "acad", "2024-02-01", "2025-01-15"), kGroupAsOf)
            .of("term-within-partnership");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "start: 2025-02-01"));
    CHECK(found[0].message.english() ==
          "the term began on 1 February 2025, after `acad` had withdrawn on 15 January 2025");
    CHECK(found[0].hint.english().find("day before") == std::string::npos);
  }

  TEST_CASE("one-seat-per-person ignores case, spaces and full stops in names") {
    auto members = full_group_members();
    member_of(members, "Worker 2").name = "J. Smith";
    member_of(members, "Worker 3").name = "J Smith";
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("one-seat-per-person");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "name: J Smith"));
  }

  TEST_CASE("seat-partner-category: an IFI or a regional development bank in the economic seat") {
    auto files = group_registry(group_yaml(full_group_members()));
    TestFile& econ = partner_file(files, "econ");
    econ.text = replace(econ.text, "type: economic", "type: ifi");
    CHECK(check_files(files, kGroupAsOf).of("seat-partner-category").empty());
    econ.text = replace(econ.text, "category: international-organization",
                        "category: regional-organization");
    econ.text = replace(econ.text, "type: ifi", "type: development-bank\nscope: regional");
    CHECK(check_files(files, kGroupAsOf).of("seat-partner-category").empty());
    // An IFI is not a partner of the UN-system seats unless it is of the UN system too.
    auto members = full_group_members();
    member_of(members, "UN System Rep 1").partner = "econ";
    auto ifi = group_registry(group_yaml(members));
    TestFile& ifi_file = partner_file(ifi, "econ");
    ifi_file.text = replace(ifi_file.text, "type: economic", "type: ifi");
    CHECK(check_files(ifi, kGroupAsOf).of("seat-partner-category").size() == 1);
  }
}
