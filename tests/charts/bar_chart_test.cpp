#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "charts/bar_chart.hpp"
#include "i18n/translator.hpp"

// The bar chart of lib/charts: the `<svg>` element alone, which the portal wraps in a figure and
// the report writes to a file.

using gcsj::charts::Bar;
using gcsj::charts::bar_svg;

TEST_SUITE("charts::bar_chart") {
  TEST_CASE("the svg element alone: its title, its figures described, a bar each") {
    const std::vector<Bar> bars{{"Governments", 14, {}}, {"Employers & co", 0, {}}};
    const std::string svg =
        bar_svg("c", "Partners <by> category", bars, gcsj::i18n::Translator::english());
    CHECK(svg.starts_with("<svg role=\"img\" aria-labelledby=\"c-title c-desc\""));
    CHECK(svg.ends_with("</svg>\n"));
    CHECK(svg.find("<figure") == std::string::npos);
    CHECK(svg.find("<title id=\"c-title\">Partners &lt;by&gt; category</title>") !=
          std::string::npos);
    CHECK(svg.find("<desc id=\"c-desc\">Governments: 14; Employers &amp; co: 0</desc>") !=
          std::string::npos);
  }

  TEST_CASE("the description's punctuation is the language's") {
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const std::string svg = bar_svg("c", "t", {{"A", 1, {}}, {"B", 2, {}}}, *french);
    CHECK(svg.find("A\u00a0: 1\u00a0; B\u00a0: 2") != std::string::npos);
  }
}
