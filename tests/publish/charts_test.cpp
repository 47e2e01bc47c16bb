#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "i18n/translator.hpp"
#include "publish/charts.hpp"

using gcsj::publish::Bar;
using gcsj::publish::bar_chart;

namespace {

const gcsj::i18n::Translator& english() {
  return gcsj::i18n::Translator::english();
}

// The widths of the chart's bars, in order.
std::vector<int> widths(const std::string& svg) {
  std::vector<int> out;
  const std::regex rect("<rect [^>]*width=\"([0-9]+)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), rect); it != std::sregex_iterator();
       ++it)
    out.push_back(std::stoi((*it)[1]));
  return out;
}

int count(const std::string& text, const std::string& needle) {
  int n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("publish::charts") {
  TEST_CASE("bars are as long as their value, the largest the whole width; zero draws nothing") {
    const auto svg = bar_chart("c", "Partners",
                               {{"Governments", 10, ""},
                                {"NGOs", 5, ""},
                                {"None", 0, ""},
                                {"Few", 0 + 1, ""},
                                {"Many", 100, ""}},
                               english());
    // 330 units for the largest value; a value that would round to nothing still shows (2).
    CHECK(widths(svg) == std::vector<int>{33, 16, 0, 3, 330});
    const auto tiny = bar_chart("t", "T", {{"a", 1, ""}, {"b", 1000, ""}}, english());
    CHECK(widths(tiny) == std::vector<int>{2, 330});
  }

  TEST_CASE("the chart names itself for screen readers, every figure in its description") {
    const auto svg =
        bar_chart("by-category", "Partners by category",
                  {{"Governments", 14, ""}, {"Employers' organizations", 8, ""}}, english());
    CHECK(
        svg.starts_with("<figure class=\"chart\" id=\"by-category\">\n<svg role=\"img\" "
                        "aria-labelledby=\"by-category-title by-category-desc\""));
    CHECK(svg.find("<title id=\"by-category-title\">Partners by category</title>") !=
          std::string::npos);
    CHECK(svg.find("<desc id=\"by-category-desc\">Governments: 14; Employers&#39; organizations: "
                   "8</desc>") != std::string::npos);
    // The same figures as a table, one row per bar.
    CHECK(svg.find("<caption>Partners by category</caption>") != std::string::npos);
    CHECK(svg.find("<tr><th scope=\"row\">Governments</th><td>14</td></tr>") != std::string::npos);
    CHECK(count(svg, "<th scope=\"row\">") == 2);
    CHECK(svg.ends_with("</table>\n</details>\n</figure>\n"));
  }

  TEST_CASE("labels and titles from the registry stay text; a link only in the table") {
    const auto svg =
        bar_chart("x", "<b>title</b>",
                  {{"<script>alert(1)</script>", 3, "partners/a.html?x=\"y\""}}, english());
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(svg.find("<a href=\"partners/a.html?x=&quot;y&quot;\">") != std::string::npos);
    CHECK(count(svg, "<a href") == 1);
  }

  TEST_CASE("a long label is wrapped at spaces onto lines of 40 characters, never cut") {
    const std::string label =
        "Promoting universal access to social protection systems for all workers";
    const auto one = bar_chart("a", "T", {{"Short", 1, ""}}, english());
    const auto wrapped = bar_chart("a", "T", {{label, 1, ""}}, english());
    CHECK(count(one, "<tspan") == 1);
    CHECK(count(wrapped, "<tspan") == 2);
    CHECK(wrapped.find(">Promoting universal access to social</tspan>") != std::string::npos);
    CHECK(wrapped.find(">protection systems for all workers</tspan>") != std::string::npos);
    // The picture grows by a line's height (15) for the second line.
    CHECK(one.find("viewBox=\"0 0 700 34\"") != std::string::npos);
    CHECK(wrapped.find("viewBox=\"0 0 700 49\"") != std::string::npos);
  }

  TEST_CASE("the description's punctuation is the page's language") {
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const auto svg = bar_chart("c", "T", {{"A", 1, ""}, {"B", 2, ""}}, *french);
    // French: a no-break space before the colon and the semicolon.
    CHECK(svg.find("<desc id=\"c-desc\">A\u00a0: 1\u00a0; B\u00a0: 2</desc>") != std::string::npos);
    CHECK(svg.find("The figures as a table") == std::string::npos);
  }
}
