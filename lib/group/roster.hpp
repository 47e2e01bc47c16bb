#pragma once
// Who sits on the Coordinating Group on a date (spec section 3): the one answer the rules and every
// view of the Group (`group seats`, `group terms`, the progress report, the portal) share, so that
// no view ever shows as sitting someone the rules say does not sit.

#include <optional>
#include <string_view>
#include <unordered_map>

#include "group/terms.hpp"
#include "i18n/message.hpp"
#include "model/date.hpp"
#include "model/group.hpp"
#include "model/partner_digest.hpp"
#include "model/registry.hpp"

namespace gcsj::group {

using PartnerIndex = std::unordered_map<std::string_view, const model::PartnerDigest*>;

// Why a member who sat before a date no longer does.
enum class Departure { term_ended, partner_withdrew, left_office };

// The last day a member sat before a date, and why that was the last.
struct LastDay {
  model::Date date;
  Departure reason;
};

class Roster {
 public:
  // The Group the rules judge (the first coordinating-group document; a second is itself a
  // finding) with the partners of `registry`; nullopt when the registry holds no Group.
  static std::optional<Roster> of(const model::Registry& registry);

  // `partners_known`: the whole registry was read, so a partner missing from `partners` does not
  // exist (with only some files named, it may exist elsewhere).
  Roster(const model::Group& group, PartnerIndex partners, bool partners_known);

  const model::Group& group() const { return *group_; }

  // The partner `member` represents, when the registry holds it.
  const model::PartnerDigest* partner_of(const model::Member& member) const;

  // The date the Group was established: its `established`, else its earliest term start.
  std::optional<model::Date> established() const { return established_; }
  // False before the Group was established: on such a date only the Director-General sits.
  bool exists_on(const model::Date& date) const;

  // True when `member` sits on `date`: a Director-General while in office (`in_office`: before
  // the Group is established too); another member when one of its terms covers the date, the
  // Group exists, and its partner is admitted on the date (model/partner_state.hpp). A member
  // whose partner is unknown sits by its terms when only some files were read.
  bool sits(const model::Member& member, const model::Date& date) const;

  // The Director-General in office on `date` (the first listed, should two be), or nullptr.
  const model::Member* director_general_on(const model::Date& date) const;

  // The term through which `member` sits on `date` (never for the Director-General).
  std::optional<CurrentTerm> sitting_term(const model::Member& member,
                                          const model::Date& date) const;

  // For a member who sat before `date` and does not sit on it: its last day, and why (a
  // Director-General: its `until`, having left office).
  std::optional<LastDay> last_day_before(const model::Member& member,
                                         const model::Date& date) const;

  // True when `partner` is admitted on `date`, or unknown in a registry not wholly read.
  bool partner_admitted_on(const model::Member& member, const model::Date& date) const;

 private:
  const model::Group* group_;
  PartnerIndex partners_;
  bool partners_known_;
  std::optional<model::Date> established_;
};

// The Group the rules judge: the first coordinating-group document.
inline const model::Group* the_group(const model::Registry& registry) {
  return registry.groups.empty() ? nullptr : &registry.groups.front();
}

// The partners the Group's members name, by id (the first of a duplicated id).
PartnerIndex partners_by_id(const model::Registry& registry);

// How a message names a member: its name (as written), or its position when unnamed ("the member
// at line 12").
i18n::Message member_label(const model::Member& member);

}  // namespace gcsj::group
