#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "support/check_helpers.hpp"

using namespace gcsj::testing;

// The rules of the Forum (lib/rules/forum_rules.cpp), through the real loader: a registry of a
// few partners and a forum document.

namespace {

constexpr gcsj::model::Date kAsOf{2026, 3, 1};

// A government partner `id`, with the status lines given and one action.
TestFile partner(std::string_view id, std::string_view country, std::string_view status,
                 std::string_view title = "Promote equitable food systems") {
  return {"partners/" + std::string(id) + ".yaml",
          "kind: partner\nid: " + std::string(id) + "\nname: " + std::string(id) +
              "\ncategory: government\ncountry: " + std::string(country) + "\n" +
              std::string(status) +
              "adherence:\n  declared: 2024-01-15\n  advocate: true\n  uphold: true\n"
              "  contribute: true\n  levels: [national]\nactions:\n  - title: " +
              std::string(title) + "\n    domains: [protection]\n"};
}

// brazil: admitted since 2024; qatar: admitted on 2025-11-20; gone: withdrew on 2025-01-31;
// pending: an application; refused: a declined application.
std::vector<TestFile> partners() {
  return {
      partner("brazil", "BR", "status: admitted\nadmitted: 2024-02-01\n"),
      partner("qatar", "QA", "status: admitted\nadmitted: 2025-11-20\n"),
      partner("gone", "KE", "status: withdrawn\nadmitted: 2024-02-01\nwithdrawn: 2025-01-31\n"),
      partner("pending", "NO", "status: applied\napplied: 2025-06-01\n"),
      partner("refused", "FR",
              "status: declined\napplied: 2025-01-10\ndeclined: 2025-03-01\n"
              "decision: Not eligible\n"),
  };
}

// Line numbers: kind 1, sessions 2, the session 3, date 3, end 4, place 5, format 6, hosts 7,
// the hosts 8 and 9, initiatives 10, the initiative 11 (partner), its action 12.
constexpr std::string_view kForum = R"(kind: forum
sessions:
  - date: 2025-11-05
    end: 2025-11-05
    place: Doha
    format: in-person
    hosts:
      - ilo
      - brazil
    initiatives:
      - partner: brazil
        action: Promote equitable food systems
)";

// The Forum alone, or with the partners, as a whole registry.
Checked check_forum(std::string forum, bool with_partners = true, gcsj::model::Date as_of = kAsOf,
                    bool complete = true) {
  std::vector<TestFile> files = with_partners ? partners() : std::vector<TestFile>{};
  files.push_back({"forum.yaml", std::move(forum)});
  return check_files(files, as_of, complete);
}

std::string forum() {
  return std::string(kForum);
}

std::string english(const Checked& checked, std::string_view rule, std::size_t i = 0) {
  const auto found = checked.of(rule);
  REQUIRE(found.size() > i);
  return found[i].message.english();
}

std::string hint(const Checked& checked, std::string_view rule, std::size_t i = 0) {
  const auto found = checked.of(rule);
  REQUIRE(found.size() > i);
  return found[i].hint.english();
}

}  // namespace

