// The What's new page: the changes of the last days (lib/changes, as `gcsj changes` finds them),
// newest first: partners admitted (¶18), the Coordinating Group's changes (¶21-26) and actions
// completed (¶17). Partners who withdrew and applications are counted, never named.

#include <fmt/format.h>

#include "publish/html.hpp"
#include "publish/site_context.hpp"

namespace gcsj::publish {
namespace {

// The public changes that `keep` selects, newest first, as a list; `none` when there is none.
template <class Keep>
std::string change_list(const SiteContext& site, const std::vector<ChangeNames>& names, Keep keep,
                        std::string_view none) {
  std::string items;
  for (const std::size_t i : public_changes_newest_first(*site.news)) {
    const changes::Change& change = site.news->events[i];
    if (!keep(change)) continue;
    items += fmt::format(
        "<li id=\"{anchor}\"><time datetime=\"{date}\">{date}</time>: {event} "
        "(¶{paragraph})</li>\n",
        fmt::arg("anchor", names[i].anchor), fmt::arg("date", change.date.iso()),
        fmt::arg("event", change_html(site, change, kNewsPath)),
        fmt::arg("paragraph", change.paragraph));
  }
  if (items.empty()) return fmt::format("<p>{}</p>\n", none);
  return fmt::format("<ul class=\"news\">\n{}</ul>\n", items);
}

}  // namespace

void add_news(const SiteContext& site, std::vector<SiteFile>& files) {
  const changes::Changes& news = *site.news;
  const auto names = change_names(news);
  const changes::Counts counts = changes::count(news);
  std::string body = "<h1>What's new</h1>\n";
  body += fmt::format(
      "<p>What changed in the Coalition after {from}, up to and including {to}, each change with "
      "the paragraph of GB.349/INS/4 it relates to. Partnership is made public on admission "
      "(¶18): partners who withdrew and applications are counted, never named.</p>\n"
      "<p><a href=\"{feed}\">Follow these changes with the Atom feed</a>.</p>\n",
      fmt::arg("from", news.from.iso()), fmt::arg("to", news.to.iso()),
      fmt::arg("feed", kFeedPath));
  body += "<h2>New partners (¶18)</h2>\n";
  body += change_list(
      site, names, [](const auto& c) { return c.kind == changes::Kind::partner_admitted; },
      "No partner was admitted.");
  body += fmt::format(
      "<p>Partners who withdrew: {withdrew}. Applications pending a decision: "
      "{applications}.</p>\n",
      fmt::arg("withdrew", counts.withdrew), fmt::arg("applications", counts.applications));
  body += "<h2>The Coordinating Group (¶21-26)</h2>\n";
  if (!site.figures.group)
    body += "<p>The registry holds no Coordinating Group.</p>\n";
  else
    body += change_list(
        site, names, [](const auto& c) { return changes::is_group_event(c.kind); },
        "No change in the Coordinating Group.");
  body += "<h2>Actions completed (¶17)</h2>\n";
  body += change_list(
      site, names, [](const auto& c) { return c.kind == changes::Kind::action_completed; },
      "No action was completed, as far as the progress partners shared tells.");
  files.push_back(
      {kNewsPath,
       page({kNewsPath, "What's new", Section::news, site.as_of,
             fmt::format("What changed in the Global Coalition for Social Justice after {from}, "
                         "up to and including {to}: new partners, the Coordinating Group and "
                         "completed actions.",
                         fmt::arg("from", news.from.iso()), fmt::arg("to", news.to.iso()))},
            body)});
}

}  // namespace gcsj::publish
