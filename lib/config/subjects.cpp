#include "config/subjects.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "model/enum_names.hpp"

namespace gcsj::config {

std::string entry_identity(const model::Member& member) {
  std::string out;
  // Each part with its length, so that no value can stand for two.
  const auto part = [&out](std::string_view value) {
    out.append(std::to_string(value.size())).append(":").append(value);
  };
  part(member.partner ? std::string_view(member.partner->value) : "");
  part(member.seat ? model::enum_name(member.seat->value) : "");
  part(member.region ? model::enum_name(member.region->value) : "");
  std::optional<model::Date> first;
  if (member.terms)
    for (const model::Term& term : member.terms->value)
      if (term.start && (!first || term.start->value < *first)) first = term.start->value;
  if (!first && member.since) first = member.since->value;
  part(first ? first->iso() : "");
  return out;
}

std::string anonymous_subject(std::uint64_t hash) {
  return fmt::format("{:016x}", hash);
}

void SubjectIndex::add_partner(const model::Location& where, std::string_view id,
                               std::uint64_t anonymous) {
  starts_.push_back({where, {id, "", false, false, {}, anonymous, id.empty()}});
  if (!id.empty()) partners_.insert(id);
}

void SubjectIndex::add_group(const model::Group& group) {
  has_group_ = true;
  starts_.push_back({group.where, {"", "", false, true, {}, 0, false}});
  // A member's entry ends where the next member's begins, or at a key of the Group that
  // follows the list.
  for (const model::Location& key :
       {group.members_where, group.meetings_where,
        group.established ? group.established->where : model::Location{},
        group.government_seats ? group.government_seats->where : model::Location{},
        group.gender_balance_max_share ? group.gender_balance_max_share->where : model::Location{}})
    if (key.line > 0 && key != group.where)
      starts_.push_back({key, {"", "", false, true, {}, 0, false}});
  for (const auto& member : group.members) {
    const std::string_view name = member.name ? std::string_view(member.name->value) : "";
    const std::string_view entry = entries_.emplace_back(entry_identity(member));
    starts_.push_back({member.where, {"", name, true, true, entry, 0, false}});
    if (!name.empty()) members_.insert(name);
  }
}

void SubjectIndex::sort() {
  std::stable_sort(starts_.begin(), starts_.end(),
                   [](const Start& a, const Start& b) { return a.where < b.where; });
}

SubjectIndex::SubjectIndex(const model::Registry& registry) {
  for (const auto& partner : registry.digests)
    add_partner(partner.where, partner.id ? std::string_view(partner.id->value) : "",
                partner.anonymous);
  for (const auto& group : registry.groups) add_group(group);
  sort();
}

SubjectIndex::SubjectIndex(std::span<const model::Partner> partners,
                           std::span<const model::Group> groups) {
  for (const auto& partner : partners)
    add_partner(partner.where, partner.id ? std::string_view(partner.id->value) : "",
                partner.anonymous);
  for (const auto& group : groups) add_group(group);
  sort();
}

std::size_t SubjectIndex::start_of(const model::Location& where) const {
  // The last subject starting at or before `where`, in the same file.
  auto it = std::upper_bound(starts_.begin(), starts_.end(), where,
                             [](const model::Location& w, const Start& s) { return w < s.where; });
  if (it == starts_.begin()) return kNone;
  --it;
  if (it->where.file != where.file) return kNone;
  return static_cast<std::size_t>(it - starts_.begin());
}

Subject SubjectIndex::of(const model::Location& where) const {
  const std::size_t start = start_of(where);
  return start == kNone ? Subject{} : starts_[start].subject;
}

findings::Subject SubjectIndex::subject_of(const model::Location& where) const {
  const Subject s = of(where);
  return {std::string(s.partner),
          std::string(s.member),
          s.in_member,
          s.in_group,
          false,
          std::string(s.entry),
          s.is_anonymous ? anonymous_subject(s.anonymous) : std::string()};
}

bool SubjectIndex::same_subject(const model::Location& first, const model::Location& last) const {
  return first.file == last.file && start_of(first) == start_of(last);
}

void assign_subjects(const SubjectIndex& subjects, std::vector<findings::Finding>& findings) {
  for (findings::Finding& f : findings) {
    if (!f.summarises) {
      if (f.subject.empty()) f.subject = subjects.subject_of(f.where);
    } else if (!f.summarises->one_subject) {
      f.subject = findings::Subject{};
      f.subject.several = true;
    } else if (f.subject.empty()) {  // unknown when counted: found from their places
      if (subjects.same_subject(f.summarises->first, f.summarises->last)) {
        f.subject = subjects.subject_of(f.summarises->first);
      } else {
        f.subject = findings::Subject{};
        f.subject.several = true;
      }
    }
    findings::settle_seat_subject(f);
  }
}

}  // namespace gcsj::config
