#pragma once
// The partner an id names in the registry as it stands: hover, completion and go to definition
// find partners through it.

#include <string_view>

#include "model/partner_digest.hpp"
#include "model/registry.hpp"

namespace gcsj::lsp {

// The first partner of `registry` whose id is `id` (a second is itself a finding,
// duplicate-partner-id); nullptr when none.
const model::PartnerDigest* find_partner(const model::Registry& registry, std::string_view id);

}  // namespace gcsj::lsp
