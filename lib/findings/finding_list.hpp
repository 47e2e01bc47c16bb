#pragma once
// The findings of a run as they are produced, with memory bounded by the input rather than by
// the number of findings: at most kMaxPerRuleAndFile findings of one rule in one file are kept;
// the others are counted, and take() turns each count into one finding that says how many more
// there were, with the severity of the worst of them, so the run still fails when it should.
// (A 12 MB file of 700,000 bare `kind: partner` documents once made four million findings.)

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "findings/finding.hpp"

namespace gcsj::findings {

struct Rule;

class FindingList {
 public:
  static constexpr std::size_t kMaxPerRuleAndFile = 1000;

  // Adds a finding of `rule` at `where`. Past the limit, the finding is only counted, and the
  // reference returned is to a scratch finding the caller may fill in vain.
  Finding& add(const Rule& rule, model::Location where, i18n::Message message,
               i18n::Message hint = {});

  // A point to come back to: the findings added after it, counted ones included, can be undone.
  struct Mark {
    std::size_t size = 0;
    std::vector<std::pair<std::size_t, std::size_t>> dropped;  // (tally, dropped) where non-zero
  };
  Mark mark() const;
  void rollback(const Mark& mark);

  // Moves every finding of `other` here, after these, under the same limit.
  void absorb(FindingList&& other);

  // The findings kept, then one finding for each rule and file whose findings were only counted.
  std::vector<Finding> take();

  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  Finding& operator[](std::size_t i) { return items_[i]; }
  const Finding& operator[](std::size_t i) const { return items_[i]; }
  auto begin() { return items_.begin(); }
  auto end() { return items_.end(); }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }

 private:
  struct Tally {
    model::FileId file;
    std::string_view rule;
    std::size_t kept = 0;
    std::size_t dropped = 0;
    Finding first_dropped;  // its rule, paragraph and place; the worst severity dropped
  };
  struct Key {
    model::FileId file;
    std::string_view rule;
    friend bool operator==(const Key&, const Key&) = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& key) const {
      return std::hash<std::string_view>()(key.rule) * 31 + key.file;
    }
  };

  Tally& tally_of(model::FileId file, std::string_view rule);
  // Keeps `finding`, or counts it when its rule has reached the limit in its file.
  Finding& keep_or_count(Finding&& finding);

  std::vector<Finding> items_;
  std::vector<Tally> tallies_;
  std::unordered_map<Key, std::size_t, KeyHash> index_;
  std::vector<std::size_t> with_drops_;  // tallies whose `dropped` is not zero
  Finding scratch_;
};

}  // namespace gcsj::findings
