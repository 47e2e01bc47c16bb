#pragma once
// What changed in the Coalition between two dates: the events of the period (FROM, TO] as typed
// data (kinds, dates, paragraphs, ids and the registry locations they come from, never words),
// shared by `gcsj changes`, the period sections of `gcsj report` and the portal's news and feed,
// so the three can never disagree. The Group's events are read from group::Roster, the one
// answer to "who sits on D" that `gcsj group seats` gives too.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/forum.hpp"
#include "model/group.hpp"
#include "model/location.hpp"
#include "model/partner.hpp"
#include "model/registry.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::changes {

// The kinds of event, in the order events of one date are listed.
enum class Kind {
  group_established,    // ¶21: the Coordinating Group exists from this date
  partner_admitted,     // ¶18: a partner from this date
  partner_published,    // ¶18: made public from this date (its `published`, after admission)
  partner_withdrew,     // ¶18: no longer a partner from this date
  application_pending,  // ¶18: applied (declared its adherence) and not decided on TO
  member_left,          // a member no longer sits from this date
  member_joined,        // a member sits from this date
  member_renewed,       // ¶23: a first term followed by the renewal, without a gap
  chair_changed,        // ¶25(a), (c)-(e): the holder of a chair is another (or none)
  seat_vacated,         // ¶25: seats of a row fell vacant
  seat_filled,          // ¶25: vacant seats of a row were filled
  action_completed,     // ¶17: completed, dated by its latest progress entry
  forum_session,        // ¶39-42: a session of the Forum held, dated by its first day
};

// Why a member no longer sits.
enum class LeaveReason {
  term_ended,        // ¶23: the full two years ran out
  ended_early,       // ¶23: an `end` before the full two years (with `end_reason` when given)
  partner_withdrew,  // ¶21: members serve while their partner is a partner
  other,             // the Group's data changed otherwise (a registry with errors)
};

// A host of a session of the Forum (¶42): `ilo`, the Office, or a partner.
struct ForumHost {
  std::string id;                           // as the registry writes it: `ilo` or a partner id
  const model::Partner* partner = nullptr;  // the partner it names, when the registry has it
  // The public outputs may name it: `ilo`, or a partner public on TO (model::is_public_on, ¶18
  // `published`). The others are left out of public outputs, never named there.
  bool is_public = false;
};

// One event. `kind` says which of the fields below apply; the others keep their defaults.
struct Change {
  Kind kind = Kind::partner_admitted;
  // The first day of the new state: the admission date, the withdrawal date (no longer a
  // partner on it), the first day a member sits or no longer sits, the last dated progress.
  model::Date date;
  std::string_view paragraph;  // "18", "25(d)"
  model::Location where;       // the registry entry the event comes from
  std::string key;             // the id it sorts by: a partner id, a member's name, a seat
  // True when the portal may tell it: a new partner (its admission, or its publication when the
  // secretariat made it public after admitting it: then the admission is not public, the
  // publication tells it) or a completed action of a partner still public on TO, and every
  // event of the Group (a member's partner named only while public on TO). Withdrawals and
  // applications are counted there, never named.
  bool is_public = true;

  // Partner events, completed actions, and the partner a member represents (when known).
  const model::Partner* partner = nullptr;
  // The partner is public on TO (model::is_public_on): admitted, not an application, and made
  // public by then (its `published` date, if it has one, on or before TO).
  bool partner_public = false;
  // The ILO region the partner is counted in (refdata::partner_region): its country's when it
  // acts in one country; empty when it is international (`international`) or names no country.
  std::string_view ilo_region;
  bool international = false;  // international by its category or scope, whatever its country

