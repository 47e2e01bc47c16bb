#pragma once
// What every page of the portal is built from: the figures, the published partners and the file
// each has. Internal to lib/publish.

#include <map>
#include <string>
#include <string_view>
#include <vector>

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
void add_assets(std::vector<SiteFile>& files);

// The ¶25 seats as an SVG chart, every seat filled or vacant, chairs marked.
std::string seat_chart(const SiteContext& site, std::string_view from);

}  // namespace gcsj::publish
