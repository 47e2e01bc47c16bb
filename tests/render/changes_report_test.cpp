#include <doctest/doctest.h>

#include "changes/changes.hpp"
#include "i18n/translator.hpp"
#include "refdata/reference_data.hpp"
#include "render/changes/change_words.hpp"
#include "render/changes/changes_report.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

// The full Group, whose Worker 2 (a forged name) resigns on 2025-01-31 and whose partner `emp2`
// withdraws on 2025-03-01; an application with a hostile name; an admission in the period.
Checked hostile_registry() {
  auto members = full_group_members();
  member_of(members, "Worker 2").terms = {
      "{start: 2024-06-01, end: 2025-01-31, end_reason: \"quit\\e[2J\", "
      "nominated_by: NOMINATOR}"};
  member_of(members, "Worker 2").name = "\"W\\n::warning::forged\\e[2J | *x*\"";
  auto files = group_registry(group_yaml(members));
  auto& employer = partner_file(files, "emp2");
  employer.text =
      replace(replace(replace(employer.text, "status: admitted", "status: withdrawn"),
                      "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-03-01\n"),
              "name: Partner emp2", "name: Secret Employers");
  files.push_back({"partners/applicant.yaml",
                   replace(replace(replace(replace(kNgo, "id: sample", "id: applicant"),
                                           "status: admitted", "status: applied"),
                                   "admitted: 2024-02-01\n", ""),
                           "declared: 2024-01-15", "declared: 2025-04-01")});
  files.push_back({"partners/newcomer.yaml",
                   replace(replace(replace(kGovernment, "id: sample", "id: newcomer"),
                                   "name: Sample", "name: \"<b>New</b> | *partner*\""),
                           "admitted: 2024-02-01", "admitted: 2025-05-01")});
  return check_files(files, kGroupAsOf);
}

bool has_terminal_control(std::string_view out) {
  for (const char c : out)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7F) return true;
  return false;
}

}  // namespace

TEST_SUITE("render::changes_report") {
  TEST_CASE("text names every change, through the printable filter") {
    const auto checked = hostile_registry();
    const auto changes = gcsj::changes::compute_changes(
        checked.registry, {2025, 1, 1}, {2025, 6, 1}, gcsj::refdata::ReferenceData::bundled());
    const gcsj::render::ChangesView view{checked.registry, changes, "registry", kGroupAsOf};
    const std::string text = gcsj::render::render_changes_text(view);
    CHECK_FALSE(has_terminal_control(text));
    CHECK(text.find("W?::warning::forged?[2J | *x* (Partner wrk2) left the Coordinating Group "
                    "before the end of the term, on 31 January 2025 (quit?[2J)") !=
          std::string::npos);
    CHECK(text.find("Secret Employers withdrew from the Coalition.") != std::string::npos);
    CHECK(text.find("Sample applied to join the Coalition") != std::string::npos);
    CHECK(text.find("partners/emp2.yaml:7:12") != std::string::npos);
    CHECK(text.find("Partners admitted: 1; withdrawn: 1; applications pending: 1;") !=
          std::string::npos);
  }

  TEST_CASE(
      "--lang: the dates of the sentences in the language's long form, registry text as given") {
    const auto checked = hostile_registry();
    const auto changes = gcsj::changes::compute_changes(
        checked.registry, {2025, 1, 1}, {2025, 6, 1}, gcsj::refdata::ReferenceData::bundled());
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french);
    const gcsj::render::ChangesView view{checked.registry, changes, "registry", kGroupAsOf, french};
    const std::string text = gcsj::render::render_changes_text(view);
    CHECK(text.find("31 janvier 2025 (quit?[2J)") != std::string::npos);
    CHECK(text.find("janvier 2025") != std::string::npos);
    CHECK(text.find("2025-02-01") != std::string::npos);  // the date column keeps YYYY-MM-DD
    const std::string markdown = gcsj::render::render_changes_markdown(view);
    CHECK(markdown.find("28 février 2025") != std::string::npos);
    const std::string json = gcsj::render::render_changes_json(view);
    CHECK(json.find("\"language\": \"fr\"") != std::string::npos);
    CHECK(json.find("\"last_day\": \"2025-01-31\"") != std::string::npos);
  }

  TEST_CASE("Markdown names what the portal names, escaped, and counts the rest") {
    const auto checked = hostile_registry();
    const auto changes = gcsj::changes::compute_changes(
        checked.registry, {2025, 1, 1}, {2025, 6, 1}, gcsj::refdata::ReferenceData::bundled());
    const gcsj::render::ChangesView view{checked.registry, changes, "registry", kGroupAsOf};
    const std::string markdown = gcsj::render::render_changes_markdown(view);
    CHECK(markdown.find("Secret Employers") == std::string::npos);
    CHECK(markdown.find("Sample") == std::string::npos);  // the applicant's name
    CHECK(markdown.find("Partners who withdrew: 1. Applications pending a decision: 1.") !=
          std::string::npos);
    CHECK(markdown.find("&lt;b&gt;New&lt;/b&gt; \\| \\*partner\\* was admitted") !=
          std::string::npos);
    // The member of the withdrawn partner is named, the partner and the reason are not.
    CHECK(markdown.find("Employer 2 no longer sits on the Coordinating Group; the last day was "
                        "28 February 2025") != std::string::npos);
    CHECK(markdown.find("Women") == std::string::npos);  // no gender where the portal has none
    CHECK(markdown.find("<b>") == std::string::npos);
  }

  TEST_CASE("JSON keeps every change with every key, and escapes registry text") {
    const auto checked = hostile_registry();
    const auto changes = gcsj::changes::compute_changes(
        checked.registry, {2025, 1, 1}, {2025, 6, 1}, gcsj::refdata::ReferenceData::bundled());
    const gcsj::render::ChangesView view{checked.registry, changes, "registry", kGroupAsOf};
    const std::string json = gcsj::render::render_changes_json(view);
    CHECK_FALSE(has_terminal_control(json));
    CHECK(json.find("\"W\\n::warning::forged\\u001b[2J | *x*\"") != std::string::npos);
    CHECK(json.find("\"kind\": \"partner-withdrew\"") != std::string::npos);
    std::size_t objects = 0;
    for (std::size_t at = 0; (at = json.find("\"action\": ", at)) != std::string::npos; ++at)
      ++objects;
    CHECK(objects == changes.events.size());
  }

  TEST_CASE("every kind of change has a sentence and a title") {
    for (int kind = 0; kind <= static_cast<int>(gcsj::changes::Kind::action_completed); ++kind) {
      CHECK_FALSE(gcsj::render::change_title(static_cast<gcsj::changes::Kind>(kind)).empty());
      CHECK_FALSE(gcsj::render::kind_key(static_cast<gcsj::changes::Kind>(kind)).empty());
    }
  }
}
