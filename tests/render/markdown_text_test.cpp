// One escaping of registry text for every Markdown output (render/markdown_text.hpp).

#include <doctest/doctest.h>

#include "changes/changes.hpp"
#include "diff/registry_diff.hpp"
#include "figures/figures.hpp"
#include "group/plan.hpp"
#include "refdata/reference_data.hpp"
#include "render/changes/changes_report.hpp"
#include "render/diff/diff_report.hpp"
#include "render/group/group_plan.hpp"
#include "render/markdown_text.hpp"
#include "render/report/progress_report.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

// A name that would mention a team, run a script and link to one, and autolink two sites,
// unescaped.
constexpr std::string_view kHostile =
    "@org/team <script>x</script> [x](javascript:alert(1)) https://evil.example www.evil.example";
constexpr std::string_view kEscaped =
    "@\u200Borg/team &lt;script&gt;x&lt;/script&gt; \\[x\\](javascript:alert(1)) "
    "https://\u200Bevil.example www\u200B.evil.example";

// The Markdown neither mentions, nor holds a tag, nor a link; and it shows the name, escaped.
void check_neutralised(const std::string& markdown) {
  CHECK(markdown.find("@org") == std::string::npos);
  CHECK(markdown.find("<script>") == std::string::npos);
  CHECK(markdown.find("[x](javascript") == std::string::npos);
  CHECK(markdown.find("https://evil") == std::string::npos);
  CHECK(markdown.find("www.evil") == std::string::npos);
  CHECK(markdown.find(kEscaped) != std::string::npos);
}

std::string yaml_quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

// The full Group, Worker 2 named kHostile, and a partner named kHostile admitted on 2025-05-01.
std::vector<TestFile> hostile_files() {
  auto members = full_group_members();
  member_of(members, "Worker 2").name = yaml_quoted(kHostile);
  auto files = group_registry(group_yaml(members));
  files.push_back(
      {"partners/newcomer.yaml", replace(replace(replace(kGovernment, "id: sample", "id: newcomer"),
                                                 "name: Sample", "name: " + yaml_quoted(kHostile)),
                                         "admitted: 2024-02-01", "admitted: 2025-05-01")});
  return files;
}

}  // namespace

TEST_SUITE("render::markdown_text") {
  TEST_CASE("registry text cannot mention, link, tag, format or break a line in Markdown") {
    using gcsj::render::markdown_text;
    CHECK(markdown_text(kHostile) == kEscaped);
    CHECK(markdown_text("#12 *a* _b_ ~~c~~ $d$ `e` | !f \\ & >") ==
          "\\#12 \\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\$d\\$ \\`e\\` \\| \\!f \\\\ &amp; &gt;");
    CHECK(markdown_text("a\nb\x1B[2J") == "a?b?\\[2J");
    CHECK(gcsj::render::comment_text(kHostile) == markdown_text(kHostile));
  }

  TEST_CASE("no autolink: a zero-width space after :// and after www, whatever the case") {
    using gcsj::render::markdown_text;
    CHECK(markdown_text("see http://a.example/x, HTTPS://b.example and Www.c.example") ==
          "see http://\u200Ba.example/x, HTTPS://\u200Bb.example and Www\u200B.c.example");
    CHECK(markdown_text("ftp://d.example") == "ftp://\u200Bd.example");
    // Text that only looks alike stays: no `.` after www, a lone colon or slash.
    CHECK(markdown_text("wwwx www Ratio 1:2 a/b :/") == "wwwx www Ratio 1:2 a/b :/");
    CHECK(markdown_text("end with www") == "end with www");
    CHECK(markdown_text("://") == "://\u200B");
  }

  TEST_CASE("every Markdown output escapes a partner's and a member's name alike") {
    const auto files = hostile_files();
    const Checked checked = check_files(files, kGroupAsOf);
    const auto& reference = gcsj::refdata::ReferenceData::bundled();
    SUBCASE("changes -f markdown") {
      const auto changes =
          gcsj::changes::compute_changes(checked.registry, {2025, 1, 1}, kGroupAsOf, reference);
      const gcsj::render::ChangesView view{checked.registry, changes, "registry", kGroupAsOf};
      check_neutralised(gcsj::render::render_changes_markdown(view));
    }
    SUBCASE("changes --base -f markdown") {
      auto before = files;
      before.pop_back();  // without the newcomer
      const Checked old_version = check_files(before, kGroupAsOf);
      const auto diff =
          gcsj::diff::diff_registries(old_version.registry, checked.registry, kGroupAsOf);
      const gcsj::render::DiffView view{diff, old_version.registry, checked.registry, "main"};
      check_neutralised(gcsj::render::render_diff_markdown(view));
    }
    SUBCASE("group plan -f markdown") {
      const auto roster = gcsj::group::Roster::of(checked.registry);
      REQUIRE(roster);
      const auto plan = gcsj::group::plan_on(*roster, kGroupAsOf, 730, {});
      const gcsj::render::GroupView group{checked.registry, *roster, kGroupAsOf};
      check_neutralised(gcsj::render::render_plan_markdown({group, plan}));
    }
    SUBCASE("report") {
      const auto figures =
          gcsj::figures::compute_figures(checked.registry, {kGroupAsOf}, reference);
      check_neutralised(gcsj::render::render_progress_markdown(figures));
    }
    SUBCASE("validate -f markdown") {
      // A finding that quotes the partner's id and the member's name: the member names a
      // partner that does not exist.
      auto broken = files;
      broken.back().text =
          replace(broken.back().text, "id: newcomer", "id: " + yaml_quoted(kHostile));
      check_neutralised(render_as("markdown", check_files(broken, kGroupAsOf)));
    }
  }
}
