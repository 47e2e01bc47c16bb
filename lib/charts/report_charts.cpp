#include "charts/report_charts.hpp"

#include <map>

#include "charts/bar_chart.hpp"
#include "charts/figure_bars.hpp"
#include "charts/seat_chart.hpp"
#include "i18n/message.hpp"
#include "model/partner_state.hpp"
#include "model/vocabulary.hpp"
#include "render/markdown_text.hpp"

namespace gcsj::charts {
namespace {

// Each class of the charts and the attributes the portal's stylesheet gives it (publish/assets).
struct Painted {
  std::string_view from;
  std::string_view to;
};
constexpr Painted kPaint[] = {
    {"<rect ", "<rect fill=\"#1e5aa8\" "},
    {"<text ", "<text font-family=\"sans-serif\" font-size=\"13\" fill=\"#1d2733\" "},
    {"<circle class=\"seat seat-filled", "<circle fill=\"#1e5aa8\" class=\"seat seat-filled"},
    {"<circle class=\"seat seat-over", "<circle fill=\"#b3261e\" class=\"seat seat-over"},
    {"<circle class=\"seat seat-vacant",
     "<circle fill=\"#ffffff\" stroke=\"#4a5968\" stroke-width=\"2\" stroke-dasharray=\"3 3\" "
     "class=\"seat seat-vacant"},
    {"<circle class=\"chair-ring",
     "<circle fill=\"none\" stroke=\"#b06000\" stroke-width=\"3\" "
     "class=\"chair-ring"},
};

// A partner's name as the report's language prefers: `name_fr` / `name_es` when given, else as
// written.
std::string partner_name_in(const model::Partner& partner, const i18n::Translator& tr) {
  const auto& translated = tr.code() == "fr"   ? partner.name_fr
                           : tr.code() == "es" ? partner.name_es
                                               : model::Field<std::string>{};
  if (translated && !translated->value.empty()) return translated->value;
  if (partner.name && !partner.name->value.empty()) return partner.name->value;
  return partner.id ? partner.id->value : std::string();
}

}  // namespace

std::string standalone_svg(std::string_view svg) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out.reserve(svg.size() * 2);
  for (std::size_t i = 0; i < svg.size();) {
    bool painted = false;
    for (const Painted& paint : kPaint)
      if (svg.substr(i, paint.from.size()) == paint.from) {
        out += paint.to;
        i += paint.from.size();
        painted = true;
        break;
      }
    if (!painted) out += svg[i++];
  }
  return out;
}

std::vector<ChartFile> report_charts(const figures::Figures& figures,
                                     const model::Registry& registry, const i18n::Translator& tr) {
  std::vector<ChartFile> out;
  const auto add = [&](std::string name, std::string title, const std::vector<Bar>& bars) {
    std::string svg = standalone_svg(bar_svg(name, title, bars, tr));
    out.push_back({"charts/" + name + ".svg", std::move(title), std::move(svg)});
  };
  add("partners-by-category", std::string(tr("Partners by category (¶19)")),
      category_bars(figures.partners_by_category, tr));
  add("partners-by-region", std::string(tr("Partners by region")),
      region_bars(figures.partners_by_region, tr));
  add("actions-by-domain", std::string(tr("Actions by thematic domain (¶35)")),
      theme_bars(figures.actions_by_domain, model::kDomains, "domains", tr, false));
  add("actions-by-priority", std::string(tr("Actions by initial priority (¶36)")),
      theme_bars(figures.actions_by_priority, model::kPriorities, "priorities", tr, false));
  add("actions-by-status", std::string(tr("Actions by status")),
      status_bars(figures.actions_by_status, tr));
  if (figures.composition) {
    std::map<std::string_view, const model::Partner*> by_id;
    // Only a partner public on the date is named (¶18), as the portal's seat chart names it.
    for (const model::Partner& partner : registry.partners)
      if (partner.id && model::is_public_on(partner, figures.as_of))
        by_id.emplace(partner.id->value, &partner);
    const SeatChart chart{*figures.composition, tr, [&](const model::Member& m) {
                            if (!m.partner) return std::string();
                            const auto it = by_id.find(m.partner->value);
                            return it == by_id.end() ? std::string()
                                                     : partner_name_in(*it->second, tr);
                          }};
    out.push_back({"charts/coordinating-group-seats.svg",
                   i18n::msg("Seats of the Coordinating Group on {date}",
                             i18n::arg("date", figures.composition->as_of))
                       .in(tr),
                   standalone_svg(seat_svg(chart))});
  }
  return out;
}

std::string charts_markdown(const std::vector<ChartFile>& charts, const i18n::Translator& tr) {
  std::string out = "## " + std::string(tr.ctx("heading of the report's charts", "Figures")) + "\n";
  for (const ChartFile& chart : charts)
    out += "\n![" + render::markdown_text(chart.title) + "](" + chart.path + ")\n";
  return out;
}

}  // namespace gcsj::charts
