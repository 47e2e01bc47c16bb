// The seat chart of the Coordinating Group page: the chart of lib/charts (one circle per seat of
// ¶25), in a figure with its caption, its partners named as the page's language prefers.

#include <fmt/format.h>

#include "charts/seat_chart.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"

namespace gcsj::publish {

std::string seat_chart(const SiteContext& site, std::string_view) {
  const auto& composition = *site.figures.composition;
  const charts::SeatChart chart{composition, *site.tr, [&](const model::Member& m) {
                                  if (!m.partner) return std::string();
                                  const auto it = site.by_id.find(m.partner->value);
                                  return it == site.by_id.end() ? std::string()
                                                                : site.name_of(*it->second);
                                }};
  std::string out = "<figure class=\"seats\" id=\"seat-chart\">\n" + charts::seat_svg(chart);
  out += fmt::format("<figcaption>{}</figcaption>\n</figure>\n",
                     escape(site.say(i18n::msg(
                         "{summary}. Filled: a sitting member; dashed: vacant; ringed: a chair.",
                         i18n::arg("summary", charts::seat_summary(composition, *site.tr))))));
  return out;
}

}  // namespace gcsj::publish
