#include <doctest/doctest.h>

#include <string>

#include "render/changes/changes_report.hpp"
#include "support/changes_fixture.hpp"

// `gcsj changes -f markdown`: the notice to partners names what the portal names, in sections.

using namespace gcsj::testing;

namespace {

std::string markdown_of(const Checked& checked, const gcsj::changes::Changes& changes) {
  const gcsj::render::ChangesView view{checked.registry, changes, "registry", kChangesTo};
  return gcsj::render::render_changes_markdown(view);
}

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

}  // namespace

TEST_SUITE("render::changes_markdown") {
  TEST_CASE("sections of partners, the Group and actions; withdrawals and applications counted") {
    const auto checked = partner_changes_registry();
    const std::string md = markdown_of(checked, changes_of(checked));
    CHECK(
        md.starts_with("# Global Coalition for Social Justice: changes from 1 January 2025 to "
                       "1 June 2025\n\n"));
    CHECK(has(md,
              "\n## Partners (¶18)\n\n- 1 March 2025 — New \\*Partner\\* was admitted as a "
              "partner: Government, Africa (¶18).\n"));
    CHECK(has(md, "Partners who withdrew: 1. Applications pending a decision: 1.\n"));
    CHECK_FALSE(has(md, "Gone"));
    CHECK_FALSE(has(md, "Hopeful"));
    CHECK(has(md,
              "## The Coordinating Group (¶21-26)\n\nThe registry holds no Coordinating "
              "Group.\n"));
    CHECK(has(md,
              "## Actions completed (¶17)\n\n- 1 May 2025 — Sample completed an action: "
              "Extend social protection (¶17)."));
  }

  TEST_CASE("nothing to name: a sentence in each section") {
    const auto checked = partner_changes_registry();
    const auto none = gcsj::changes::compute_changes(checked.registry, {2023, 1, 1}, {2023, 6, 1},
                                                     gcsj::refdata::ReferenceData::bundled());
    const std::string md = markdown_of(checked, none);
    CHECK(has(md, "## Partners (¶18)\n\nNo partner was admitted.\n"));
    CHECK(has(md, "Partners who withdrew: 0. Applications pending a decision: 0.\n"));
    CHECK(has(md, "No action was completed, as far as the progress partners shared tells.\n"));
  }

  TEST_CASE("the Group: its public changes, and the table of regions before and after") {
    const auto checked = group_changes_registry();
    const std::string md = markdown_of(checked, changes_of(checked));
    CHECK(has(md,
              "Worker 2 (Partner wrk2) left the Coordinating Group before the end of the "
              "term, on 31 January 2025 (resignation)"));
    CHECK(has(md,
              "\n| Coordinating Group | 2025-01-01 | 2025-06-01 |\n|---|---:|---:|\n"
              "| Sitting members | 34 | 33 |\n"));
    CHECK(has(md, "| Government representatives (Africa) | 3 | 3 |\n"));
    CHECK_FALSE(has(md, "Women"));  // no gender where the portal has none
  }
}
