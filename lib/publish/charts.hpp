#pragma once
// The charts of the portal, drawn by gcsj as inline SVG (lib/charts, which the report shares): no
// script, no external library, the same bytes every time. Each chart names itself for screen
// readers (role="img", a title and a description listing every figure) and is followed by the same
// figures as a table.

#include <string>
#include <string_view>
#include <vector>

#include "charts/bar_chart.hpp"
#include "i18n/translator.hpp"

namespace gcsj::publish {

using charts::Bar;

// A horizontal bar chart and its table. `id` must be unique on the page.
// Its words (the table's summary and headings) in the language of `tr`.
std::string bar_chart(std::string_view id, std::string_view title, const std::vector<Bar>& bars,
                      const i18n::Translator& tr);

}  // namespace gcsj::publish
