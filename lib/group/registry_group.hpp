#pragma once
// The Group of a registry and the partners its members represent: shared by the Group rules and
// the views of the Group.

#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "model/group.hpp"
#include "model/registry.hpp"

namespace gcsj::group {

// The Group the rules judge: the first coordinating-group document (a second is itself a finding).
inline const model::Group* the_group(const model::Registry& registry) {
  return registry.groups.empty() ? nullptr : &registry.groups.front();
}

using PartnerIndex = std::unordered_map<std::string_view, const model::PartnerDigest*>;

// The partners the Group's members name, by id (the first of a duplicated id).
inline PartnerIndex partners_by_id(const model::Registry& registry) {
  PartnerIndex index;
  const model::Group* group = the_group(registry);
  if (!group) return index;
  for (const auto& member : group->members)
    if (member.partner) index.emplace(member.partner->value, nullptr);
  for (const auto& partner : registry.digests) {
    if (!partner.id) continue;
    const auto it = index.find(partner.id->value);
    if (it != index.end() && !it->second) it->second = &partner;
  }
  std::erase_if(index, [](const auto& entry) { return entry.second == nullptr; });
  return index;
}

// The partner a member represents, when the member names one the registry holds.
inline const model::PartnerDigest* partner_of(const model::Member& member,
                                              const PartnerIndex& partners) {
  if (!member.partner) return nullptr;
  const auto it = partners.find(member.partner->value);
  return it == partners.end() ? nullptr : it->second;
}

// How a message names a member: its name, or its position when unnamed.
inline std::string member_label(const model::Member& member) {
  return member.name ? member.name->value : fmt::format("the member at line {}", member.where.line);
}

}  // namespace gcsj::group
