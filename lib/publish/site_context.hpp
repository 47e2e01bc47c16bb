#pragma once
// What every page of the portal is built from: the figures, the published partners and the file
// each has. Internal to lib/publish.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "changes/changes.hpp"
#include "figures/figures.hpp"
#include "model/registry.hpp"
#include "publish/site.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::publish {

struct SiteContext {
  const model::Registry& registry;
  const figures::Figures& figures;
  const refdata::ReferenceData& reference;
  std::string as_of;
  // Published partners by id, and the file stem of each page: the id when it is a plain
  // kebab-case id (it always is in a registry without errors), else a generated one.
  std::map<std::string, const model::Partner*, std::less<>> by_id;
  std::map<const model::Partner*, std::string> stems;
  // What changed in the last `news_days` days up to the as-of date.
  const changes::Changes* news = nullptr;
  long news_days = 0;

  // The link from a page at `from` to the partner's page.
  std::string partner_href(const model::Partner& partner, std::string_view from) const;
  // The partner's name as HTML, linked to its page.
  std::string partner_link(const model::Partner& partner, std::string_view from) const;
};

std::string partner_name(const model::Partner& partner);

void add_home(const SiteContext& site, std::vector<SiteFile>& files);
void add_themes(const SiteContext& site, std::vector<SiteFile>& files);
void add_group(const SiteContext& site, std::vector<SiteFile>& files);
void add_partners(const SiteContext& site, std::vector<SiteFile>& files);
void add_news(const SiteContext& site, std::vector<SiteFile>& files);
void add_feed(const SiteContext& site, std::vector<SiteFile>& files);
void add_assets(std::vector<SiteFile>& files);

// A published partner's name as HTML, linked to its page, and a change told in the words of
// render/change_words as HTML (the portal's view: only what may be named).
std::string change_html(const SiteContext& site, const changes::Change& change,
                        std::string_view from);
// The fragment of news.html that tells `change`, and the Atom id of its entry: both built from
// the registry (kind, key, date), never from the clock, unique within `news`.
struct ChangeNames {
  std::string anchor;  // "change-partner-admitted-mexico-2026-03-01"
  std::string tag;     // "tag:ilo.org,2023:gcsj/partner-admitted/mexico/2026-03-01"
};
std::vector<ChangeNames> change_names(const changes::Changes& news);
// The public changes of `news`, newest first (the order of the news page and the feed), with
// their index in `news.events`.
std::vector<std::size_t> public_changes_newest_first(const changes::Changes& news);

// The ¶25 seats as an SVG chart, every seat filled or vacant, chairs marked.
std::string seat_chart(const SiteContext& site, std::string_view from);

}  // namespace gcsj::publish
