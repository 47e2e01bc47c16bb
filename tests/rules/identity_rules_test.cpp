#include <doctest/doctest.h>

#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;

TEST_SUITE("rules::identity") {
  TEST_CASE("missing-key: id, name, category and status are required") {
    CHECK(check_yaml(kGovernment).of("missing-key").empty());
    const auto checked = check_yaml(replace(kGovernment, "name: Sample\n", ""));
    CHECK(checked.lines_of("missing-key") == std::vector<int>{1});
    CHECK(checked.of("missing-key")[0].message.english() == "the partner has no `name`");
    CHECK(checked.missing_keys("missing-key") == std::vector<std::string>{"name"});
    CHECK(check_yaml(replace(kGovernment, "status: admitted\n", "")).missing_keys("missing-key") ==
          std::vector<std::string>{"status"});
    CHECK(
        check_yaml(replace(kGovernment, "name: Sample", "name: \"  \"")).lines_of("missing-key") ==
        std::vector<int>{3});
  }

  TEST_CASE("missing-key: a focal point without a name (v1.1 contacts)") {
    const std::string named = kGovernment +
                              "contacts:\n"
                              "  - name: A. Mwangi\n"
                              "    email: a.mwangi@example.org\n"
                              "    language: en\n";
    CHECK(check_yaml(named).findings.empty());
    const std::string unnamed = kGovernment +
                                "contacts:\n"
                                "  - name: A. Mwangi\n"
                                "  - role: Head of international relations\n"  // line 19
                                "    email: office@example.org\n"
                                "  - name: \" \"\n";  // line 21
    const auto checked = check_yaml(unnamed);
    CHECK(checked.lines_of("missing-key") == std::vector<int>{19, 21});
    REQUIRE(checked.of("missing-key").size() == 2);
    CHECK(checked.of("missing-key")[0].message.english() == "the focal point has no `name`");
    CHECK(checked.of("missing-key")[0].paragraph.empty());
    CHECK(checked.of("missing-key")[0].severity == gcsj::findings::Severity::error);
    CHECK(checked.of("missing-key")[1].message.english() == "`name` is empty");
    // The importer points at the focal point's `name`; an empty value is no missing key.
    CHECK(checked.missing_keys("missing-key") == std::vector<std::string>{"name", ""});
  }

  TEST_CASE("missing-key: a Group member without name or seat, a meeting without date") {
    std::string text = group_yaml(full_group_members());
    text = replace(text, "  - name: NGO Rep\n    partner", "  - partner");
    text = replace(text, "    seat: academic\n", "");
    text = replace(text, "  - date: 2024-06-12\n", "  - {}\n");
    const auto checked = check_files(group_registry(text), kGroupAsOf);
    CHECK(checked.lines_of("missing-key") == std::vector<int>{line_of(text, "  - partner: ngo"),
                                                              line_of(text, "name: Academic Rep"),
                                                              line_of(text, "  - {}")});
    CHECK(checked.missing_keys("missing-key") == std::vector<std::string>{"name", "seat", "date"});
  }

  TEST_CASE("a focal point's language is en, fr or es: a format finding of the reader") {
    const std::string german = kGovernment +
                               "contacts:\n"
                               "  - name: A. Mwangi\n"
                               "    language: de\n";  // line 19
    const auto checked = check_yaml(german);
    REQUIRE(checked.findings.size() == 1);
    CHECK(checked.findings[0].rule == "invalid-value");
    CHECK(checked.findings[0].where.line == 19);
    CHECK(checked.findings[0].paragraph.empty());
  }

  TEST_CASE("partner-id-format: lower-case kebab-case, at most 64 characters") {
    CHECK(check_yaml(kGovernment).of("partner-id-format").empty());
    CHECK(check_files({{"Sample_X.yaml", replace(kGovernment, "id: sample", "id: Sample_X")}})
              .lines_of("partner-id-format") == std::vector<int>{2});
    const std::string long_id(65, 'a');
    const auto long_checked = check_yaml(replace(kGovernment, "id: sample", "id: " + long_id));
    CHECK(long_checked.lines_of("partner-id-format") == std::vector<int>{2});
    CHECK(long_checked.of("partner-id-format")[0].message.english() ==
          "the id is 65 characters long; at most 64 are allowed");
    for (const char* id : {"-cotu", "cotu kenya", "cotu.ke", "\"\""}) {
      CAPTURE(id);
      CHECK(check_yaml(replace(kGovernment, "id: sample", std::string("id: ") + id))
                .lines_of("partner-id-format") == std::vector<int>{2});
    }
    for (const char* id : {"0", "cotu-kenya", "ilo-2024-", "a--b"}) {
      CAPTURE(id);
      CHECK(check_yaml(replace(kGovernment, "id: sample", std::string("id: ") + id))
                .of("partner-id-format")
                .empty());
    }
  }

  TEST_CASE("duplicate-partner-id: the later file in path order is reported") {
    const auto ngo = replace(kNgo, "id: sample", "id: twin");
    const auto gov = replace(kGovernment, "id: sample", "id: twin");
    const auto checked = check_files({{"b/twin.yaml", ngo}, {"a/twin.yaml", gov}});
    const auto found = checked.of("duplicate-partner-id");
    REQUIRE(found.size() == 1);
    CHECK(checked.registry.file(found[0].where.file).path == "b/twin.yaml");
    CHECK(found[0].where.line == 2);
    REQUIRE(found[0].related.size() == 1);
    CHECK(checked.registry.file(found[0].related[0].where.file).path == "a/twin.yaml");
    CHECK(found[0].message.english() == "the partner id `twin` is already used");
    CHECK(found[0].related[0].message.english() == "first defined here");
  }

  TEST_CASE("file-name-matches-id: one-partner files are named after the id") {
    CHECK(check_files({{"partners/sample.yaml", kGovernment}}).of("file-name-matches-id").empty());
    const auto other = check_files({{"partners/other.yaml", kGovernment}});
    CHECK(other.lines_of("file-name-matches-id") == std::vector<int>{2});
    CHECK(other.of("file-name-matches-id")[0].message.english() ==
          "the file is named `other` but holds partner `sample`");
    CHECK(other.of("file-name-matches-id")[0].hint.english() == "rename the file to sample.yaml");
    const auto two = kGovernment + "---\n" + replace(kNgo, "id: sample", "id: second");
    CHECK(check_files({{"partners/all.yaml", two}}).of("file-name-matches-id").empty());
  }
}
