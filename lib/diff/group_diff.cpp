// The Coordinating Group on one date in two versions of a registry: who joined, who left, who
// moved seat, region or role, which seats changed in number, and the chairs. Who sits is
// group::Roster's answer, through the composition of ¶25 that every view shares.

#include <map>

#include "diff/field_values.hpp"
#include "diff/registry_diff.hpp"
#include "group/composition.hpp"
#include "group/roster.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"

namespace gcsj::diff {
namespace {

template <class T>
std::optional<T> value_of(const model::Field<T>& field) {
  return field ? std::optional<T>(field->value) : std::nullopt;
}

// `member` as it sits on `on`, with the role it holds that day.
Sitting sitting_of(const model::Member& member, const model::Date& on) {
  return {value_of(member.name),   value_of(member.partner),   value_of(member.seat),
          value_of(member.region), group::role_on(member, on), member.where};
}

bool same_place(const Sitting& a, const Sitting& b) {
  return a.seat == b.seat && a.region == b.region && a.role == b.role;
}

struct Side {
  bool exists = false;
  bool established = false;
  std::vector<Sitting> sitting;  // in the order of the seats of ¶25
  std::vector<group::SeatRow> rows;
};

Side side_of(const model::Registry& registry, const model::Date& on) {
  Side side;
  const auto roster = group::Roster::of(registry);
  if (!roster) return side;
  side.exists = true;
  side.established = roster->exists_on(on);
  group::Composition composition = group::composition_on(*roster, on);
  for (const group::SeatRow& row : composition.rows)
    if (!row.region)  // the government total row holds every region's members
      for (const model::Member* member : row.sitting)
        side.sitting.push_back(sitting_of(*member, on));
  side.rows = std::move(composition.rows);
  return side;
}

// The identities of members across versions: the k-th member named N is "name:N#k" (a person who
// served twice has two entries of one name, matched in order: the k-th of one version with the
// k-th of the other); members without a name are told by their position among those without one.
std::vector<std::string> identities(const std::vector<std::optional<std::string>>& names) {
  std::vector<std::string> keys;
  keys.reserve(names.size());
  std::map<std::string, std::size_t> seen;
  std::size_t unnamed = 0;
  for (const auto& name : names)
    keys.push_back(name ? "name:" + *name + "#" + std::to_string(seen[*name]++)
                        : "unnamed:" + std::to_string(unnamed++));
  return keys;
}

std::vector<std::string> identities(const std::vector<Sitting>& sitting) {
  std::vector<std::optional<std::string>> names;
  for (const Sitting& s : sitting) names.push_back(s.name);
  return identities(names);
}

std::vector<std::string> identities(const std::vector<model::Member>& members) {
  std::vector<std::optional<std::string>> names;
  for (const model::Member& m : members) names.push_back(value_of(m.name));
  return identities(names);
}

std::vector<Sitting> chairs_of(const std::vector<Sitting>& sitting) {
  std::vector<Sitting> chairs;
  for (const Sitting& s : sitting)
    if (s.role != model::Role::member) chairs.push_back(s);
  return chairs;
}

// The members of the Group's list, added, removed or changed, matched by name (entries of one
// name in order, members without one by their position among those without one), whatever the
// date.
std::vector<MemberChange> member_changes(const std::vector<model::Member>& old_members,
                                         const std::vector<model::Member>& new_members) {
  const auto old_keys = identities(old_members);
  const auto new_keys = identities(new_members);
  std::map<std::string_view, std::size_t> old_by_key;
  for (std::size_t i = 0; i < old_keys.size(); ++i) old_by_key.emplace(old_keys[i], i);
  std::vector<bool> matched(old_members.size(), false);
  std::vector<MemberChange> changes;
  for (std::size_t i = 0; i < new_members.size(); ++i) {
    const model::Member& now = new_members[i];
    const auto old = old_by_key.find(new_keys[i]);
    if (old == old_by_key.end()) {
      changes.push_back(
          {MemberChangeKind::added, value_of(now.name), value_of(now.partner), now.where, {}});
      continue;
    }
    matched[old->second] = true;
    MemberChange change{
        MemberChangeKind::changed, value_of(now.name), value_of(now.partner), now.where, {}};
    compare_fields(member_fields(), old_members[old->second], now, change.fields);
    if (!change.fields.empty()) changes.push_back(std::move(change));
  }
  for (std::size_t i = 0; i < old_members.size(); ++i)
    if (!matched[i])
      changes.push_back({MemberChangeKind::removed,
                         value_of(old_members[i].name),
                         value_of(old_members[i].partner),
                         old_members[i].where,
                         {}});
  return changes;
}

}  // namespace

bool GroupDiff::chairs_changed() const {
  if (chairs_before.size() != chairs_after.size()) return true;
  for (std::size_t i = 0; i < chairs_before.size(); ++i)
    if (chairs_before[i].name != chairs_after[i].name ||
        !same_place(chairs_before[i], chairs_after[i]))
      return true;
  return false;
}

bool GroupDiff::empty() const {
  return before_exists == after_exists && before_established == after_established &&
         joined.empty() && left.empty() && moved.empty() && seats.empty() && !chairs_changed() &&
         fields.empty() && members.empty();
}

GroupDiff diff_group(const model::Registry& before, const model::Registry& after,
                     const model::Date& on) {
  GroupDiff diff;
  diff.on = on;
  const Side old_side = side_of(before, on);
  const Side new_side = side_of(after, on);
  diff.before_exists = old_side.exists;
  diff.after_exists = new_side.exists;
  diff.before_established = old_side.established;
  diff.after_established = new_side.established;
  const auto old_keys = identities(old_side.sitting);
  const auto new_keys = identities(new_side.sitting);
  std::map<std::string, const Sitting*> old_by_key;
  for (std::size_t i = 0; i < old_side.sitting.size(); ++i)
    old_by_key.emplace(old_keys[i], &old_side.sitting[i]);
  std::map<std::string, bool> still_sitting;
  for (std::size_t i = 0; i < new_side.sitting.size(); ++i) {
    const Sitting& now = new_side.sitting[i];
    const std::string& key = new_keys[i];
    const auto old = old_by_key.find(key);
    if (old == old_by_key.end()) {
      diff.joined.push_back(now);
      continue;
    }
    still_sitting[key] = true;
    if (!same_place(*old->second, now)) diff.moved.push_back({*old->second, now});
  }
  for (std::size_t i = 0; i < old_side.sitting.size(); ++i)
    if (!still_sitting.contains(old_keys[i])) diff.left.push_back(old_side.sitting[i]);
  // The rows of ¶25 are the same in both versions, in the same order; without a Group, none sit.
  const auto& rows = new_side.exists ? new_side.rows : old_side.rows;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const int was = old_side.exists ? old_side.rows[r].filled() : 0;
    const int now = new_side.exists ? new_side.rows[r].filled() : 0;
    if (was == now) continue;
    diff.seats.push_back(
        {rows[r].kind->seat, rows[r].region, rows[r].capacity, rows[r].capacity_binds, was, now});
  }
  diff.chairs_before = chairs_of(old_side.sitting);
  diff.chairs_after = chairs_of(new_side.sitting);
  const model::Group* old_group = group::the_group(before);
  const model::Group* new_group = group::the_group(after);
  if (old_group && new_group) {  // a Group added or removed is told as such
    compare_fields(group_fields(), *old_group, *new_group, diff.fields);
    diff.members = member_changes(old_group->members, new_group->members);
  }
  return diff;
}

}  // namespace gcsj::diff
