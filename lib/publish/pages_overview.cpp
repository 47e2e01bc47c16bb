// The home page (the Coalition in figures), the pages of the thematic domains (¶35) and initial
// priorities (¶36), and the Coordinating Group page (¶21-26).

#include <algorithm>

#include <fmt/format.h>

#include "figures/words.hpp"
#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "model/vocabulary.hpp"
#include "publish/charts.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "util/text.hpp"

namespace gcsj::publish {
namespace {

using util::sentence_case;

std::vector<Bar> bars_of(const std::vector<figures::Count>& counts) {
  std::vector<Bar> bars;
  for (const auto& count : counts) bars.push_back({count.label, count.value, {}});
  return bars;
}

std::vector<Bar> theme_bars(const std::vector<figures::Count>& counts,
                            std::span<const model::Theme> themes, std::string_view folder) {
  std::vector<Bar> bars;
  for (std::size_t i = 0; i < counts.size() && i < themes.size(); ++i)
    bars.push_back({fmt::format("¶{} {}", themes[i].paragraph, themes[i].title), counts[i].value,
                    fmt::format("{}/{}.html", folder, themes[i].key)});
  return bars;
}

// The member's partner, linked when published.
std::string member_partner(const SiteContext& site, const model::Member& member,
                           std::string_view path) {
  if (!member.partner) return {};
  const auto it = site.by_id.find(member.partner->value);
  return it == site.by_id.end() ? std::string() : site.partner_link(*it->second, path);
}

}  // namespace

void add_home(const SiteContext& site, std::vector<SiteFile>& files) {
  const auto& f = site.figures;
  const std::string path = "index.html";
  std::string body = "<h1>The Coalition in figures</h1>\n";
  body += fmt::format(
      "<ul class=\"headline\">\n<li><strong>{}</strong> partners</li>\n"
      "<li><strong>{}</strong> actions</li>\n<li><strong>{}</strong> actions with progress "
      "shared</li>\n</ul>\n",
      f.partners.size(), f.actions.size(), f.actions_with_progress);
  body +=
      "<p>The Global Coalition for Social Justice brings together governments, employers' and "
      "workers' organizations, international and regional organizations, enterprises, NGOs and "
      "academic institutions committed to advancing social justice (GB.349/INS/4). "
      "<a href=\"partners/index.html\">Browse the partners</a>.</p>\n";
  body += "<h2>Partners</h2>\n";
  body +=
      bar_chart("chart-category", "Partners by category (¶19)", bars_of(f.partners_by_category));
  body += bar_chart("chart-region", "Partners by region", bars_of(f.partners_by_region));
  body += "<h2>Actions</h2>\n";
  body += bar_chart("chart-domain", "Actions by thematic domain (¶35)",
                    theme_bars(f.actions_by_domain, model::kDomains, "domains"));
  body += bar_chart("chart-priority", "Actions by initial priority (¶36)",
                    theme_bars(f.actions_by_priority, model::kPriorities, "priorities"));
  std::vector<Bar> sdgs;
  for (const auto& count : f.actions_by_sdg)
    sdgs.push_back({fmt::format("SDG {}: {}", count.key, count.label), count.value, {}});
  body += bar_chart("chart-sdg", "Actions by Sustainable Development Goal", sdgs);
  body += bar_chart("chart-status", "Actions by status", bars_of(f.actions_by_status));
  body += bar_chart("chart-action-category", "Actions by category of partner (¶19)",
                    bars_of(f.actions_by_category));
  files.push_back(
      {path,
       page({path, "The Coalition in figures", Section::home, site.as_of,
             fmt::format("The Global Coalition for Social Justice (GB.349/INS/4) on {date}: "
                         "partners by category and region, actions by thematic domain "
                         "and priority. Partners: {partners}. Actions: {actions}.",
                         fmt::arg("date", site.as_of), fmt::arg("partners", f.partners.size()),
                         fmt::arg("actions", f.actions.size()))},
            body)});
}

void add_themes(const SiteContext& site, std::vector<SiteFile>& files) {
  const auto& f = site.figures;
  std::string index =
      "<h1>Thematic domains and initial priorities</h1>\n"
      "<p>Partners' actions are framed by the thematic policy domains of ¶35 and the initial "
      "priorities of ¶36.</p>\n<h2>Thematic domains (¶35)</h2>\n<ul>\n";
  const auto add = [&](std::span<const model::Theme> themes, std::string_view folder,
                       bool domains) {
    for (const model::Theme& theme : themes) {
      const std::string path = fmt::format("{}/{}.html", folder, theme.key);
      std::vector<const figures::ActionRef*> actions;
      for (const auto& ref : f.actions) {
        const auto& list = domains ? ref.action->domains : ref.action->priorities;
        if (list && std::any_of(list->value.begin(), list->value.end(),
                                [&](const auto& v) { return v.value == theme.key; }))
          actions.push_back(&ref);
      }
      index += fmt::format("<li><a href=\"{}\">{}</a> (¶{}): {} action{}</li>\n", path,
                           escape(theme.title), theme.paragraph, actions.size(),
                           actions.size() == 1 ? "" : "s");
      std::string body =
          fmt::format("<h1>{}</h1>\n<p>{} of GB.349/INS/4. {} action{}.</p>\n", escape(theme.title),
                      domains ? fmt::format("Thematic domain ¶{}", theme.paragraph)
                              : fmt::format("Initial priority ¶{}", theme.paragraph),
                      actions.size(), actions.size() == 1 ? "" : "s");
      if (!actions.empty()) {
        body +=
            "<table>\n<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Partner</th>"
            "<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n";
        for (const auto* ref : actions)
          body += fmt::format(
              "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
              escape(ref->action->title ? ref->action->title->value : "Untitled action"),
              site.partner_link(*ref->partner, path),
              figures::action_status_word(model::status_of(*ref->action)));
        body += "</tbody>\n</table>\n";
      }
      files.push_back(
          {path,
           page({path, std::string(theme.title), Section::themes, site.as_of,
                 fmt::format(
                     fmt::runtime(domains ? "{title}: a thematic policy domain of the Global "
                                            "Coalition for Social Justice (GB.349/INS/4, "
                                            "¶{paragraph}), and the partners' actions in it."
                                          : "{title}: an initial priority of the Global "
                                            "Coalition for Social Justice (GB.349/INS/4, "
                                            "¶{paragraph}), and the partners' actions in it."),
                     fmt::arg("title", theme.title), fmt::arg("paragraph", theme.paragraph))},
                body)});
    }
  };
  add(model::kDomains, "domains", true);
  index += "</ul>\n<h2>Initial priorities (¶36)</h2>\n<ul>\n";
  add(model::kPriorities, "priorities", false);
  index += "</ul>\n";
  files.push_back(
      {"themes.html",
       page({"themes.html", "Thematic domains and initial priorities", Section::themes, site.as_of,
             "The thematic policy domains (¶35) and initial priorities (¶36) that frame "
             "the actions of the partners of the Global Coalition for Social Justice."},
            index)});
}

constexpr const char* kGroupDescription =
    "The Coordinating Group of the Global Coalition for Social Justice (GB.349/INS/4, ¶21-26): "
    "its seats, members, chairs and terms.";

void add_group(const SiteContext& site, std::vector<SiteFile>& files) {
  const std::string path = "group.html";
  const auto& f = site.figures;
  std::string body = "<h1>The Coordinating Group</h1>\n";
  if (!f.group || !f.composition) {
    body += "<p>The registry holds no Coordinating Group.</p>\n";
    files.push_back(
        {path, page({path, "The Coordinating Group", Section::group, site.as_of, kGroupDescription},
                    body)});
    return;
  }
  body +=
      "<p>The Coordinating Group is established among Coalition partners to organize the "
      "functioning and operations of the Coalition (¶21). Its members serve two-year terms, "
      "renewable once on the proposal of the group that nominated them (¶23); its seats are "
      "those of ¶25.</p>\n<h2>Seats (¶25)</h2>\n";
  body += seat_chart(site, path);
  body += "<table>\n<caption>Seats on " + site.as_of +
          "</caption>\n<thead><tr><th scope=\"col\">Seat</th><th scope=\"col\">¶</th>"
          "<th scope=\"col\">Seats</th><th scope=\"col\">Sitting</th><th scope=\"col\">Vacant</th>"
          "<th scope=\"col\">Members</th></tr></thead>\n<tbody>\n";
  for (const auto& row : f.composition->rows) {
    if (row.region) continue;
    std::string members;
    for (const model::Member* m : row.sitting) {
      const model::Role role = group::role_of(*m);
      const std::string partner = member_partner(site, *m, path);
      members +=
          fmt::format("{}{}{}{}", members.empty() ? "" : "<br>", escape(model::display_name(*m)),
                      partner.empty() ? "" : " (" + partner + ")",
                      role == model::Role::member
                          ? ""
                          : fmt::format(", <strong>{}</strong>", figures::role_word(role)));
    }
    body += fmt::format(
        "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}{}</td><td>{}</td>"
        "<td>{}</td><td>{}</td></tr>\n",
        escape(sentence_case(row.kind->description.msgid)), row.kind->paragraph,
        row.kind->up_to ? "up to " : "", row.capacity, row.filled(), row.vacancies(), members);
  }
  body += "</tbody>\n</table>\n";
  const auto calendar = group::term_calendar(*f.roster, f.as_of);
  body += "<h2>Term calendar (¶23)</h2>\n";
  if (calendar.empty())
    body += "<p>No member is serving a term.</p>\n";
  else {
    body +=
        "<table>\n<caption>Current terms, by end date</caption>\n<thead><tr>"
        "<th scope=\"col\">Member</th><th scope=\"col\">Seat</th><th scope=\"col\">Term</th>"
        "<th scope=\"col\">From</th><th scope=\"col\">Until</th>"
        "<th scope=\"col\">Renewal</th></tr></thead>\n<tbody>\n";
    for (const auto& row : calendar)
      body += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td><td><time datetime=\"{}\">{}</time></td>"
          "<td><time datetime=\"{}\">{}</time></td><td>{}</td></tr>\n",
          escape(model::display_name(*row.member)),
          escape(sentence_case(row.seat->description.msgid)),
          row.term_number == 1 ? "first" : "renewal", row.start.iso(), row.start.iso(),
          row.end.iso(), row.end.iso(),
          !row.renewable ? std::string(row.partner_withdraws ? "No: the partner withdraws"
                                                             : "No: already renewed once")
          : row.proposer ? fmt::format("Possible, on the proposal of {}",
                                       figures::nominator_word(*row.proposer))
                         : std::string("Possible"));
    body += "</tbody>\n</table>\n";
  }
  files.push_back(
      {path, page({path, "The Coordinating Group", Section::group, site.as_of, kGroupDescription},
                  body)});
}

}  // namespace gcsj::publish
