#include "lsp/partner_lookup.hpp"

namespace gcsj::lsp {

const model::PartnerDigest* find_partner(const model::Registry& registry, std::string_view id) {
  if (id.empty()) return nullptr;
  for (const model::PartnerDigest& digest : registry.digests)
    if (digest.id && digest.id->value == id) return &digest;
  return nullptr;
}

}  // namespace gcsj::lsp
