// The home page (the Coalition in figures), the pages of the thematic domains (¶35) and initial
// priorities (¶36), and the Coordinating Group page (¶21-26).

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "charts/figure_bars.hpp"
#include "figures/figures.hpp"
#include "figures/words.hpp"
#include "group/seats.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "model/vocabulary.hpp"
#include "publish/charts.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "publish/words.hpp"
#include "render/changes/change_words.hpp"
#include "util/text.hpp"

namespace gcsj::publish {
// A domain's (¶35) or priority's (¶36) title in the page's language.
std::string theme_title(const SiteContext& site, const model::Theme& theme, bool domain) {
  return charts::theme_title(*site.tr, theme, domain);
}

namespace {

using util::sentence_case;

using i18n::arg;
using i18n::msg;
using i18n::msg_n;
using i18n::NC_;

// The bars of the home page's charts (lib/charts), labelled in the page's language.
std::vector<Bar> category_bars(const SiteContext& site, const std::vector<figures::Count>& counts) {
  return charts::category_bars(counts, *site.tr);
}

std::vector<Bar> status_bars(const SiteContext& site, const std::vector<figures::Count>& counts) {
  return charts::status_bars(counts, *site.tr);
}

std::vector<Bar> region_bars(const SiteContext& site, const std::vector<figures::Count>& counts) {
  return charts::region_bars(counts, *site.tr);
}

std::vector<Bar> theme_bars(const SiteContext& site, const std::vector<figures::Count>& counts,
                            std::span<const model::Theme> themes, std::string_view folder) {
  return charts::theme_bars(counts, themes, folder, *site.tr, true);
}

// The member's partner, linked when published.
std::string member_partner(const SiteContext& site, const model::Member& member,
                           std::string_view path) {
  if (!member.partner) return {};
  const auto it = site.by_id.find(member.partner->value);
  return it == site.by_id.end() ? std::string() : site.partner_link(*it->second, path);
}

std::string paragraph(const std::string& text) {
  return "<p>" + escape(text) + "</p>\n";
}

}  // namespace

void add_home(const SiteContext& site, const FileSink& files) {
  const auto& f = site.figures;
  const auto& tr = *site.tr;
  const std::string path = "index.html";
  const auto strong = [&](std::size_t n) {
    return fmt::format("<strong>{}</strong>", tr.number(static_cast<long long>(n)));
  };
  std::string body = fmt::format("<h1>{}</h1>\n", escape(tr("The Coalition in figures")));
  body += "<ul class=\"headline\">\n<li>" +
          site.say(msg_n("{number} partner", "{number} partners", f.partners.size(),
                         arg("number", strong(f.partners.size())))) +
          "</li>\n<li>" +
          site.say(msg_n("{number} action", "{number} actions", f.actions.size(),
                         arg("number", strong(f.actions.size())))) +
          "</li>\n<li>" +
          site.say(
              msg_n("{number} action with progress shared", "{number} actions with progress shared",
                    static_cast<unsigned long>(f.actions_with_progress),
                    arg("number", strong(static_cast<std::size_t>(f.actions_with_progress))))) +
          "</li>\n</ul>\n";
  body += "<p>" +
          escape(tr("The Global Coalition for Social Justice brings together governments, "
                    "employers' and workers' organizations, international and regional "
                    "organizations, enterprises, NGOs and academic institutions committed to "
                    "advancing social justice (GB.349/INS/4).")) +
          fmt::format(" <a href=\"partners/index.html\">{}</a>.</p>\n",
                      escape(tr("Browse the partners")));
  body += fmt::format("<h2>{}</h2>\n", escape(tr("Partners")));
  body += bar_chart("chart-category", tr("Partners by category (¶19)"),
                    category_bars(site, f.partners_by_category), tr);
  body += bar_chart("chart-region", tr("Partners by region"),
                    region_bars(site, f.partners_by_region), tr);
  body += fmt::format("<h2>{}</h2>\n", escape(tr("Actions")));
  body += bar_chart("chart-domain", tr("Actions by thematic domain (¶35)"),
                    theme_bars(site, f.actions_by_domain, model::kDomains, "domains"), tr);
  body += bar_chart("chart-priority", tr("Actions by initial priority (¶36)"),
                    theme_bars(site, f.actions_by_priority, model::kPriorities, "priorities"), tr);
  std::vector<Bar> sdgs;
  for (const auto& count : f.actions_by_sdg)
    sdgs.push_back({site.say(msg("SDG {number}: {title}", arg("number", count.key),
                                 arg("title", figures::label_in(count, tr)))),
                    count.value,
                    {}});
  body += bar_chart("chart-sdg", tr("Actions by Sustainable Development Goal"), sdgs, tr);
  body += bar_chart("chart-status", tr("Actions by status"), status_bars(site, f.actions_by_status),
                    tr);
  body += bar_chart("chart-action-category", tr("Actions by category of partner (¶19)"),
                    category_bars(site, f.actions_by_category), tr);
  files({path, page(site,
                    {path, std::string(tr("The Coalition in figures")), Section::home,
                     site.say(msg("The Global Coalition for Social Justice (GB.349/INS/4) on "
                                  "{date}: partners by category and region, actions by thematic "
                                  "domain and priority. Partners: {partners}. Actions: {actions}.",
                                  arg("date", f.as_of), arg("partners", f.partners.size()),
                                  arg("actions", f.actions.size())))},
                    std::move(body))});
}

void add_themes(const SiteContext& site, const FileSink& files) {
  const auto& f = site.figures;
  const auto& tr = *site.tr;
  std::string index =
      fmt::format("<h1>{}</h1>\n", escape(tr("Thematic domains and initial priorities"))) +
      paragraph(std::string(tr("Partners' actions are framed by the thematic policy domains of "
                               "¶35 and the initial priorities of ¶36."))) +
      fmt::format("<h2>{}</h2>\n<ul>\n", escape(tr("Thematic domains (¶35)")));
  const auto add = [&](std::span<const model::Theme> themes, std::string_view folder,
                       bool domains) {
    for (const model::Theme& theme : themes) {
      const std::string path = fmt::format("{}/{}.html", folder, theme.key);
      const std::string title = theme_title(site, theme, domains);
      std::vector<const figures::ActionRef*> actions;
      for (const auto& ref : f.actions) {
        const auto& list = domains ? ref.action->domains : ref.action->priorities;
        if (list && std::any_of(list->value.begin(), list->value.end(),
                                [&](const auto& v) { return v.value == theme.key; }))
          actions.push_back(&ref);
      }
      // The sentence's placeholders are HTML: the link and the count are escaped already.
      index +=
          "<li>" +
          site.say(msg("{theme} (¶{paragraph}): {actions}",
                       arg("theme", fmt::format("<a href=\"{}\">{}</a>", path, escape(title))),
                       arg("paragraph", theme.paragraph),
                       arg("actions", escape(site.say(msg_n("{count} action", "{count} actions",
                                                            actions.size())))))) +
          "</li>\n";
      std::string body = fmt::format("<h1>{}</h1>\n", escape(title));
      body +=
          paragraph((domains ? site.say(msg("Thematic domain ¶{paragraph} of GB.349/INS/4.",
                                            arg("paragraph", theme.paragraph)))
                             : site.say(msg("Initial priority ¶{paragraph} of GB.349/INS/4.",
                                            arg("paragraph", theme.paragraph)))) +
                    " " + site.say(msg_n("{count} action.", "{count} actions.", actions.size())));
      if (!actions.empty()) {
        body += fmt::format(
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
            "<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            escape(tr.ctx("table heading", "Action")), escape(tr.ctx("table heading", "Partner")),
            escape(tr.ctx("table heading", "Status")));
        for (const auto* ref : actions)
          body += fmt::format(
              "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
              escape(site.title_of(*ref->action)), site.partner_link(*ref->partner, path),
              escape(site.say(figures::action_status_term(model::status_of(*ref->action)))));
        body += "</tbody>\n</table>\n";
      }
      files({path,
             page(site,
                  {path, title, Section::themes,
                   domains ? site.say(msg("{title}: a thematic policy domain of the Global "
                                          "Coalition for Social Justice (GB.349/INS/4, "
                                          "¶{paragraph}), and the partners' actions in it.",
                                          arg("title", title), arg("paragraph", theme.paragraph)))
                           : site.say(msg("{title}: an initial priority of the Global Coalition "
                                          "for Social Justice (GB.349/INS/4, ¶{paragraph}), and "
                                          "the partners' actions in it.",
                                          arg("title", title), arg("paragraph", theme.paragraph)))},
                  body)});
    }
  };
  add(model::kDomains, "domains", true);
  index += fmt::format("</ul>\n<h2>{}</h2>\n<ul>\n", escape(tr("Initial priorities (¶36)")));
  add(model::kPriorities, "priorities", false);
  index += "</ul>\n";
  files({"themes.html",
         page(site,
              {"themes.html", std::string(tr("Thematic domains and initial priorities")),
               Section::themes,
               std::string(tr("The thematic policy domains (¶35) and initial priorities (¶36) "
                              "that frame the actions of the partners of the Global Coalition "
                              "for Social Justice."))},
              std::move(index))});
}

// The table of the Group's seats on the site's date: each seat with its sitting members and chairs.
std::string seat_table(const SiteContext& site, const std::string& path) {
  const auto& f = site.figures;
  const auto& tr = *site.tr;
  std::string table = fmt::format(
      "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th "
      "scope=\"col\">¶</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th "
      "scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
      escape(site.say(msg("Seats on {date}", arg("date", f.as_of)))),
      escape(tr.ctx("table heading", "Seat")), escape(tr.ctx("table heading", "Seats")),
      escape(tr.ctx("table heading", "Sitting")), escape(tr.ctx("table heading", "Vacant")),
      escape(tr.ctx("table heading", "Members")));
  for (const auto& row : f.composition->rows) {
    if (row.region) continue;
    std::string members;
    for (const model::Member* m : row.sitting) {
      const model::Role role = group::role_on(*m, f.composition->as_of);
      const std::string partner = member_partner(site, *m, path);
      members += fmt::format(
          "{}{}{}{}", members.empty() ? "" : "<br>", escape(model::display_name(*m)),
          partner.empty() ? "" : " (" + partner + ")",
          role == model::Role::member
              ? ""
              : fmt::format(", <strong>{}</strong>",
                            escape(site.say(figures::role_term(role, group::agreement_of(*m))))));
    }
    table += fmt::format(
        "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td><td>{}</td></tr>\n",
        escape(sentence_case(site.say(render::seat_term(row.kind->seat)))), row.kind->paragraph,
        escape(figures::capacity_words(row, *site.tr)), row.filled(), row.vacancies(), members);
  }
  return table + "</tbody>\n</table>\n";
}

// The term calendar (¶23): the terms being served on the site's date, by end date.
std::string term_calendar_section(const SiteContext& site) {
  const auto& f = site.figures;
  const auto& tr = *site.tr;
  const auto calendar = group::term_calendar(*f.roster, f.as_of);
  std::string section = fmt::format("<h2>{}</h2>\n", escape(tr("Term calendar (¶23)")));
  if (calendar.empty()) return section + paragraph(std::string(tr("No member is serving a term.")));
  section += fmt::format(
      "<table>\n<caption>{}</caption>\n<thead><tr>"
      "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
      "<th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
      "<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
      escape(tr("Current terms, by end date")), escape(tr.ctx("table heading", "Member")),
      escape(tr.ctx("table heading", "Seat")), escape(tr.ctx("table heading", "Term")),
      escape(tr.ctx("table heading", "From")), escape(tr.ctx("table heading", "Until")),
      escape(tr.ctx("table heading", "Renewal")));
  for (const auto& row : calendar)
    section += fmt::format(
        "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "</tr>\n",
        escape(model::display_name(*row.member)),
        escape(sentence_case(site.say(render::seat_term(row.seat->seat)))),
        escape(row.term_number == 1 ? tr.ctx("term of a member", "first")
                                    : tr.ctx("term of a member", "renewal")),
        site.time(row.start), site.time(row.end),
        escape(row.next == group::NextTerm::recorded ? std::string(tr("Recorded"))
               : !row.renewable
                   ? std::string(row.partner_withdraws ? tr("No: the partner withdraws")
                                                       : tr("No: already renewed once"))
               : row.proposer ? site.say(msg("Possible, on the proposal of {nominator}",
                                             arg("nominator", nominator_term(*row.proposer))))
                              : std::string(tr.ctx("renewal of a term", "Possible"))));
  return section + "</tbody>\n</table>\n";
}

void add_group(const SiteContext& site, const FileSink& files) {
  const std::string path = "group.html";
  const auto& f = site.figures;
  const auto& tr = *site.tr;
  const std::string title(tr("The Coordinating Group"));
  const std::string description(
      tr("The Coordinating Group of the Global Coalition for Social Justice (GB.349/INS/4, "
         "¶21-26): its seats, members, chairs and terms."));
  std::string body = fmt::format("<h1>{}</h1>\n", escape(title));
  if (!f.group || !f.composition) {
    body += paragraph(std::string(tr("The registry holds no Coordinating Group.")));
    files({path, page(site, {path, title, Section::group, description}, std::move(body))});
    return;
  }
  body += paragraph(std::string(
      tr("The Coordinating Group is established among Coalition partners to organize the "
         "functioning and operations of the Coalition (¶21). Its members serve two-year terms, "
         "renewable once on the proposal of the group that nominated them (¶23); its seats are "
         "those of ¶25.")));
  body += fmt::format("<h2>{}</h2>\n", escape(tr("Seats (¶25)")));
  body += seat_chart(site, path);
  body += seat_table(site, path);
  body += term_calendar_section(site);
  files({path, page(site, {path, title, Section::group, description}, std::move(body))});
}

}  // namespace gcsj::publish
