#include "config/subjects.hpp"

#include <algorithm>

namespace gcsj::config {

SubjectIndex::SubjectIndex(const model::Registry& registry) {
  for (const auto& partner : registry.digests) {
    const std::string_view id = partner.id ? std::string_view(partner.id->value) : "";
    starts_.push_back({partner.where, {id, "", false}});
    if (!id.empty()) partners_.insert(id);
  }
  for (const auto& group : registry.groups) {
    has_group_ = true;
    starts_.push_back({group.where, {"", "", true}});
    // A member's entry ends where the next member's begins, or at a key of the Group that
    // follows the list.
    for (const model::Location& key :
         {group.members_where, group.meetings_where,
          group.established ? group.established->where : model::Location{},
          group.government_seats ? group.government_seats->where : model::Location{},
          group.gender_balance_max_share ? group.gender_balance_max_share->where
                                         : model::Location{}})
      if (key.line > 0 && key != group.where) starts_.push_back({key, {"", "", true}});
    for (const auto& member : group.members) {
      const std::string_view name = member.name ? std::string_view(member.name->value) : "";
      starts_.push_back({member.where, {"", name, true}});
      if (!name.empty()) members_.insert(name);
    }
  }
  std::stable_sort(starts_.begin(), starts_.end(),
                   [](const Start& a, const Start& b) { return a.where < b.where; });
}

Subject SubjectIndex::of(const model::Location& where) const {
  // The last subject starting at or before `where`, in the same file.
  auto it = std::upper_bound(starts_.begin(), starts_.end(), where,
                             [](const model::Location& w, const Start& s) { return w < s.where; });
  if (it == starts_.begin()) return {};
  --it;
  if (it->where.file != where.file) return {};
  return it->subject;
}

}  // namespace gcsj::config
