#pragma once
// `gcsj publish`: the Coalition's public portal (¶18, ¶28, ¶34) as static files built from the
// registry: admitted partners only, never contact details, every registry string escaped, the
// same bytes from the same registry and date.

#include <string>
#include <vector>

#include "figures/figures.hpp"
#include "model/registry.hpp"
#include "util/expected.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::publish {

struct SiteFile {
  std::string path;  // relative to the site root, with forward slashes
  std::string content;
};

// Every file of the site, sorted by path. Needs a registry loaded with its whole partners.
std::vector<SiteFile> build_site(const model::Registry& registry, const figures::Figures& figures,
                                 const refdata::ReferenceData& reference);

// Writes `files` into a fresh directory beside `out_dir` and swaps it in, so a failure never
// leaves a half-written site. Refuses to replace a directory gcsj did not publish.
util::Expected<void> write_site(const std::vector<SiteFile>& files, const std::string& out_dir);

}  // namespace gcsj::publish
