#pragma once
// What a finding is about, for the waivers of the configuration: the partner document or the
// Group member entry its location lies in, or the Group document itself. Built once for a
// registry, so that matching W waivers against N findings costs O((N + W) log N), not O(N * W).

#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/location.hpp"
#include "model/registry.hpp"

namespace gcsj::config {

struct Subject {
  std::string_view partner;  // the id of the partner whose document holds the location, or ""
  std::string_view member;   // the name of the Group member whose entry holds it, or ""
  bool in_group = false;     // the location lies in the coordinating-group document
};

class SubjectIndex {
 public:
  explicit SubjectIndex(const model::Registry& registry);

  Subject of(const model::Location& where) const;

  bool has_partner(std::string_view id) const { return partners_.contains(id); }
  bool has_member(std::string_view name) const { return members_.contains(name); }
  bool has_group() const { return has_group_; }

 private:
  struct Start {
    model::Location where;
    Subject subject;
  };
  std::vector<Start> starts_;  // where each subject begins, sorted by location
  std::unordered_set<std::string_view> partners_;
  std::unordered_set<std::string_view> members_;
  bool has_group_ = false;
};

}  // namespace gcsj::config
