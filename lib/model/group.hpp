#pragma once
// The Coordinating Group as the registry describes it (spec section 3; GB.349/INS/4 ¶21-26).

#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/location.hpp"

namespace gcsj::model {

// The seats of ¶25, one per kind of member.
enum class Seat {
  director_general,       // ¶25(a)
  un_secretary_general,   // ¶25(b)
  government,             // ¶25(c)
  employers,              // ¶25(d)
  workers,                // ¶25(e)
  enterprise,             // ¶25(f)
  global_union,           // ¶25(g)
  un_system,              // ¶25(h)
  economic_organization,  // ¶25(h)
  regional_organization,  // ¶25(i)
  ngo,                    // ¶25(j)
  academic,               // ¶25(k)
};

// The regional groups of the ILO Government group (¶25(c) "on a regional basis").
enum class GovernmentRegion { africa, americas, asia_pacific, europe };

enum class Role { co_chair, vice_chair, member };
enum class MemberLevel { ministerial, equivalent, senior_official };  // ¶26
enum class Gender { woman, man, non_binary, undisclosed };
enum class Nominator {
  government_group,
  employers_group,
  workers_group,
  director_general,
  un_secretary_general,
};

// Why a term ended before its two years (`end_reason`, ¶23): one of these values; `other` with its
// words in `end_note`. A free text of a v1 registry is kept as written and read as `other`
// (model::end_reason_of), with the warning `end-reason`.
enum class EndReason { resigned, replaced, deceased, other };

struct Term {
  Location where;  // the start of the list item
  Field<Date> start;
  Field<Date> end;                // an earlier end (resignation, replacement)
  Field<std::string> end_reason;  // as written: an EndReason's name, or a free text (v1)
  Field<std::string> end_note;    // the reason in words: what `other` is, or more about a reason
  Field<Nominator> nominated_by;
  Field<std::string> evidence;
};

// A chair role held for part of a membership (v1.1 `roles`): from `since` to `until`, both
// included; no `until` leaves the end open (the role then ends with the terms that carry it).
struct RolePeriod {
  Location where;  // the start of the list item
  Field<Role> role;
  Field<Date> since;
  Field<Date> until;
};

struct Delegate {
  Location where;
  Field<std::string> name;
  Field<MemberLevel> level;
};

struct Member {
  Location where;  // the start of the list item
  Field<std::string> name;
  Field<std::string> partner;  // a partner id
  Field<Seat> seat;
  Field<GovernmentRegion> region;
  Field<Role> role;                      // held on every date
  Field<std::vector<RolePeriod>> roles;  // or dated (v1.1); located at the `roles` key
  Field<MemberLevel> level;
  Field<Gender> gender;
  std::vector<Delegate> delegates;
  Field<std::vector<Term>> terms;  // located at the `terms` key
  // The Director-General's period of office, both days included; either end may be open. Other
  // members serve `terms` instead.
  Field<Date> since;
  Field<Date> until;
};

// How outputs name a member: its name, or "(unnamed)".
inline std::string display_name(const Member& member) {
  return member.name ? member.name->value : std::string("(unnamed)");
}

struct Meeting {
  Location where;
  Field<Date> date;
};

struct RegionSeats {
  GovernmentRegion region;
  long seats = 0;
  Location where;
};

struct Group {
  Location where;           // the start of the document
  Location members_where;   // the `members` key (or the document when absent)
  Location meetings_where;  // the `meetings` key (or the members key when absent)
  Field<Date> established;
  Field<std::vector<RegionSeats>> government_seats;  // located at the key
  Field<double> gender_balance_max_share;
  std::vector<Member> members;
  std::vector<Meeting> meetings;
};

}  // namespace gcsj::model
