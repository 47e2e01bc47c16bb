#include "findings/finding_list.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "findings/baseline.hpp"
#include "findings/rule.hpp"

namespace gcsj::findings {

FindingList::Tally& FindingList::tally_of(model::FileId file, std::string_view rule) {
  const auto [it, inserted] = index_.try_emplace(Key{file, rule}, tallies_.size());
  if (inserted) tallies_.push_back(Tally{file, rule, 0, {}, {}});
  return tallies_[it->second];
}

void FindingList::count(Tally& tally, const Finding& finding) {
  Dropped& dropped = tally.dropped;
  if (dropped.count == 0) {
    with_drops_.push_back(static_cast<std::size_t>(&tally - tallies_.data()));
    tally.summary = Finding{};
    tally.summary.severity = finding.severity;
    tally.summary.rule = finding.rule;
    tally.summary.paragraph = finding.paragraph;
    tally.summary.seat = finding.seat;
    tally.summary.subject = finding.subject;
    dropped = Dropped{0, 0, finding.where, finding.where, true, true};
  } else {
    tally.summary.severity = std::max(tally.summary.severity, finding.severity);
    dropped.first = std::min(dropped.first, finding.where);
    dropped.last = std::max(dropped.last, finding.where);
    if (finding.seat != tally.summary.seat) dropped.one_seat = false;
    if (dropped.one_subject && finding.subject != tally.summary.subject)
      dropped.one_subject = false;
  }
  ++dropped.count;
  dropped.identities += identity_hash(finding);
}

void FindingList::count_pending() {
  if (pending_ == kNone) return;
  settle_seat_subject(scratch_);
  count(tallies_[pending_], scratch_);
  pending_ = kNone;
}

Finding& FindingList::keep_or_count(Finding&& finding) {
  count_pending();
  Tally& tally = tally_of(finding.where.file, finding.rule);
  if (tally.kept < kMaxPerRuleAndFile) {
    ++tally.kept;
    return items_.emplace_back(std::move(finding));
  }
  // Counted once its caller has filled it in (a Group rule sets its seat after adding it).
  scratch_ = std::move(finding);
  pending_ = static_cast<std::size_t>(&tally - tallies_.data());
  return scratch_;
}

void FindingList::set_subjects_from(std::size_t first, const Subject& subject) {
  count_pending();
  for (std::size_t i = first; i < items_.size(); ++i)
    if (items_[i].subject.empty()) items_[i].subject = subject;
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
  if (subject_of_) f.subject = subject_of_(where);
  return keep_or_count(std::move(f));
}

FindingList::Mark FindingList::mark() {
  count_pending();
  Mark mark{items_.size(), {}};
  for (const std::size_t t : with_drops_) mark.dropped.emplace_back(t, tallies_[t].dropped);
  return mark;
}

void FindingList::rollback(const Mark& mark) {
  count_pending();
  for (std::size_t i = mark.size; i < items_.size(); ++i)
    --tally_of(items_[i].where.file, items_[i].rule).kept;
  items_.resize(mark.size);
  std::vector<std::size_t> still;
  for (const std::size_t t : with_drops_) {
    const auto before = std::find_if(mark.dropped.begin(), mark.dropped.end(),
                                     [t](const auto& entry) { return entry.first == t; });
    tallies_[t].dropped = before == mark.dropped.end() ? Dropped{} : before->second;
    if (tallies_[t].dropped.count > 0) still.push_back(t);
  }
  with_drops_ = std::move(still);
}

void FindingList::absorb(FindingList&& other) {
  count_pending();
  other.count_pending();
  if (items_.empty() && tallies_.empty()) {
    SubjectOf subject_of = std::move(subject_of_);
    *this = std::move(other);
    subject_of_ = std::move(subject_of);
    other = FindingList{};
    return;
  }
  // Grown geometrically: a registry's findings are absorbed a document at a time, and reserving
  // just what one more document needs moved every finding kept at each (quadratic: 10,000
  // partners with four findings each took minutes).
  const std::size_t needed = items_.size() + other.items_.size();
  if (needed > items_.capacity()) items_.reserve(std::max(needed, 2 * items_.capacity()));
  for (Finding& f : other.items_) keep_or_count(std::move(f));
  count_pending();
  for (const std::size_t t : other.with_drops_) {
    const Tally& theirs = other.tallies_[t];
    Tally& ours = tally_of(theirs.file, theirs.rule);
    if (ours.dropped.count == 0) {
      with_drops_.push_back(static_cast<std::size_t>(&ours - tallies_.data()));
      ours.summary = theirs.summary;
      ours.dropped = theirs.dropped;
      continue;
    }
    ours.summary.severity = std::max(ours.summary.severity, theirs.summary.severity);
    ours.dropped.first = std::min(ours.dropped.first, theirs.dropped.first);
    ours.dropped.last = std::max(ours.dropped.last, theirs.dropped.last);
    ours.dropped.one_seat = ours.dropped.one_seat && theirs.dropped.one_seat &&
                            ours.summary.seat == theirs.summary.seat;
    ours.dropped.one_subject = ours.dropped.one_subject && theirs.dropped.one_subject &&
                               ours.summary.subject == theirs.summary.subject;
    ours.dropped.count += theirs.dropped.count;
    ours.dropped.identities += theirs.dropped.identities;
  }
  other = FindingList{};
}

std::vector<Finding> FindingList::take() {
  count_pending();
  std::vector<Finding> out = std::move(items_);
  for (const std::size_t t : with_drops_) {
    Tally& tally = tallies_[t];
    Finding note = std::move(tally.summary);
    // Where the first of them is; about a seat only when each of them is about that seat.
    note.where = tally.dropped.first;
    if (!tally.dropped.one_seat) note.seat.reset();
    note.message = i18n::msg_n(
        "{count} more finding of this rule in this file is not shown: gcsj shows at most {limit} "
        "of one rule in one file",
        "{count} more findings of this rule in this file are not shown: gcsj shows at most "
        "{limit} of one rule in one file",
        tally.dropped.count, i18n::arg("limit", kMaxPerRuleAndFile));
    note.hint = i18n::msg("fix the findings shown, then run gcsj again");
    note.summarises = tally.dropped;
    out.push_back(std::move(note));
  }
  *this = FindingList{};
  return out;
}

}  // namespace gcsj::findings
