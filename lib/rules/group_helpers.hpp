#pragma once
// Helpers shared by the Coordinating Group rules.

#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "model/group.hpp"
#include "model/registry.hpp"

namespace gcsj::rules {

// The Group the rules judge: the first coordinating-group document (a second is itself a finding).
inline const model::Group* the_group(const model::Registry& registry) {
  return registry.groups.empty() ? nullptr : &registry.groups.front();
}

using PartnerIndex = std::unordered_map<std::string_view, const model::Partner*>;

// Partners by id.
inline PartnerIndex partners_by_id(const model::Registry& registry) {
  PartnerIndex index;
  for (const auto& partner : registry.partners)
    if (partner.id) index.emplace(partner.id->value, &partner);
  return index;
}

// The partner a member represents, when the member names one the registry holds.
inline const model::Partner* partner_of(const model::Member& member, const PartnerIndex& partners) {
  if (!member.partner) return nullptr;
  const auto it = partners.find(member.partner->value);
  return it == partners.end() ? nullptr : it->second;
}

// How a message names a member: its name, or its position when unnamed.
inline std::string member_label(const model::Member& member) {
  return member.name ? member.name->value : fmt::format("the member at line {}", member.where.line);
}

}  // namespace gcsj::rules
