#pragma once
// A SiteContext for the portal's page functions (add_home, add_partner, add_feed, ...), built as
// make_site builds it, from a registry read by the real loader: the figures on a date, the news of
// the days before it, a page per published partner named by its id.

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "changes/changes.hpp"
#include "figures/figures.hpp"
#include "i18n/translator.hpp"
#include "publish/site.hpp"
#include "publish/site_context.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"

namespace gcsj::testing {

struct SiteFixture {
  Checked checked;
  figures::Figures figures;
  changes::Changes news;
  changes::Changes history;  // every change up to the as-of date, for the feed
  long news_days;
  std::map<std::string, const model::Partner*, std::less<>> by_id;
  std::map<const model::Partner*, std::string> stems;
  model::PortalSettings settings;  // the secretariat's own settings; a test may fill them

  SiteFixture(Checked registry, model::Date as_of, long days = publish::kDefaultNewsDays)
      : checked(std::move(registry)),
        figures(
            figures::compute_figures(checked.registry, {as_of}, refdata::ReferenceData::bundled())),
        news(changes::compute_changes(checked.registry, as_of.plus_days(-days), as_of,
                                      refdata::ReferenceData::bundled())),
        history(changes::compute_changes(checked.registry, model::Date::from_days(0), as_of,
                                         refdata::ReferenceData::bundled())),
        news_days(days) {
    for (const model::Partner* partner : figures.partners) {
      stems.emplace(partner, partner->id->value);
      by_id.emplace(partner->id->value, partner);
    }
  }
  SiteFixture(const SiteFixture&) = delete;
  SiteFixture& operator=(const SiteFixture&) = delete;

  publish::SiteContext context(const i18n::Translator& tr = i18n::Translator::english()) const {
    return {checked.registry,
            figures,
            refdata::ReferenceData::bundled(),
            figures.as_of.iso(),
            by_id,
            stems,
            &news,
            news_days,
            &tr,
            {std::string(tr.code())},
            &history,
            &settings};
  }

  // The files `add` hands to its sink, by path.
  template <class Add>
  std::map<std::string, std::string> files(
      Add add, const i18n::Translator& tr = i18n::Translator::english()) const {
    std::map<std::string, std::string> out;
    const publish::SiteContext site = context(tr);
    add(site, [&](publish::SiteFile&& file) { out[file.path] = std::move(file.content); });
    return out;
  }

  const model::Partner& partner(std::string_view id) const {
    const auto it = by_id.find(id);
    if (it == by_id.end()) throw std::out_of_range("no published partner " + std::string(id));
    return *it->second;
  }
};

inline bool contains(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

}  // namespace gcsj::testing
