#pragma once
// What a finding is about, for the waivers of the configuration and for recognising a finding in
// two versions (findings/baseline.hpp): the partner document or the Group member entry its
// location lies in, or the Group document itself. Built once for a registry, so that finding the
// subjects of N findings costs O(N log S), and matching W waivers against them O(N + W).

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "findings/finding.hpp"
#include "model/group.hpp"
#include "model/location.hpp"
#include "model/partner.hpp"
#include "model/registry.hpp"

namespace gcsj::config {

struct Subject {
  std::string_view partner;  // the id of the partner whose document holds the location, or ""
  std::string_view member;   // the name of the Group member whose entry holds it, or ""
  bool in_member = false;    // the location lies in a member's entry, named or not
  bool in_group = false;     // the location lies in the coordinating-group document
  std::string_view entry;    // findings::Subject::entry
  // A partner document without an id: findings::Subject::anonymous, written out by subject_of()
  // only (a registry of bare documents has as many subjects).
  std::uint64_t anonymous = 0;
  bool is_anonymous = false;
};

// What tells a member's entry from the others of its name (or from other unnamed entries): its
// partner, seat and region, and the first day it sits (its earliest term's start, or `since`). It
// does not depend on where the entry stands in the list.
std::string entry_identity(const model::Member& member);

// The anonymous subject of a document without an id, from its hash (findings::Subject::anonymous).
std::string anonymous_subject(std::uint64_t hash);

class SubjectIndex {
 public:
  explicit SubjectIndex(const model::Registry& registry);
  // The subjects of a few documents only (those the document rules are judging).
  SubjectIndex(std::span<const model::Partner> partners, std::span<const model::Group> groups);

  Subject of(const model::Location& where) const;
  findings::Subject subject_of(const model::Location& where) const;
  // True when no subject begins after `first` and at or before `last` (of one file): every
  // location between them has the subject of `first`.
  bool same_subject(const model::Location& first, const model::Location& last) const;

  bool has_partner(std::string_view id) const { return partners_.contains(id); }
  bool has_member(std::string_view name) const { return members_.contains(name); }
  bool has_group() const { return has_group_; }

 private:
  struct Start {
    model::Location where;
    Subject subject;
  };
  void add_partner(const model::Location& where, std::string_view id, std::uint64_t anonymous);
  void add_group(const model::Group& group);
  void sort();
  // The index of the last subject starting at or before `where` in its file, or kNone.
  std::size_t start_of(const model::Location& where) const;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  std::vector<Start> starts_;  // where each subject begins, sorted by location
  std::unordered_set<std::string_view> partners_;
  std::unordered_set<std::string_view> members_;
  std::deque<std::string> entries_;  // the members' entry_identity(), which `entry` views
  bool has_group_ = false;
};

// Sets the subject of each finding whose subject is not known yet (a finding of the loader in
// the Group's document): of its location; for the summary of findings not kept, the subject of
// the first of them when every one of them has it (`several` when not). A finding that concerns
// a seat (`seat` set) is about that seat in the Group, not about the member entry it lies in.
void assign_subjects(const SubjectIndex& subjects, std::vector<findings::Finding>& findings);

}  // namespace gcsj::config
