#include <doctest/doctest.h>

#include <string>

#include "charts/seat_chart.hpp"
#include "figures/figures.hpp"
#include "refdata/reference_data.hpp"
#include "support/group_fixture.hpp"

// The seat chart of lib/charts on a Group read by the real loader, without the portal: the
// partner's name comes from the function it is given.

using namespace gcsj::testing;

namespace {

bool contains(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

int count(const std::string& text, std::string_view needle) {
  int n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("charts::seat_chart") {
  TEST_CASE("the svg element alone, a circle per seat, partners named by the caller") {
    const auto checked = check_files(group_registry(group_yaml(full_group_members())), kGroupAsOf);
    const auto figures = gcsj::figures::compute_figures(checked.registry, {kGroupAsOf},
                                                        gcsj::refdata::ReferenceData::bundled());
    REQUIRE(figures.composition);
    const gcsj::charts::SeatChart chart{
        *figures.composition, gcsj::i18n::Translator::english(),
        [](const gcsj::model::Member& m) { return m.partner ? "P:" + m.partner->value : ""; }};
    const std::string svg = gcsj::charts::seat_svg(chart);
    CHECK(svg.starts_with("<svg role=\"img\" aria-labelledby=\"seat-title seat-desc\""));
    CHECK(svg.ends_with("</svg>\n"));
    CHECK(count(svg, "data-seat-state=\"filled\"") == 34);
    CHECK(contains(svg, "<title>Gov ke, P:gov-ke (Africa)</title>"));
    CHECK(gcsj::charts::seat_summary(*figures.composition, gcsj::i18n::Translator::english()) ==
          "34 of 34 seats filled, 0 vacant");
    // Without a name function: the member alone.
    const gcsj::charts::SeatChart unnamed{
        *figures.composition, gcsj::i18n::Translator::english(), {}};
    CHECK(contains(gcsj::charts::seat_svg(unnamed), "<title>Gov ke (Africa)</title>"));
  }
}
