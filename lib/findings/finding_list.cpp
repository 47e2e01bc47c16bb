#include "findings/finding_list.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "findings/rule.hpp"

namespace gcsj::findings {

FindingList::Tally& FindingList::tally_of(model::FileId file, std::string_view rule) {
  const auto [it, inserted] = index_.try_emplace(Key{file, rule}, tallies_.size());
  if (inserted) tallies_.push_back(Tally{file, rule, 0, 0, {}});
  return tallies_[it->second];
}

Finding& FindingList::keep_or_count(Finding&& finding) {
  Tally& tally = tally_of(finding.where.file, finding.rule);
  if (tally.kept < kMaxPerRuleAndFile) {
    ++tally.kept;
    return items_.emplace_back(std::move(finding));
  }
  if (tally.dropped++ == 0) {
    with_drops_.push_back(static_cast<std::size_t>(&tally - tallies_.data()));
    tally.first_dropped = std::move(finding);
    tally.first_dropped.message = {};
    tally.first_dropped.hint = {};
    tally.first_dropped.related.clear();
  } else {
    tally.first_dropped.severity = std::max(tally.first_dropped.severity, finding.severity);
  }
  scratch_ = Finding{};
  return scratch_;
}

Finding& FindingList::add(const Rule& rule, model::Location where, i18n::Message message,
                          i18n::Message hint) {
  Finding f;
  f.severity = rule.severity;
  f.rule = rule.id;
  f.paragraph = rule.paragraph;
  f.where = where;
  f.message = std::move(message);
  f.hint = std::move(hint);
  return keep_or_count(std::move(f));
}

FindingList::Mark FindingList::mark() const {
  Mark mark{items_.size(), {}};
  for (const std::size_t t : with_drops_) mark.dropped.emplace_back(t, tallies_[t].dropped);
  return mark;
}

void FindingList::rollback(const Mark& mark) {
  for (std::size_t i = mark.size; i < items_.size(); ++i)
    --tally_of(items_[i].where.file, items_[i].rule).kept;
  items_.resize(mark.size);
  std::vector<std::size_t> still;
  for (const std::size_t t : with_drops_) {
    const auto before = std::find_if(mark.dropped.begin(), mark.dropped.end(),
                                     [t](const auto& entry) { return entry.first == t; });
    tallies_[t].dropped = before == mark.dropped.end() ? 0 : before->second;
    if (tallies_[t].dropped > 0) still.push_back(t);
  }
  with_drops_ = std::move(still);
}

void FindingList::absorb(FindingList&& other) {
  if (items_.empty() && tallies_.empty()) {
    *this = std::move(other);
    return;
  }
  items_.reserve(items_.size() + other.items_.size());
  for (Finding& f : other.items_) keep_or_count(std::move(f));
  for (const std::size_t t : other.with_drops_) {
    const Tally& theirs = other.tallies_[t];
    Tally& ours = tally_of(theirs.file, theirs.rule);
    if (ours.dropped == 0) {
      with_drops_.push_back(static_cast<std::size_t>(&ours - tallies_.data()));
      ours.first_dropped = theirs.first_dropped;
    } else {
      ours.first_dropped.severity =
          std::max(ours.first_dropped.severity, theirs.first_dropped.severity);
    }
    ours.dropped += theirs.dropped;
  }
  other = FindingList{};
}

std::vector<Finding> FindingList::take() {
  std::vector<Finding> out = std::move(items_);
  for (const std::size_t t : with_drops_) {
    Tally& tally = tallies_[t];
    Finding note = std::move(tally.first_dropped);
    note.message = i18n::msg_n(
        "{count} more finding of this rule in this file is not shown: gcsj shows at most {limit} "
        "of one rule in one file",
        "{count} more findings of this rule in this file are not shown: gcsj shows at most "
        "{limit} of one rule in one file",
        tally.dropped, i18n::arg("limit", kMaxPerRuleAndFile));
    note.hint = i18n::msg("fix the findings shown, then run gcsj again");
    out.push_back(std::move(note));
  }
  *this = FindingList{};
  return out;
}

}  // namespace gcsj::findings
