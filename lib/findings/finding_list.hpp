#pragma once
// The findings of a run as they are produced, with memory bounded by the input rather than by
// the number of findings: at most kMaxPerRuleAndFile findings of one rule in one file are kept;
// the others are counted, and take() turns each count into one finding that says how many more
// there were, with the severity of the worst of them, so the run still fails when it should.
// (A 12 MB file of 700,000 bare `kind: partner` documents once made four million findings.)
// The summary stands for the findings it counts (`Finding::summarises`): their first and last
// places, whether they share one seat, and the sum of their identities (findings/baseline.hpp),
// so that a waiver covers it only when it covers each of them, and --base matches it only with a
// summary of the same findings; a few bytes per rule and file, whatever their number.

#include <cstddef>
#include <functional>
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
  // reference returned is to a scratch finding the caller may fill in vain (its seat is counted).
  Finding& add(const Rule& rule, model::Location where, i18n::Message message,
               i18n::Message hint = {});

  // What a finding's location is about, where it is known (set by validate() while rules run):
  // each finding added gets its subject, so that those only counted are counted with it.
  using SubjectOf = std::function<Subject(const model::Location&)>;
  void set_subject_of(SubjectOf subject_of) { subject_of_ = std::move(subject_of); }
  // Gives `subject` to the findings kept from the `first` on whose subject is not known yet (the
  // YAML parser's, found before their document is read).
  void set_subjects_from(std::size_t first, const Subject& subject);

  // A point to come back to: the findings added after it, counted ones included, can be undone.
  struct Mark {
    std::size_t size = 0;
    std::vector<std::pair<std::size_t, Dropped>> dropped;  // (tally, dropped) where non-zero
  };
  Mark mark();
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
    Dropped dropped;
    Finding summary{};  // its rule, paragraph, place and seat; the worst severity dropped
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
  // Counts `finding` in the summary of `tally`.
  void count(Tally& tally, const Finding& finding);
  // Counts the finding left in `scratch_`, once its caller has filled it in.
  void count_pending();

  std::vector<Finding> items_;
  std::vector<Tally> tallies_;
  std::unordered_map<Key, std::size_t, KeyHash> index_;
  std::vector<std::size_t> with_drops_;  // tallies whose `dropped` is not zero
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  Finding scratch_;
  std::size_t pending_ = kNone;  // the tally of the finding in `scratch_`, not counted yet
  SubjectOf subject_of_;
};

}  // namespace gcsj::findings
