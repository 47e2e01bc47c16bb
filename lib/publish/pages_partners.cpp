// The partner directory and a page per admitted partner: commitments (¶16, ¶18), actions (¶34)
// and their voluntary progress (¶17). Contact details, champions and evidence are not published.

#include <algorithm>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "figures/figures.hpp"
#include "figures/words.hpp"
#include "model/enum_names.hpp"
#include "model/vocabulary.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "publish/words.hpp"
#include "refdata/reference_data.hpp"

namespace gcsj::publish {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A country's name in the page's language; a code gcsj does not know is shown as written.
std::string country_name(const SiteContext& site, const std::string& code) {
  const std::string_view name = site.say(site.reference.country_term(code));
  return name.empty() ? code : std::string(name);
}

std::string country_of(const SiteContext& site, const model::Partner& partner) {
  return partner.country ? country_name(site, partner.country->value) : std::string();
}

using i18n::arg;
using i18n::msg;
using i18n::msg_n;

std::string category_of(const SiteContext& site, const model::Partner& partner) {
  if (!partner.category) return std::string(site.say(i18n::NC_("a partner", "Partner")));
  return site.say(msg("{category} (¶{paragraph})",
                      arg("category", category_term(partner.category->value)),
                      arg("paragraph", figures::category_paragraph(partner.category->value))));
}

const model::Theme* theme_of(std::span<const model::Theme> themes, std::string_view key) {
  for (const auto& theme : themes)
    if (theme.key == key) return &theme;
  return nullptr;
}

// Links to the pages of the domains or priorities an action names; unknown values stay text.
std::string theme_links(const SiteContext& site, const model::FieldList<std::string>& values,
                        std::span<const model::Theme> themes, std::string_view folder) {
  std::string out;
  if (!values) return out;
  for (const auto& value : values->value) {
    if (!out.empty()) out += ", ";
    if (const model::Theme* theme = theme_of(themes, value.value))
      out += fmt::format("<a href=\"../{}/{}.html\">{}</a>", folder, theme->key,
                         escape(theme_title(site, *theme, folder == "domains")));
    else
      out += escape(value.value);
  }
  return out;
}

void add_row(std::string& out, std::string_view term, const std::string& html) {
  if (!html.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", escape(term), html);
}

// A list of words in the page's language: "a, b, c".
template <class Values, class Word>
std::string words(const SiteContext& site, const Values& values, Word word) {
  std::string out;
  for (const auto& value : values)
    out += (out.empty() ? "" : ", ") + std::string(site.say(word(value.value)));
  return out;
}

std::string action_html(const SiteContext& site, const model::Action& action, std::string_view path,
                        const std::string& id) {
  const auto& tr = *site.tr;
  std::string out = fmt::format("<article class=\"action\" id=\"{}\">\n<h3>{}</h3>\n<dl>\n", id,
                                escape(site.title_of(action)));
  add_row(out, tr.ctx("of an action", "Status"),
          escape(site.say(figures::action_status_term(model::status_of(action)))));
  add_row(out, tr("Thematic domains (¶35)"),
          theme_links(site, action.domains, model::kDomains, "domains"));
  add_row(out, tr("Initial priorities (¶36)"),
          theme_links(site, action.priorities, model::kPriorities, "priorities"));
  if (action.sdgs) {
    std::string sdgs;
    for (const auto& sdg : action.sdgs->value)
      sdgs += fmt::format("{}<abbr title=\"{}\">{}</abbr>", sdgs.empty() ? "" : ", ",
                          escape(site.say(site.reference.sdg_term(sdg.value))),
                          escape(site.say(msg("SDG {number}", arg("number", sdg.value)))));
    add_row(out, tr("Sustainable Development Goals"), sdgs);
  }
  if (action.countries) {
    std::string countries;
    for (const auto& code : action.countries->value)
      countries += (countries.empty() ? "" : ", ") + escape(country_name(site, code.value));
    add_row(out, tr("Countries"), countries);
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
  add_row(out, tr.ctx("the partners of an action", "With"), with);
  out += "</dl>\n";
  std::string progress;
  for (const auto& entry : action.progress) {
    if (!entry.summary || entry.summary->value.empty()) continue;
    // Sentences whose placeholders are HTML (a <time>, escaped text) are not escaped again.
    progress +=
        "<li>" +
        (entry.date ? site.say(msg("{date}: {summary}", arg("date", site.time(entry.date->value)),
                                   arg("summary", escape(entry.summary->value))))
                    : escape(entry.summary->value)) +
        "</li>\n";
  }
  if (!progress.empty())
    out +=
        fmt::format("<h4>{}</h4>\n<ul class=\"progress\">\n", escape(tr("Progress shared (¶17)"))) +
        progress + "</ul>\n";
  out += "</article>\n";
  return out;
}

std::string partner_page(const SiteContext& site, const model::Partner& partner,
                         const std::string& path) {
  const auto& tr = *site.tr;
  const std::string name = site.name_of(partner);
  std::string body = fmt::format("<h1>{}</h1>\n<dl class=\"facts\">\n", escape(name));
  add_row(body, tr("Category (¶19)"), escape(category_of(site, partner)));
  add_row(body, tr("Country"), escape(country_of(site, partner)));
  add_row(body, tr("Partner since"), partner.admitted ? site.time(partner.admitted->value) : "");
  if (partner.website && is_web_address(partner.website->value))
    add_row(body, tr("Website"),
            fmt::format("<a href=\"{0}\" rel=\"nofollow noopener\">{0}</a>",
                        escape(partner.website->value)));
  if (partner.support)
    add_row(body, tr("Support"),
            escape(words(site, partner.support->value, figures::support_term)));
  body += fmt::format("</dl>\n<h2>{}</h2>\n", escape(tr("Commitments (¶16, ¶18)")));
  const auto& adherence = partner.adherence;
  std::string commitments;
  const auto item = [&](const std::string& text) {
    commitments += "<li>" + escape(text) + "</li>\n";
  };
  if (adherence) {
    const auto& a = adherence->value;
    if (a.advocate && a.advocate->value)
      item(std::string(tr("Advocates for social justice (¶16(a)).")));
    if (a.uphold && a.uphold->value)
      item(
          std::string(tr("Upholds the principles and values of the UN and the ILO, including the "
                         "fundamental principles and rights at work (¶16(a)).")));
    if (a.contribute && a.contribute->value) {
      const std::size_t count = a.levels ? a.levels->value.size() : 0;
      if (count == 0)
        item(std::string(tr("Contributes to advancing social justice and the SDGs (¶16(b)).")));
      else
        item(site.say(
            msg_n("Contributes to advancing social justice and the SDGs at the "
                  "{levels} level (¶16(b)).",
                  "Contributes to advancing social justice and the SDGs at the "
                  "{levels} levels (¶16(b)).",
                  count, arg("levels", words(site, a.levels->value, figures::level_term)))));
    }
  }
  const std::size_t actions = partner.actions ? partner.actions->value.size() : 0;
  if (actions > 0)
    item(site.say(msg_n("Has committed to {count} action (¶16(c)).",
                        "Has committed to {count} actions (¶16(c)).", actions)));
  if (adherence && adherence->value.declared)
    body += "<p>" +
            site.say(msg("Adherence formally expressed on {date}.",
                         arg("date", site.time(adherence->value.declared->value)))) +
            "</p>\n";
  if (!commitments.empty()) body += "<ul>\n" + commitments + "</ul>\n";
  body += fmt::format("<h2>{}</h2>\n", escape(tr("Actions (¶34)")));
  if (actions == 0) body += fmt::format("<p>{}</p>\n", escape(tr("No action is recorded yet.")));
  const std::vector<std::string> ids = action_ids(partner);
  for (std::size_t i = 0; i < actions; ++i)
    body += action_html(site, partner.actions->value[i], path, ids[i]);
  body += forum_section(site, partner, path);
  return page(site,
              {path, name, Section::partners,
               site.say(msg("{partner}: a partner of the Global Coalition for Social Justice "
                            "(GB.349/INS/4), its commitments (¶16) and actions (¶34).",
                            arg("partner", name)))},
              std::move(body));
}

std::string directory_page(const SiteContext& site) {
  const auto& tr = *site.tr;
  const std::string path = "partners/index.html";
  const std::size_t total = site.figures.partners.size();
  std::string body =
      fmt::format("<h1>{}</h1>\n<p>{}</p>\n", escape(tr("Partners")),
                  escape(site.say(msg_n("{count} partner, by name. Each page lists the partner's "
                                        "commitments and actions.",
                                        "{count} partners, by name. Each page lists the partner's "
                                        "commitments and actions.",
                                        total))));
  // The search form works only with the script, which reveals it. Its words come from the page,
  // in the page's language: the status line is a sentence with {shown} and {total}.
  body += fmt::format(
      "<form class=\"search\" id=\"partner-search\" hidden role=\"search\" "
      "data-status=\"{status}\">\n"
      "<label for=\"search-text\">{search}</label>\n"
      "<input type=\"search\" id=\"search-text\" autocomplete=\"off\">\n"
      "<label for=\"search-category\">{category}</label>\n"
      "<select id=\"search-category\">\n<option value=\"\">{all}</option>\n",
      fmt::arg("status", escape(site.say(msg_n("{shown} of {count} partner shown",
                                               "{shown} of {count} partners shown", total,
                                               arg("shown", "{shown}"))))),
      fmt::arg("search", escape(tr("Search partners"))),
      fmt::arg("category", escape(tr.ctx("search filter", "Category"))),
      fmt::arg("all", escape(tr("All categories"))));
  for (const auto& count : site.figures.partners_by_category) {
    const auto category = model::parse_enum<model::Category>(count.key);
    body +=
        fmt::format("<option value=\"{}\">{}</option>\n", escape(count.key),
                    escape(category ? std::string(site.say(figures::category_label_term(*category)))
                                    : count.label));
  }
  body += "</select>\n<p id=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n";
  struct Entry {
    std::string key;
    std::string name;
    const model::Partner* partner;
  };
  std::vector<Entry> by_name;
  by_name.reserve(total);
  for (const model::Partner* partner : site.figures.partners) {
    std::string name = site.name_of(*partner);
    by_name.push_back({lower(name), std::move(name), partner});
  }
  std::stable_sort(by_name.begin(), by_name.end(),
                   [](const Entry& a, const Entry& b) { return a.key < b.key; });
  body += "<ul class=\"directory\" id=\"partner-list\">\n";
  for (const Entry& entry : by_name) {
    const model::Partner* partner = entry.partner;
    const std::string country = country_of(site, *partner);
    // The key the category filter selects on (a form value, never shown).
    const std::string category =
        partner->category ? std::string(model::enum_name(partner->category->value)) : "";
    const std::string category_words = category_of(site, *partner);
    // Found by its name as written and translated alike.
    std::string search = entry.key;
    if (partner->name && partner->name->value != entry.name)
      search += " " + lower(partner->name->value);
    body += fmt::format(
        "<li data-category=\"{}\" data-search=\"{}\">{} <span class=\"meta\">{}{}</span></li>\n",
        escape(category),
        escape(
            search + " " +
            lower((partner->id ? partner->id->value : "") + " " + country + " " + category_words)),
        site.partner_link(*partner, path), escape(category_words),
        country.empty() ? "" : " · " + escape(country));
  }
  body += "</ul>\n";
  return page(site,
              {path, std::string(tr("Partners")), Section::partners,
               std::string(tr("The partners of the Global Coalition for Social Justice "
                              "(GB.349/INS/4), by category (¶19) and region, to search and "
                              "filter.")),
               true},
              std::move(body));
}

}  // namespace

std::vector<std::string> action_ids(const model::Partner& partner) {
  std::vector<std::string> ids;
  if (!partner.actions) return ids;
  std::set<std::string> taken;
  for (const model::Action& action : partner.actions->value) {
    // The title as written (never a translation, so every language's page has the same ids),
    // its ASCII letters and digits in lower case, every other run of characters one hyphen.
    std::string slug;
    if (action.title)
      for (const char c : action.title->value) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (alnum || upper) {
          if (slug.size() >= 60) break;
          slug += upper ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (!slug.empty() && slug.back() != '-') {
          slug += '-';
        }
      }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    std::string id = "action-" + (slug.empty() ? std::to_string(ids.size() + 1) : slug);
    for (int n = 2; taken.contains(id); ++n)
      id = fmt::format("action-{}-{}", slug.empty() ? std::to_string(ids.size() + 1) : slug, n);
    taken.insert(id);
    ids.push_back(std::move(id));
  }
  return ids;
}

void add_directory(const SiteContext& site, const FileSink& files) {
  files({"partners/index.html", directory_page(site)});
}

void add_partner(const SiteContext& site, const model::Partner& partner, const FileSink& files) {
  std::string path = fmt::format("partners/{}.html", site.stems.at(&partner));
  std::string content = partner_page(site, partner, path);
  files({std::move(path), std::move(content)});
}

}  // namespace gcsj::publish