TEST_SUITE("rules::forum") {
  TEST_CASE("the valid Forum and its partners pass every rule of the Forum") {
    const Checked checked = check_forum(forum());
    for (const char* rule : {"one-forum", "forum-host", "forum-initiative", "forum-action",
                             "forum-yearly", "forum-format", "forum-dates"})
      CHECK_MESSAGE(checked.of(rule).empty(), rule << ": " << checked.rules());
  }

  TEST_CASE("one-forum: a second forum document is reported, the first is judged") {
    const Checked checked = check_files(
        {partners()[0], {"forum.yaml", forum()}, {"forum-2.yaml", "kind: forum\nsessions: []\n"}},
        kAsOf);
    CHECK(checked.lines_of("one-forum") == std::vector<int>{1});
    REQUIRE(checked.of("one-forum").size() == 1);
    CHECK(checked.registry.file(checked.of("one-forum")[0].where.file).path == "forum-2.yaml");
    CHECK(check_forum(forum()).of("one-forum").empty());
  }

  TEST_CASE("forum-host: `ilo` and a partner admitted on the date pass (¶42)") {
    CHECK(check_forum(forum()).of("forum-host").empty());
    CHECK(check_forum(replace(forum(), "      - brazil\n", "")).of("forum-host").empty());
  }

  TEST_CASE("forum-host: a partner admitted after the session's date (¶42)") {
    const Checked checked = check_forum(replace(forum(), "- brazil\n", "- qatar\n"));
    CHECK(checked.lines_of("forum-host") == std::vector<int>{9});
    CHECK(english(checked, "forum-host").starts_with("`qatar` was admitted on "));
    CHECK(english(checked, "forum-host").find("after the session of") != std::string::npos);
    CHECK(checked.of("forum-host")[0].paragraph == "42");
    CHECK(checked.of("forum-host")[0].severity == gcsj::findings::Severity::error);
  }

  TEST_CASE("forum-host: a withdrawn host, an application, a declined one, an unknown id (¶42)") {
    const Checked withdrawn = check_forum(replace(forum(), "- brazil\n", "- gone\n"));
    CHECK(withdrawn.lines_of("forum-host") == std::vector<int>{9});
    CHECK(english(withdrawn, "forum-host").starts_with("`gone` withdrew from the Coalition on "));

    const Checked applied = check_forum(replace(forum(), "- brazil\n", "- pending\n"));
    CHECK(english(applied, "forum-host") ==
          "`pending` has applied but has not been admitted (no `admitted` date)");

    const Checked declined = check_forum(replace(forum(), "- brazil\n", "- refused\n"));
    CHECK(english(declined, "forum-host") ==
          "the application of `refused` was declined: it is not a partner");

    const Checked unknown = check_forum(replace(forum(), "- brazil\n", "- brasil\n"));
    CHECK(unknown.lines_of("forum-host") == std::vector<int>{9});
    CHECK(english(unknown, "forum-host") == "no partner has the id `brasil`");
    CHECK(hint(unknown, "forum-host") == "did you mean `brazil`?");
    CHECK(unknown.fixes("forum-host") == std::vector<std::string>{"replace 9:9 brazil"});

    // An id in capitals is its lower-case id, however many letters differ.
    const Checked capitals = check_forum(replace(forum(), "- ilo\n", "- ILO\n"));
    CHECK(capitals.lines_of("forum-host") == std::vector<int>{8});
    CHECK(hint(capitals, "forum-host") == "did you mean `ilo`?");
    CHECK(hint(check_forum(replace(forum(), "- brazil\n", "- BRAZIL\n")), "forum-host") ==
          "did you mean `brazil`?");

    // Withdrawn on the session's own day: no longer a partner that day.
    const Checked same_day = check_forum(replace(replace(forum(), "- brazil\n", "- gone\n"),
                                                 "date: 2025-11-05\n    end: 2025-11-05",
                                                 "date: 2025-01-31\n    end: 2025-01-31"));
    CHECK(same_day.lines_of("forum-host") == std::vector<int>{9});
    CHECK(same_day.fixes("forum-host") == std::vector<std::string>{""});
    CHECK(english(same_day, "forum-host") ==
          "`gone` withdrew from the Coalition on 31 January 2025, the day of the session: a "
          "withdrawal takes effect on its date");
  }

  TEST_CASE("forum-host: `hosts` missing or empty, and a host named twice (¶42)") {
    const Checked missing =
        check_forum(replace(forum(), "    hosts:\n      - ilo\n      - brazil\n", ""));
    CHECK(missing.lines_of("forum-host") == std::vector<int>{3});
    CHECK(missing.missing_keys("forum-host") == std::vector<std::string>{"hosts"});

    const Checked empty = check_forum(
        replace(forum(), "    hosts:\n      - ilo\n      - brazil\n", "    hosts: []\n"));
    CHECK(empty.lines_of("forum-host") == std::vector<int>{7});

    const Checked twice = check_forum(replace(forum(), "- brazil\n", "- ilo\n"));
    CHECK(twice.lines_of("forum-host") == std::vector<int>{9});
    CHECK(twice.of("forum-host")[0].severity == gcsj::findings::Severity::warning);
  }

  TEST_CASE("forum-host: unresolved without partners or in an incomplete registry; `ilo` alone") {
    const std::string late = replace(forum(), "- brazil\n", "- qatar\n");
    CHECK(check_forum(late, false).of("forum-host").empty());
    CHECK(check_forum(late, true, kAsOf, false).of("forum-host").empty());
    const std::string ilo_only = replace(forum(), "      - brazil\n", "");
    CHECK(check_forum(ilo_only, false).of("forum-host").empty());
    // Judged on its own: a missing `hosts` is still a finding.
    CHECK(check_forum(replace(forum(), "    hosts:\n      - ilo\n      - brazil\n", ""), false)
              .lines_of("forum-host") == std::vector<int>{3});
  }

  TEST_CASE("forum-host: a planned session is judged on its own date (¶42)") {
    // Checked on 2025-06-01, before both the session and qatar's admission: qatar is admitted
    // after the session's date, so it cannot host it.
    const Checked planned =
        check_forum(replace(forum(), "- brazil\n", "- qatar\n"), true, {2025, 6, 1});
    CHECK(planned.lines_of("forum-host") == std::vector<int>{9});
    // A session on 2025-12-01 may be hosted by qatar, admitted on 2025-11-20.
    const Checked later = check_forum(replace(replace(replace(forum(), "- brazil\n", "- qatar\n"),
                                                      "date: 2025-11-05", "date: 2025-12-01"),
                                              "end: 2025-11-05", "end: 2025-12-01"),
                                      true, {2025, 6, 1});
    CHECK(later.of("forum-host").empty());
  }

  TEST_CASE("forum-initiative: a partner admitted later, missing, unknown (¶40)") {
    CHECK(check_forum(forum()).of("forum-initiative").empty());
    const Checked later = check_forum(replace(forum(), "partner: brazil", "partner: qatar"));
    CHECK(later.lines_of("forum-initiative") == std::vector<int>{11});
    CHECK(english(later, "forum-initiative").starts_with("`qatar` was admitted on "));
    CHECK(later.of("forum-initiative")[0].paragraph == "40");

    const Checked missing =
        check_forum(replace(forum(), "- partner: brazil\n        action:", "- action:"));
    CHECK(missing.lines_of("forum-initiative") == std::vector<int>{11});
    CHECK(missing.missing_keys("forum-initiative") == std::vector<std::string>{"partner"});

    const Checked withdrawn = check_forum(replace(forum(), "partner: brazil", "partner: gone"));
    CHECK(english(withdrawn, "forum-initiative").starts_with("`gone` withdrew"));
    const Checked unknown = check_forum(replace(forum(), "partner: brazil", "partner: ilo"));
    CHECK(english(unknown, "forum-initiative") == "no partner has the id `ilo`");
    CHECK(check_forum(replace(forum(), "partner: brazil", "partner: qatar"), false)
              .of("forum-initiative")
              .empty());
  }

  TEST_CASE("forum-action: a misspelt action title, with the closest one (¶40)") {
    CHECK(check_forum(forum()).of("forum-action").empty());
    // Spaces around either title do not count.
    CHECK(check_forum(replace(forum(), "action: Promote equitable food systems",
                              "action: \"  Promote equitable food systems \""))
              .of("forum-action")
              .empty());
    const Checked misspelt = check_forum(replace(forum(), "food systems\n", "food system\n"));
    CHECK(misspelt.lines_of("forum-action") == std::vector<int>{12});
    CHECK(english(misspelt, "forum-action") ==
          "`brazil` has no action titled “Promote equitable food system”");
    CHECK(hint(misspelt, "forum-action") == "did you mean “Promote equitable food systems”?");
    CHECK(misspelt.fixes("forum-action") ==
          std::vector<std::string>{"replace 12:17 Promote equitable food systems"});
    CHECK(misspelt.of("forum-action")[0].severity == gcsj::findings::Severity::warning);
    // Unresolved without partners; a declined application's actions are not judged.
    CHECK(check_forum(replace(forum(), "food systems\n", "food system\n"), false)
              .of("forum-action")
              .empty());
    CHECK(check_forum(replace(replace(forum(), "partner: brazil", "partner: refused"),
                              "food systems\n", "food system\n"))
              .of("forum-action")
              .empty());
  }

  TEST_CASE("forum-yearly: a year over without a session, two sessions in a year (¶39)") {
    const std::string two_years = R"(kind: forum
sessions:
  - date: 2024-06-13
    format: in-person
    hosts: [ilo]
  - date: 2026-06-10
    format: remote
    hosts: [ilo]
)";
    // Checked in 2027: 2025 is over without a session; 2026 has one.
    const Checked gap = check_forum(two_years, false, {2027, 1, 15});
    CHECK(gap.lines_of("forum-yearly") == std::vector<int>{2});
    CHECK(english(gap, "forum-yearly") ==
          "the Forum did not meet in 2025: ¶39 invites partners to it once a year");
    // Checked on 30 December 2025, the year is not over (on the 31st it is, as for the Group's
    // meetings); in 2026, the session of 2026-06-10 is planned and
    // 2025 is over without one.
    CHECK(check_forum(two_years, false, {2025, 12, 30}).of("forum-yearly").empty());
    CHECK(check_forum(two_years, false, {2026, 3, 1}).lines_of("forum-yearly") ==
          std::vector<int>{2});

    const Checked twice =
        check_forum(replace(two_years, "2026-06-10", "2024-11-05"), false, {2025, 3, 1});
    CHECK(twice.lines_of("forum-yearly") == std::vector<int>{6});
    CHECK(english(twice, "forum-yearly").starts_with("a second Forum session in 2024"));
    CHECK(check_forum(forum()).of("forum-yearly").empty());

    // A session from 31 December to 1 January was held in both years; checked on 31 December
    // 2026, 2026 is over.
    const std::string across = R"(kind: forum
sessions:
  - date: 2024-12-31
    end: 2025-01-01
    format: remote
    hosts: [ilo]
  - date: 2026-01-01
    format: remote
    hosts: [ilo]
)";
    CHECK(check_forum(across, false, {2027, 1, 2}).of("forum-yearly").empty());
    CHECK(check_forum(replace(across, "end: 2025-01-01", "end: 2024-12-31"), false, {2027, 1, 2})
              .lines_of("forum-yearly") == std::vector<int>{2});
    CHECK(check_forum(replace(across, "2026-01-01", "2027-01-01"), false, {2026, 12, 31})
              .lines_of("forum-yearly") == std::vector<int>{2});
    CHECK(check_forum(replace(across, "2026-01-01", "2027-01-01"), false, {2026, 12, 30})
              .of("forum-yearly")
              .empty());
  }

  TEST_CASE("forum-format: missing, misspelt, unknown; a remote session needs no place (¶41)") {
    CHECK(check_forum(replace(replace(forum(), "    place: Doha\n", ""), "in-person", "remote"))
              .of("forum-format")
              .empty());
    const Checked missing = check_forum(replace(forum(), "    format: in-person\n", ""));
    CHECK(missing.lines_of("forum-format") == std::vector<int>{3});
    CHECK(missing.missing_keys("forum-format") == std::vector<std::string>{"format"});
    const Checked misspelt = check_forum(replace(forum(), "in-person", "in-persn"), false);
    CHECK(misspelt.lines_of("forum-format") == std::vector<int>{6});
    CHECK(english(misspelt, "forum-format") == "`in-persn` is not a format of ¶41");
    CHECK(hint(misspelt, "forum-format").starts_with("did you mean `in-person`?"));
    CHECK(misspelt.fixes("forum-format") == std::vector<std::string>{"replace 6:13 in-person"});
    CHECK(check_forum(replace(forum(), "in-person", "online")).fixes("forum-format") ==
          std::vector<std::string>{""});
    CHECK(check_forum(replace(forum(), "in-person", "online")).lines_of("forum-format") ==
          std::vector<int>{6});
  }

  TEST_CASE("forum-dates: a session without a date, an end before its date (¶39)") {
    const Checked before = check_forum(replace(forum(), "end: 2025-11-05", "end: 2025-11-04"));
    CHECK(before.lines_of("forum-dates") == std::vector<int>{4});
    const Checked missing = check_forum(
        replace(forum(), "  - date: 2025-11-05\n    end: 2025-11-05\n    place", "  - place"));
    CHECK(missing.lines_of("forum-dates") == std::vector<int>{3});
    CHECK(missing.missing_keys("forum-dates") == std::vector<std::string>{"date"});
    // Without a date, the hosts and initiatives are not judged against it.
    CHECK(
        check_forum(replace(replace(forum(), "  - date: 2025-11-05\n    end: 2025-11-05\n    place",
                                    "  - place"),
                            "- brazil\n", "- qatar\n"))
            .of("forum-host")
            .empty());
  }

  // examples/forum: each file fails the rule its first line names (examples/forum/README.md),
  // against the example registry's partners; `# Valid` files pass every rule of the Forum.
  TEST_CASE("examples/forum: each file fails the rule its first line names") {
    namespace fs = std::filesystem;
    const fs::path source(GCSJ_SOURCE_DIR);
    const auto read = [](const fs::path& path) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      return text.str();
    };
    std::vector<TestFile> registry;
    for (const auto& entry : fs::directory_iterator(source / "examples/registry/partners"))
      registry.push_back({"partners/" + entry.path().filename().string(), read(entry.path())});
    int files = 0;
    for (const auto& entry : fs::directory_iterator(source / "examples/forum")) {
      if (entry.path().extension() != ".yaml") continue;
      ++files;
      const std::string text = read(entry.path());
      CAPTURE(entry.path().filename().string());
      std::vector<TestFile> all = registry;
      all.push_back({"forum.yaml", text});
      const Checked checked = check_files(all, {2026, 11, 29});
      const std::string first = text.substr(2, text.find_first_of(" :\n", 2) - 2);
      for (const char* rule : {"forum-host", "forum-initiative", "forum-action", "forum-yearly",
                               "forum-format", "forum-dates"})
        CHECK_MESSAGE(checked.of(rule).empty() == (first != rule), rule << ": " << checked.rules());
      // A title of ten words misspelt by one letter still gets its suggestion (past the 64
      // characters of util::closest_match).
      if (entry.path().filename() == "misspelt-action.yaml")
        CHECK(hint(checked, "forum-action") ==
              "did you mean “Extend social protection to app-based delivery and transport "
              "workers”?");
    }
    CHECK(files >= 10);
  }
}
