#include <doctest/doctest.h>

#include <string>

#include "charts/report_charts.hpp"
#include "figures/figures.hpp"
#include "refdata/reference_data.hpp"
#include "support/group_fixture.hpp"

// The charts of `gcsj report --out DIR`: the portal's charts as standalone SVG files, and the
// Markdown that shows them, in the report's language.

using namespace gcsj::testing;
namespace charts = gcsj::charts;

namespace {

bool contains(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

struct Report {
  Checked checked = check_files(group_registry(group_yaml(full_group_members())), kGroupAsOf);
  gcsj::figures::Figures figures = gcsj::figures::compute_figures(
      checked.registry, {kGroupAsOf}, gcsj::refdata::ReferenceData::bundled());
};

}  // namespace

TEST_SUITE("charts::report_charts") {
  TEST_CASE("six charts, by relative paths, each a standalone SVG file") {
    const Report report;
    const auto& en = gcsj::i18n::Translator::english();
    const auto files = charts::report_charts(report.figures, report.checked.registry, en);
    REQUIRE(files.size() == 6);
    CHECK(files[0].path == "charts/partners-by-category.svg");
    CHECK(files[0].title == "Partners by category (¶19)");
    CHECK(files[5].path == "charts/coordinating-group-seats.svg");
    CHECK(files[5].title == "Seats of the Coordinating Group on 1 June 2025");
    for (const auto& file : files) {
      CHECK(file.svg.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg "));
      CHECK(file.svg.ends_with("</svg>\n"));
      CHECK(file.svg.find("<text x=") == std::string::npos);  // every text painted
    }
    CHECK(contains(files[0].svg, "<rect fill=\"#1e5aa8\" x="));
    CHECK(contains(files[5].svg, "<circle fill=\"#1e5aa8\" class=\"seat seat-filled"));
    CHECK(contains(files[5].svg, "<title>Gov ke, Partner gov-ke (Africa)</title>"));
    // The same figures give the same bytes.
    const auto again = charts::report_charts(report.figures, report.checked.registry, en);
    CHECK(again[5].svg == files[5].svg);
  }

  TEST_CASE("the Markdown: a heading, then each image alone in its paragraph, alt text escaped") {
    const std::vector<charts::ChartFile> files{{"charts/a.svg", "Partners *by* [x]", ""},
                                               {"charts/b.svg", "Seats", ""}};
    CHECK(charts::charts_markdown(files, gcsj::i18n::Translator::english()) ==
          "## Figures\n\n![Partners \\*by\\* \\[x\\]](charts/a.svg)\n\n![Seats](charts/b.svg)\n");
  }

  TEST_CASE("in French: the titles and the heading translated, the paths the same") {
    const Report report;
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const auto files = charts::report_charts(report.figures, report.checked.registry, *french);
    REQUIRE(files.size() == 6);
    CHECK(files[0].path == "charts/partners-by-category.svg");
    CHECK(files[0].title != "Partners by category (¶19)");
    CHECK(contains(files[5].title, "juin 2025"));
    CHECK(contains(charts::charts_markdown(files, *french), "](charts/partners-by-category.svg)"));
  }

  TEST_CASE("a standalone SVG: colours as attributes, nothing else changed") {
    CHECK(charts::standalone_svg("<svg><rect x=\"1\"/><circle class=\"chair-ring\"/></svg>\n") ==
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg><rect fill=\"#1e5aa8\" x=\"1\"/>"
          "<circle fill=\"none\" stroke=\"#b06000\" stroke-width=\"3\" class=\"chair-ring\"/>"
          "</svg>\n");
  }
}
