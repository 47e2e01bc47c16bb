#include "publish/site.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "publish/html.hpp"
#include "publish/site_context.hpp"

namespace gcsj::publish {
std::string partner_name(const model::Partner& partner) {
  if (partner.name && !partner.name->value.empty()) return partner.name->value;
  return partner.id ? partner.id->value : std::string("(unnamed partner)");
}

std::string SiteContext::partner_href(const model::Partner& partner, std::string_view from) const {
  return fmt::format("{}partners/{}.html", root_of(from), stems.at(&partner));
}

std::string SiteContext::partner_link(const model::Partner& partner, std::string_view from) const {
  return fmt::format("<a href=\"{}\">{}</a>", escape(partner_href(partner, from)),
                     escape(partner_name(partner)));
}

std::vector<SiteFile> build_site(const model::Registry& registry, const figures::Figures& figures,
                                 const refdata::ReferenceData& reference, long news_days) {
  const changes::Changes news = changes::compute_changes(
      registry, figures.as_of.plus_days(-news_days), figures.as_of, reference);
  SiteContext site{registry, figures, reference, figures.as_of.iso(), {}, {}, &news, news_days};
  // A page per published partner, named by its id; an id that could not name a file safely (or
  // that two partners share, in a registry published despite errors) gets a numbered name.
  int generated = 0;
  std::set<std::string> used;
  for (const model::Partner* partner : figures.partners)
    if (partner->id && model::is_plain_id(partner->id->value)) used.insert(partner->id->value);
  std::set<std::string> given{"index"};
  for (const model::Partner* partner : figures.partners) {
    const std::string id = partner->id ? partner->id->value : "";
    std::string stem = id;
    if (!model::is_plain_id(id) || given.contains(id)) {
      do stem = fmt::format("partner-{}", ++generated);
      while (used.contains(stem) || given.contains(stem));
    }
    given.insert(stem);
    site.stems.emplace(partner, stem);
    if (!id.empty()) site.by_id.emplace(id, partner);
  }
  std::vector<SiteFile> files;
  add_home(site, files);
  add_themes(site, files);
  add_group(site, files);
  add_partners(site, files);
  add_news(site, files);
  add_feed(site, files);
  add_assets(files);
  std::sort(files.begin(), files.end(),
            [](const SiteFile& a, const SiteFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace gcsj::publish
