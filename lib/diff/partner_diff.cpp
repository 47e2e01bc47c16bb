// The partners of two versions of a registry, matched by id, and the fields of each that moved.

#include <map>
#include <set>
#include <string_view>

#include "diff/field_values.hpp"
#include "diff/registry_diff.hpp"
#include "model/partner_state.hpp"

namespace gcsj::diff {
namespace {

template <class T>
std::optional<T> value_of(const model::Field<T>& field) {
  return field ? std::optional<T>(field->value) : std::nullopt;
}

const std::vector<model::Action>& actions_of(const model::Partner& partner) {
  static const std::vector<model::Action> kNone;
  return partner.actions ? partner.actions->value : kNone;
}

// Actions matched by title, equal titles in order: added, ended, and those whose status or other
// fields moved.
std::vector<ActionChange> diff_actions(const model::Partner& before, const model::Partner& after) {
  const auto& old_actions = actions_of(before);
  const auto& new_actions = actions_of(after);
  std::map<std::optional<std::string>, std::vector<std::size_t>> waiting;  // title: older ones
  for (std::size_t i = old_actions.size(); i-- > 0;)
    waiting[value_of(old_actions[i].title)].push_back(i);  // reversed: back() is the first
  std::vector<bool> matched(old_actions.size(), false);
  std::vector<ActionChange> changes;
  for (const model::Action& action : new_actions) {
    auto title = value_of(action.title);
    auto& candidates = waiting[title];
    if (candidates.empty()) {
      changes.push_back({ActionChangeKind::added,
                         std::move(title),
                         {std::nullopt, model::status_of(action)},
                         action.where,
                         {}});
      continue;
    }
    const model::Action& old = old_actions[candidates.back()];
    matched[candidates.back()] = true;
    candidates.pop_back();
    std::vector<FieldMove> fields;
    compare_fields(action_fields(), old, action, fields);
    const bool status_moved = model::status_of(old) != model::status_of(action);
    if (status_moved || !fields.empty())
      changes.push_back({status_moved ? ActionChangeKind::status : ActionChangeKind::changed,
                         std::move(title),
                         {model::status_of(old), model::status_of(action)},
                         action.where,
                         std::move(fields)});
  }
  for (std::size_t i = 0; i < old_actions.size(); ++i)
    if (!matched[i])
      changes.push_back({ActionChangeKind::ended,
                         value_of(old_actions[i].title),
                         {model::status_of(old_actions[i]), std::nullopt},
                         old_actions[i].where,
                         {}});
  return changes;
}

bool has_changes(const PartnerChange& c) {
  return !c.fields.empty() || !c.actions.empty();
}

PartnerRef ref_of(const model::Partner& partner) {
  return {partner.id->value, value_of(partner.name), value_of(partner.category),
          value_of(partner.status), partner.where};
}

// The partners of `registry` by id, the first of a duplicated id; partners without an id are not
// compared (they are a finding of their own).
std::map<std::string_view, const model::Partner*> by_id(const model::Registry& registry) {
  std::map<std::string_view, const model::Partner*> index;
  for (const model::Partner& partner : registry.partners)
    if (partner.id) index.emplace(partner.id->value, &partner);
  return index;
}

}  // namespace

const FieldMove* PartnerChange::field(std::string_view key) const {
  for (const FieldMove& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}

PartnerChange diff_partner(const model::Partner& before, const model::Partner& after) {
  PartnerChange c;
  c.id = after.id ? after.id->value : std::string();
  c.where = after.where;
  compare_fields(partner_fields(), before, after, c.fields);
  c.actions = diff_actions(before, after);
  return c;
}

RegistryDiff diff_registries(const model::Registry& before, const model::Registry& after,
                             const model::Date& on, util::Progress* progress) {
  RegistryDiff diff;
  util::Progress& compared = util::progress_or_none(progress);
  compared.begin(util::Stage::partners_compared, after.partners.size());
  const auto old_index = by_id(before);
  const auto new_index = by_id(after);
  std::set<std::string_view> seen;
  for (const model::Partner& partner : after.partners) {
    compared.advance(util::Stage::partners_compared);
    if (!partner.id || !seen.insert(partner.id->value).second) continue;
    const auto old = old_index.find(partner.id->value);
    if (old == old_index.end()) {
      if (model::is_declined(partner))
        ++diff.declined_applications;
      else
        diff.added.push_back(ref_of(partner));
      continue;
    }
    PartnerChange change = diff_partner(*old->second, partner);
    if (!has_changes(change)) continue;
    // Declined after the change: an application declined, or a declined one edited. (One
    // declined before and not after has been reconsidered: it is named, as what it now is.)
    if (model::is_declined(partner))
      ++diff.declined_applications;
    else
      diff.changed.push_back(std::move(change));
  }
  seen.clear();
  for (const model::Partner& partner : before.partners)
    if (partner.id && seen.insert(partner.id->value).second &&
        !new_index.contains(partner.id->value)) {
      if (model::is_declined(partner))
        ++diff.declined_applications;
      else
        diff.removed.push_back(ref_of(partner));
    }
  diff.group = diff_group(before, after, on);
  diff.forum = diff_forum(before, after);
  return diff;
}

}  // namespace gcsj::diff
