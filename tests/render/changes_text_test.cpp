#include <doctest/doctest.h>

#include <string>

#include "render/changes/changes_report.hpp"
#include "support/changes_fixture.hpp"

// `gcsj changes` for a terminal: a heading, one line per change with where it comes from, the
// Group's balance on both dates, the counts.

using namespace gcsj::testing;

namespace {

std::string text_of(const Checked& checked, const gcsj::changes::Changes& changes,
                    const gcsj::i18n::Translator* tr = &gcsj::i18n::Translator::english()) {
  const gcsj::render::ChangesView view{checked.registry, changes, "my\x1b[2Jregistry", kChangesTo,
                                       tr};
  return gcsj::render::render_changes_text(view);
}

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

}  // namespace

TEST_SUITE("render::changes_text") {
  TEST_CASE("each change on a line of its own: date, paragraph, sentence, then its location") {
    const auto checked = partner_changes_registry();
    const std::string text = text_of(checked, changes_of(checked));
    // The source, as given, through the terminal filter.
    CHECK(
        text.starts_with("Changes in the Coalition after 1 January 2025, up to and including "
                         "1 June 2025 (my?[2Jregistry)\n\n"));
    CHECK(has(text,
              "2025-03-01  ¶18     New *Partner* was admitted as a partner: Government, "
              "Africa.\n                    partners/newcomer.yaml:"));
    CHECK(has(text, "2025-02-01  ¶18     Gone withdrew from the Coalition.\n"));
    // No Group: no balance table.
    CHECK_FALSE(has(text, "THE COORDINATING GROUP"));
    CHECK(has(text, "\nPartners admitted: 1; withdrawn: 1; applications pending: 1;"));
  }

  TEST_CASE("no change in the period: said in a sentence") {
    const auto checked = partner_changes_registry();
    const auto none = gcsj::changes::compute_changes(checked.registry, {2023, 1, 1}, {2023, 6, 1},
                                                     gcsj::refdata::ReferenceData::bundled());
    const std::string text = text_of(checked, none);
    CHECK(has(text, "\n\nNo change after 1 January 2023, up to and including 1 June 2023.\n"));
  }

  TEST_CASE("the Group's balance on both dates, a row per region and per gender") {
    const auto checked = group_changes_registry();
    const std::string text = text_of(checked, changes_of(checked));
    CHECK(has(text, "THE COORDINATING GROUP"));
    CHECK(has(text, "2025-01-01  2025-06-01\n"));
    // Labels padded to the widest, figures right-aligned in columns of ten.
    const std::string label_width(
        std::string("Government representatives (Asia and the Pacific)").size(), ' ');
    const auto row = [&](const std::string& label, const std::string& before,
                         const std::string& after) {
      return "\n" + label + label_width.substr(label.size()) + "  " +
             std::string(10 - before.size(), ' ') + before + "  " +
             std::string(10 - after.size(), ' ') + after + "\n";
    };
    CHECK(has(text, row("Sitting members", "34", "33")));
    CHECK(has(text, row("Government representatives (Africa)", "3", "3")));
    CHECK(has(text, "Gender not stated"));
    CHECK(has(text,
              "Worker 2 (Partner wrk2) left the Coordinating Group before the end of the "
              "term, on 31 January 2025 (resignation)"));
    CHECK_FALSE(has(text, "not yet established"));
  }

  TEST_CASE("before the Group is established: said under the table") {
    const auto checked = group_changes_registry();
    const auto early = gcsj::changes::compute_changes(checked.registry, {2024, 1, 1}, {2024, 7, 1},
                                                      gcsj::refdata::ReferenceData::bundled());
    const std::string text = text_of(checked, early);
    CHECK(has(text,
              "On 1 January 2024 the Coordinating Group is not yet established: only the "
              "Director-General sits.\n"));
    CHECK_FALSE(has(text, "On 1 July 2024 the Coordinating Group is not yet established"));
  }
}
