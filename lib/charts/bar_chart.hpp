#pragma once
// A horizontal bar chart as SVG, drawn by gcsj: no script, no external library, the same bytes
// every time. The portal shows it inline (publish/charts.hpp adds its caption and table) and the
// report writes it to a file (charts/report_charts.hpp). It names itself for screen readers
// (role="img", a title and a description listing every figure).

#include <string>
#include <string_view>
#include <vector>

#include "i18n/translator.hpp"

namespace gcsj::charts {

struct Bar {
  std::string label;  // plain text
  int value = 0;
  std::string href;  // optional link for the portal's table row, relative to the page
};

// The `<svg>` element, ending with a line break. `id` must be unique on the page; the
// description's punctuation is the language of `tr`.
std::string bar_svg(std::string_view id, std::string_view title, const std::vector<Bar>& bars,
                    const i18n::Translator& tr);

}  // namespace gcsj::charts
