#include "charts/figure_bars.hpp"

#include <fmt/format.h>

#include "figures/words.hpp"
#include "model/enum_names.hpp"

namespace gcsj::charts {

std::vector<Bar> category_bars(const std::vector<figures::Count>& counts,
                               const i18n::Translator& tr) {
  std::vector<Bar> bars;
  for (const auto& count : counts) {
    const auto category = model::parse_enum<model::Category>(count.key);
    bars.push_back(
        {category ? std::string(tr(figures::category_label_term(*category))) : count.label,
         count.value,
         {}});
  }
  return bars;
}

std::vector<Bar> status_bars(const std::vector<figures::Count>& counts,
                             const i18n::Translator& tr) {
  std::vector<Bar> bars;
  for (const auto& count : counts) {
    const auto status = model::parse_enum<model::ActionStatus>(count.key);
    bars.push_back({status ? std::string(tr(figures::action_status_term(*status))) : count.label,
                    count.value,
                    {}});
  }
  return bars;
}

std::vector<Bar> region_bars(const std::vector<figures::Count>& counts,
                             const i18n::Translator& tr) {
  std::vector<Bar> bars;
  for (const auto& count : counts) {
    // The rows of lib/figures (its keys are their English names), in the language of `tr`.
    const i18n::Term term = figures::ilo_region_term(count.key);
    bars.push_back({term.msgid.empty() ? count.label : std::string(tr(term)), count.value, {}});
  }
  return bars;
}

std::string theme_title(const i18n::Translator& tr, const model::Theme& theme, bool domain) {
  const i18n::Term term =
      domain ? figures::domain_term(theme.key) : figures::priority_term(theme.key);
  return term.msgid.empty() ? std::string(theme.title) : std::string(tr(term));
}

std::vector<Bar> theme_bars(const std::vector<figures::Count>& counts,
                            std::span<const model::Theme> themes, std::string_view folder,
                            const i18n::Translator& tr, bool links) {
  const bool domains = folder == "domains";
  std::vector<Bar> bars;
  for (std::size_t i = 0; i < counts.size() && i < themes.size(); ++i)
    bars.push_back({fmt::format("¶{} {}", themes[i].paragraph, theme_title(tr, themes[i], domains)),
                    counts[i].value,
                    links ? fmt::format("{}/{}.html", folder, themes[i].key) : std::string()});
  return bars;
}

}  // namespace gcsj::charts
