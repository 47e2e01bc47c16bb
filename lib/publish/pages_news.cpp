// The What's new page: the changes of the last days (lib/changes, as `gcsj changes` finds them),
// newest first: partners admitted (¶18), the Coordinating Group's changes (¶21-26) and actions
// completed (¶17). Partners who withdrew and applications are counted, never named.

#include <utility>

#include <fmt/format.h>

#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "util/text.hpp"

namespace gcsj::publish {
namespace {

// The public changes that `keep` selects, newest first, as a list; `none` when there is none.
using i18n::arg;
using i18n::msg;

template <class Keep>
std::string change_list(const SiteContext& site, const std::vector<ChangeNames>& names, Keep keep,
                        std::string_view none) {
  std::string items;
  for (const std::size_t i : public_changes_newest_first(*site.news)) {
    const changes::Change& change = site.news->events[i];
    if (!keep(change)) continue;
    items += fmt::format("<li id=\"{}\">{}</li>\n", names[i].anchor,
                         change_html(site, change, kNewsPath, site.time(change.date)));
  }
  if (items.empty()) return fmt::format("<p>{}</p>\n", escape(none));
  return fmt::format("<ul class=\"news\">\n{}</ul>\n", items);
}

}  // namespace

void add_news(const SiteContext& site, const FileSink& files) {
  const changes::Changes& news = *site.news;
  const auto& tr = *site.tr;
  const auto names = change_names(news);
  const changes::Counts counts = changes::count(news);
  std::string body = fmt::format("<h1>{}</h1>\n", escape(tr("What's new")));
  body += "<p>" +
          site.say(msg("What changed in the Coalition after {from}, up to and including {to}, "
                       "each change with the paragraph of GB.349/INS/4 it relates to. Partnership "
                       "is made public on admission, or on the later date the secretariat sets "
                       "(¶18): partners who withdrew and applications are counted, never named.",
                       arg("from", site.time(news.from)), arg("to", site.time(news.to)))) +
          "</p>\n";
  body += fmt::format("<p><a href=\"{}\">{}</a></p>\n", kFeedPath,
                      escape(tr("Follow these changes with the Atom feed.")));
  body += fmt::format("<h2>{}</h2>\n", escape(tr("New partners (¶18)")));
  body += change_list(
      site, names, [](const auto& c) { return changes::is_new_partner(c.kind); },
      tr("No partner was admitted."));
  body += "<p>" +
          escape(site.say(msg("Partners who withdrew: {withdrew}. Applications pending a "
                              "decision: {applications}.",
                              arg("withdrew", counts.withdrew),
                              arg("applications", counts.applications)))) +
          "</p>\n";
  body += fmt::format("<h2>{}</h2>\n", escape(tr("The Coordinating Group (¶21-26)")));
  if (!site.figures.group)
    body += fmt::format("<p>{}</p>\n", escape(tr("The registry holds no Coordinating Group.")));
  else
    body += change_list(
        site, names, [](const auto& c) { return changes::is_group_event(c.kind); },
        tr("No change in the Coordinating Group."));
  body += fmt::format("<h2>{}</h2>\n", escape(tr("Actions completed (¶17)")));
  body += change_list(
      site, names, [](const auto& c) { return c.kind == changes::Kind::action_completed; },
      tr("No action was completed, as far as the progress partners shared tells."));
  // The Forum (¶39-42), when the registry records it: its sessions held in the news window.
  if (site.figures.has_forum) {
    body += fmt::format("<h2>{}</h2>\n", escape(tr("The Forum (¶39-42)")));
    body += change_list(
        site, names, [](const auto& c) { return c.kind == changes::Kind::forum_session; },
        tr("No session of the Forum was held."));
  }
  files({kNewsPath,
         page(site,
              {kNewsPath, std::string(tr("What's new")), Section::news,
               site.say(site.figures.has_forum
                            ? msg("What changed in the Global Coalition for Social Justice after "
                                  "{from}, up to and including {to}: new partners, the "
                                  "Coordinating Group, the Forum and completed actions.",
                                  arg("from", news.from), arg("to", news.to))
                            : msg("What changed in the Global Coalition for Social Justice after "
                                  "{from}, up to and including {to}: new partners, the "
                                  "Coordinating Group and completed actions.",
                                  arg("from", news.from), arg("to", news.to)))},
              std::move(body))});
}

}  // namespace gcsj::publish