  // Member events and chair changes.
  const model::Member* member = nullptr;  // member_* events
  std::optional<model::Seat> seat;        // member, chair and seat events
  std::optional<model::GovernmentRegion> region;
  int term_number = 0;  // member_joined, member_renewed: 1 or 2; 0 for the Director-General
  std::optional<model::Date> term_end;  // member_joined, member_renewed: the term's last day
  std::optional<model::Date> last_day;  // member_left: the last day the member sat
  LeaveReason reason = LeaveReason::other;
  std::optional<std::string> end_reason;  // member_left, ended_early: the registry's `end_reason`
  std::optional<std::string> end_note;    // and its `end_note`

  std::optional<model::Role> role;          // chair_changed
  const model::Member* previous = nullptr;  // chair_changed: who held it before (or none)
  const model::Member* next = nullptr;      // chair_changed: who holds it now (or none)

  int seats = 0;  // seat_vacated, seat_filled: how many seats of the row

  const model::Action* action = nullptr;  // action_completed
  int action_number = 0;                  // its 1-based position in the partner's `actions`

  // forum_session: the session (its date, end, title, place, format), its hosts in the
  // registry's order, and how many initiatives were showcased or announced there (¶40), in all
  // and by partners public on TO (what public outputs count: the others are not named). Always
  // public: a session held is a public fact; a host not public on TO is never named there.
  const model::ForumSession* session = nullptr;
  std::vector<ForumHost> hosts;
  int initiatives = 0;
  int public_initiatives = 0;
};

// The Coordinating Group on one date, as `gcsj group seats` shows it.
struct RegionBalance {
  model::GovernmentRegion region;
  int sitting = 0;
  std::optional<int> seats;  // when `government_seats` binds the region
};

// Sitting members by declared gender (¶26): woman, man, non-binary, undisclosed, not stated.
inline constexpr std::size_t kGenderCounts = 5;

struct Balance {
  model::Date date;
  bool established = false;  // false before the Group exists: only the Director-General sits
  int sitting = 0;           // every sitting member, the Director-General included
  std::array<RegionBalance, 4> government{};  // ¶25(c), in the order of GovernmentRegion
  std::array<int, kGenderCounts> gender{};
};

struct Changes {
  model::Date from;            // exclusive: the state on this date is the "before"
  model::Date to;              // inclusive: the state on this date is the "after"
  std::vector<Change> events;  // sorted by date, then kind, then key (then location)
  // Applications (v1.1) counted, never named: received in the period (their `applied` date) and
  // declined in it (their `declined` date). A declined application is no event.
  int applications_received = 0;
  int applications_declined = 0;
  // Pending on TO but declined since (v1.1): counted with the pending applications, never named.
  int applications_pending_declined_later = 0;
  std::optional<Balance> before;  // when the registry has a Group
  std::optional<Balance> after;
};

// The events of (from, to]; needs a registry loaded with its whole partners, and from < to.
Changes compute_changes(const model::Registry& registry, const model::Date& from,
                        const model::Date& to, const refdata::ReferenceData& reference);

// How many events of each sort a period holds.
struct Counts {
  int admitted = 0;        // partner_admitted
  int published = 0;       // partner_published: made public in the period, admitted before
  int withdrew = 0;        // partner_withdrew
  int applications = 0;    // application_pending, and those declined since (unnamed)
  int received = 0;        // applications received in the period (Changes::applications_received)
  int declined = 0;        // applications declined in the period (Changes::applications_declined)
  int group = 0;           // every event of the Coordinating Group
  int completed = 0;       // action_completed
  int forum_sessions = 0;  // forum_session
};
Counts count(const Changes& changes);

// The events of one kind, pointing into `changes` (so never of a temporary).
std::vector<const Change*> of_kind(const Changes& changes, Kind kind);
std::vector<const Change*> of_kind(const Changes&& changes, Kind kind) = delete;

// True for the kinds that tell of the Coordinating Group.
bool is_group_event(Kind kind);

// True for the kinds that tell the public of a new partner: its admission, or its publication
// when the secretariat made it public after admitting it (¶18). Public views list both as new
// partners, each on its date.
bool is_new_partner(Kind kind);

}  // namespace gcsj::changes
