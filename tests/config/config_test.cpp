#include <doctest/doctest.h>

#include "check/catalogue.hpp"
#include "config/config.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {

// Loads the files, then reads `config_text` as a configuration and applies it.
Checked check_configured(std::vector<TestFile> files, const std::string& config_text,
                         gcsj::model::Date as_of = kDefaultAsOf) {
  Checked checked = check_files(files, as_of);
  const auto id = static_cast<gcsj::model::FileId>(checked.registry.files.size());
  auto& source = checked.registry.files.emplace_back();
  source.path = ".gcsj.yaml";
  source.is_config = true;
  const auto config = gcsj::config::read_config(id, config_text, checked.findings);
  gcsj::config::apply_config(config, gcsj::check::catalogue(), checked.registry, as_of,
                             checked.findings);
  return checked;
}

std::string bad_ngo() {
  return replace(kNgo, "international: true", "international: false");
}

std::string waiver(const std::string& rule, const std::string& target,
                   const std::string& expires = "2026-01-01") {
  return "waivers:\n  - rule: " + rule + "\n    " + target +
         "\n    reason: Pending review\n"
         "    approved_by: Head of secretariat\n    expires: " +
         expires + "\n";
}

}  // namespace

TEST_SUITE("config") {
  TEST_CASE("severity overrides change a rule's severity or turn it off") {
    auto checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                                    "rules:\n  ngo-international: warning\n");
    REQUIRE(checked.of("ngo-international").size() == 1);
    CHECK(checked.of("ngo-international")[0].severity == gcsj::findings::Severity::warning);
    checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                               "rules:\n  ngo-international: off\n");
    CHECK(checked.of("ngo-international").empty());
  }

  TEST_CASE("unknown-rule: an override or waiver of a rule that does not exist") {
    const auto checked =
        check_configured({{"partners/sample.yaml", kNgo}}, "rules:\n  ngo-internationl: off\n");
    REQUIRE(checked.of("unknown-rule").size() == 1);
    CHECK(checked.of("unknown-rule")[0].where.line == 2);
    CHECK(checked.of("unknown-rule")[0].hint == "did you mean `ngo-international`?");
  }

  TEST_CASE("a waiver marks its partner's finding as waived, and only that partner's") {
    const auto other = replace(bad_ngo(), "id: sample", "id: other");
    const auto checked =
        check_configured({{"partners/sample.yaml", bad_ngo()}, {"partners/other.yaml", other}},
                         waiver("ngo-international", "partner: sample"));
    const auto found = checked.of("ngo-international");
    REQUIRE(found.size() == 2);
    CHECK(found[0].waived.has_value() != found[1].waived.has_value());
    for (const auto& f : found)
      if (f.waived) {
        CHECK(checked.registry.file(f.where.file).path == "partners/sample.yaml");
        CHECK(f.waived->reason == "Pending review");
        CHECK(f.waived->expires == "2026-01-01");
      }
    const auto summary = gcsj::findings::count(checked.findings, 2, 2);
    CHECK(summary.waived == 1);
    CHECK(summary.errors == 1);
  }

  TEST_CASE("a waiver covers one Group member's finding") {
    auto members = full_group_members();
    members[6].level = "senior-official";
    auto files = group_registry(group_yaml(members));
    const auto checked =
        check_configured(files, waiver("member-level", "member: " + members[6].name));
    REQUIRE(checked.of("member-level").size() == 1);
    CHECK(checked.of("member-level")[0].waived);
  }

  TEST_CASE("waiver-expired: an expired waiver no longer applies and is itself reported") {
    const auto checked =
        check_configured({{"partners/sample.yaml", bad_ngo()}},
                         waiver("ngo-international", "partner: sample", "2025-05-31"));
    CHECK_FALSE(checked.of("ngo-international").at(0).waived);
    REQUIRE(checked.of("waiver-expired").size() == 1);
    CHECK(checked.of("waiver-expired")[0].where.line == 6);
    // still valid on its last day
    CHECK(check_configured({{"partners/sample.yaml", bad_ngo()}},
                           waiver("ngo-international", "partner: sample", "2025-06-01"))
              .of("waiver-expired")
              .empty());
  }

  TEST_CASE("waiver-unused and waiver-incomplete") {
    auto checked = check_configured({{"partners/sample.yaml", kNgo}},
                                    waiver("ngo-international", "partner: sample"));
    CHECK(checked.lines_of("waiver-unused") == std::vector<int>{2});
    checked = check_configured({{"partners/sample.yaml", bad_ngo()}},
                               "waivers:\n  - rule: ngo-international\n    partner: sample\n");
    CHECK(checked.lines_of("waiver-incomplete") == std::vector<int>{2});
    CHECK_FALSE(checked.of("ngo-international").at(0).waived);
  }

  TEST_CASE("the configuration's own mistakes are format findings") {
    const auto checked =
        check_configured({{"partners/sample.yaml", kNgo}},
                         "fail_level: fatal\nrule: {}\nrules:\n  ngo-international: loud\n");
    CHECK(checked.lines_of("invalid-value") == std::vector<int>{1, 4});
    CHECK(checked.lines_of("unknown-key") == std::vector<int>{2});
  }

  TEST_CASE("reads the fail level") {
    std::vector<gcsj::findings::Finding> out;
    const auto config = gcsj::config::read_config(0, "fail_level: warning\n", out);
    CHECK(out.empty());
    REQUIRE(config.fail_level);
    CHECK(config.fail_level->value == gcsj::findings::Severity::warning);
  }
}
