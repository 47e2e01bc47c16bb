// The partner directory and a page per admitted partner: commitments (¶16, ¶18), actions (¶34)
// and their voluntary progress (¶17). Contact details, champions and evidence are not published.

#include <algorithm>

#include <fmt/format.h>

#include "figures/words.hpp"
#include "model/enum_names.hpp"
#include "model/vocabulary.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "refdata/reference_data.hpp"

namespace gcsj::publish {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string country_of(const SiteContext& site, const model::Partner& partner) {
  if (!partner.country) return {};
  const std::string_view name = site.reference.country_name(partner.country->value);
  return name.empty() ? partner.country->value : std::string(name);
}

std::string category_of(const model::Partner& partner) {
  if (!partner.category) return "Partner";
  return fmt::format("{} (¶{})", figures::category_name(partner.category->value),
                     figures::category_paragraph(partner.category->value));
}

const model::Theme* theme_of(std::span<const model::Theme> themes, std::string_view key) {
  for (const auto& theme : themes)
    if (theme.key == key) return &theme;
  return nullptr;
}

// Links to the pages of the domains or priorities an action names; unknown values stay text.
std::string theme_links(const model::FieldList<std::string>& values,
                        std::span<const model::Theme> themes, std::string_view folder) {
  std::string out;
  if (!values) return out;
  for (const auto& value : values->value) {
    if (!out.empty()) out += ", ";
    if (const model::Theme* theme = theme_of(themes, value.value))
      out +=
          fmt::format("<a href=\"../{}/{}.html\">{}</a>", folder, theme->key, escape(theme->title));
    else
      out += escape(value.value);
  }
  return out;
}

void add_row(std::string& out, std::string_view term, const std::string& html) {
  if (!html.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", term, html);
}

std::string action_html(const SiteContext& site, const model::Action& action,
                        std::string_view path) {
  std::string out = fmt::format("<article class=\"action\">\n<h3>{}</h3>\n<dl>\n",
                                escape(action.title ? action.title->value : "Untitled action"));
  add_row(out, "Status", std::string(figures::action_status_word(model::status_of(action))));
  add_row(out, "Thematic domains (¶35)", theme_links(action.domains, model::kDomains, "domains"));
  add_row(out, "Initial priorities (¶36)",
          theme_links(action.priorities, model::kPriorities, "priorities"));
  if (action.sdgs) {
    std::string sdgs;
    for (const auto& sdg : action.sdgs->value)
      sdgs += fmt::format("{}<abbr title=\"{}\">SDG {}</abbr>", sdgs.empty() ? "" : ", ",
                          escape(site.reference.sdg_title(sdg.value)), sdg.value);
    add_row(out, "Sustainable Development Goals", sdgs);
  }
  if (action.countries) {
    std::string countries;
    for (const auto& code : action.countries->value) {
      const std::string_view name = site.reference.country_name(code.value);
      countries += (countries.empty() ? "" : ", ") + escape(name.empty() ? code.value : name);
    }
    add_row(out, "Countries", countries);
  }
  // Partners are linked when published; an id of an application or a withdrawn partner is not
  // shown at all, so nothing unpublished leaks through an action.
  std::string with;
  if (action.with)
    for (const auto& id : action.with->value)
      if (const auto it = site.by_id.find(id.value); it != site.by_id.end())
        with += (with.empty() ? "" : ", ") + site.partner_link(*it->second, path);
  if (action.with_others)
    for (const auto& other : action.with_others->value)
      with += (with.empty() ? "" : ", ") + escape(other.value);
  add_row(out, "With", with);
  out += "</dl>\n";
  std::string progress;
  for (const auto& entry : action.progress) {
    if (!entry.summary || entry.summary->value.empty()) continue;
    progress += fmt::format(
        "<li>{}{}</li>\n",
        entry.date ? fmt::format("<time datetime=\"{0}\">{0}</time>: ", entry.date->value.iso())
                   : "",
        escape(entry.summary->value));
  }
  if (!progress.empty())
    out += "<h4>Progress shared (¶17)</h4>\n<ul class=\"progress\">\n" + progress + "</ul>\n";
  out += "</article>\n";
  return out;
}

std::string partner_page(const SiteContext& site, const model::Partner& partner,
                         const std::string& path) {
  std::string body =
      fmt::format("<h1>{}</h1>\n<dl class=\"facts\">\n", escape(partner_name(partner)));
  add_row(body, "Category (¶19)", escape(category_of(partner)));
  add_row(body, "Country", escape(country_of(site, partner)));
  add_row(body, "Partner since", partner.admitted ? partner.admitted->value.iso() : "");
  if (partner.website && is_web_address(partner.website->value))
    add_row(body, "Website",
            fmt::format("<a href=\"{0}\" rel=\"nofollow noopener\">{0}</a>",
                        escape(partner.website->value)));
  if (partner.support) {
    std::string support;
    for (const auto& s : partner.support->value)
      support += (support.empty() ? "" : ", ") + std::string(figures::support_word(s.value));
    add_row(body, "Support", escape(support));
  }
  body += "</dl>\n<h2>Commitments (¶16, ¶18)</h2>\n";
  const auto& adherence = partner.adherence;
  std::string commitments;
  if (adherence) {
    const auto& a = adherence->value;
    if (a.advocate && a.advocate->value)
      commitments += "<li>Advocates for social justice (¶16(a)).</li>\n";
    if (a.uphold && a.uphold->value)
      commitments +=
          "<li>Upholds the principles and values of the UN and the ILO, including "
          "the fundamental principles and rights at work (¶16(a)).</li>\n";
    if (a.contribute && a.contribute->value) {
      std::string levels;
      if (a.levels)
        for (const auto& level : a.levels->value)
          levels += (levels.empty() ? "" : ", ") + std::string(figures::level_word(level.value));
      commitments +=
          fmt::format("<li>Contributes to advancing social justice and the SDGs{} (¶16(b)).</li>\n",
                      levels.empty() ? ""
                                     : " at the " + levels + " level" +
                                           (levels.find(',') == std::string::npos ? "" : "s"));
    }
  }
  const std::size_t actions = partner.actions ? partner.actions->value.size() : 0;
  if (actions > 0)
    commitments += fmt::format("<li>Has committed to {} action{} (¶16(c)).</li>\n", actions,
                               actions == 1 ? "" : "s");
  if (adherence && adherence->value.declared)
    body +=
        fmt::format("<p>Adherence formally expressed on <time datetime=\"{0}\">{0}</time>.</p>\n",
                    adherence->value.declared->value.iso());
  if (!commitments.empty()) body += "<ul>\n" + commitments + "</ul>\n";
  body += fmt::format("<h2>Actions (¶34)</h2>\n");
  if (actions == 0) body += "<p>No action is recorded yet.</p>\n";
  for (std::size_t i = 0; i < actions; ++i)
    body += action_html(site, partner.actions->value[i], path);
  return page({path, partner_name(partner), Section::partners, site.as_of,
               fmt::format("{partner}: a partner of the Global Coalition for Social Justice "
                           "(GB.349/INS/4), its commitments (¶16) and actions (¶34).",
                           fmt::arg("partner", partner_name(partner)))},
              body);
}

std::string directory_page(const SiteContext& site) {
  const std::string path = "partners/index.html";
  std::string body = fmt::format(
      "<h1>Partners</h1>\n<p>{} partners, by name. Each page lists the partner's commitments and "
      "actions.</p>\n",
      site.figures.partners.size());
  // The search form works only with the script, which reveals it.
  body +=
      "<form class=\"search\" id=\"partner-search\" hidden role=\"search\">\n"
      "<label for=\"search-text\">Search partners</label>\n"
      "<input type=\"search\" id=\"search-text\" autocomplete=\"off\">\n"
      "<label for=\"search-category\">Category</label>\n"
      "<select id=\"search-category\">\n<option value=\"\">All categories</option>\n";
  for (const auto& count : site.figures.partners_by_category)
    body +=
        fmt::format("<option value=\"{}\">{}</option>\n", escape(count.key), escape(count.label));
  body += "</select>\n<p id=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n";
  std::vector<const model::Partner*> by_name(site.figures.partners.begin(),
                                             site.figures.partners.end());
  std::stable_sort(by_name.begin(), by_name.end(), [](const auto* a, const auto* b) {
    return lower(partner_name(*a)) < lower(partner_name(*b));
  });
  body += "<ul class=\"directory\" id=\"partner-list\">\n";
  for (const model::Partner* partner : by_name) {
    const std::string country = country_of(site, *partner);
    // The key the category filter selects on (a form value, never shown).
    const std::string category =
        partner->category ? std::string(model::enum_name(partner->category->value)) : "";
    body += fmt::format(
        "<li data-category=\"{}\" data-search=\"{}\">{} <span class=\"meta\">{}{}</span></li>\n",
        escape(category),
        escape(lower(partner_name(*partner) + " " + (partner->id ? partner->id->value : "") + " " +
                     country + " " + category_of(*partner))),
        site.partner_link(*partner, path), escape(category_of(*partner)),
        country.empty() ? "" : " · " + escape(country));
  }
  body += "</ul>\n";
  return page({path, "Partners", Section::partners, site.as_of,
               "The partners of the Global Coalition for Social Justice (GB.349/INS/4), by "
               "category (¶19) and region, to search and filter.",
               true},
              body);
}

}  // namespace

void add_partners(const SiteContext& site, std::vector<SiteFile>& files) {
  files.push_back({"partners/index.html", directory_page(site)});
  for (const model::Partner* partner : site.figures.partners) {
    const std::string path = fmt::format("partners/{}.html", site.stems.at(partner));
    files.push_back({path, partner_page(site, *partner, path)});
  }
}

}  // namespace gcsj::publish
