#pragma once
// The bars of the charts of figures::Figures, labelled in a language: shared by the portal's home
// page and the report's charts, so both draw the same figures under the same words.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "charts/bar_chart.hpp"
#include "figures/figures.hpp"
#include "i18n/translator.hpp"
#include "model/vocabulary.hpp"

namespace gcsj::charts {

// Counts by category of partner (¶19), by action status, by region (the rows of lib/figures).
std::vector<Bar> category_bars(const std::vector<figures::Count>& counts,
                               const i18n::Translator& tr);
std::vector<Bar> status_bars(const std::vector<figures::Count>& counts, const i18n::Translator& tr);
std::vector<Bar> region_bars(const std::vector<figures::Count>& counts, const i18n::Translator& tr);

// A domain's (¶35, `domain`) or priority's (¶36) title in the language of `tr`.
std::string theme_title(const i18n::Translator& tr, const model::Theme& theme, bool domain);
// Counts by domain (`folder` "domains") or priority ("priorities"), each "¶35 title"; with
// `links`, each bar links to its page of the portal (`folder/key.html`).
std::vector<Bar> theme_bars(const std::vector<figures::Count>& counts,
                            std::span<const model::Theme> themes, std::string_view folder,
                            const i18n::Translator& tr, bool links);

}  // namespace gcsj::charts
