#pragma once
// What a change does to a registry in governance terms: the partners it adds and removes, the
// fields of each partner that moved, and the Coordinating Group on a date before and after it
// (roster, seats and chairs, from group::Roster: the one answer to "who sits on D"). Typed data
// only: enums, ids, dates and locations, never words; render/diff/diff_report.hpp writes them.
// Partners are matched by id, actions by title (in order, for equal titles), members by name.
// Every key of the format a view, the portal or a rule reads is compared (field_values.hpp).

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/group.hpp"
#include "model/location.hpp"
#include "model/partner.hpp"
#include "model/registry.hpp"
#include "util/progress.hpp"

namespace gcsj::diff {

// A value before and after the change; nullopt where the version has none.
template <class T>
struct Moved {
  std::optional<T> before;
  std::optional<T> after;
};

// A partner added or removed.
struct PartnerRef {
  std::string id;
  std::optional<std::string> name;
  std::optional<model::Category> category;
  std::optional<model::Status> status;
  model::Location where;  // in the version that holds it
};

// A value of the registry as it is written, for showing and comparing: registry text (a name, a
// title: escaped where it is shown), a word of the format (an enumerated value, an ISO date), a
// number, a boolean, a list, or a mapping (`accreditation`, a term); `none` where a mapping's key
// is absent.
struct Value {
  enum class Kind { none, text, word, integer, decimal, boolean, list, mapping };
  Kind kind = Kind::none;
  std::string text;  // text, word
  long integer = 0;
  double decimal = 0;
  bool boolean = false;
  std::string key;           // an entry of a mapping: its key
  std::vector<Value> items;  // list: its items; mapping: its entries, in the format's order

  friend bool operator==(const Value&, const Value&) = default;
};

// A field of the format that moved: its key as the registry writes it (`website`,
// `adherence.levels`; `sdgs` of an action), its value before and after (nullopt: absent or
// unreadable in that version).
struct FieldMove {
  std::string_view key;
  std::optional<Value> before;
  std::optional<Value> after;
};

// A key of the format a comparison leaves out on purpose, and why (tests hold the lists of keys
// compared and not compared against the loader's key tables, so that no key is forgotten).
struct NotCompared {
  std::string_view key;
  std::string_view reason;
};

enum class ActionChangeKind {
  added,    // listed after the change only
  ended,    // listed before the change only
  status,   // listed in both, its status moved (pledged, ongoing, completed), maybe more fields
  changed,  // listed in both, its status unchanged, other fields moved
};

struct ActionChange {
  ActionChangeKind kind;
  std::optional<std::string> title;
  Moved<model::ActionStatus> status;  // `before` unset for added, `after` for ended
  model::Location where;              // the action in the newer version (ended: the older)
  std::vector<FieldMove> fields;      // status and changed: the other fields that moved
};

// A partner in both versions whose fields moved.
struct PartnerChange {
  std::string id;
  model::Location where;          // in the newer version
  std::vector<FieldMove> fields;  // in the order of the format's key tables
  std::vector<ActionChange> actions;

  // The move of the field `key`, or null.
  const FieldMove* field(std::string_view key) const;
};

// A member sitting on the date.
struct Sitting {
  std::optional<std::string> name;
  std::optional<std::string> partner;
  std::optional<model::Seat> seat;
  std::optional<model::GovernmentRegion> region;
  model::Role role = model::Role::member;
  model::Location where;
};

// A member sitting before and after, in another seat, region or role.
struct MemberMove {
  Sitting before;
  Sitting after;
};

// A row of the seat table (¶25) whose sitting members changed in number.
struct SeatCount {
  model::Seat seat;
  std::optional<model::GovernmentRegion> region;  // the government seats of one region
  int capacity = 0;
  bool capacity_binds = true;
  int before = 0;
  int after = 0;
};

enum class MemberChangeKind {
  added,    // listed in the Group's `members` after the change only
  removed,  // listed before the change only
  changed,  // listed in both (matched by name), fields moved
};

// A member of the Group's list (whether or not it sits on the date) added, removed or changed.
struct MemberChange {
  MemberChangeKind kind;
  std::optional<std::string> name;
  std::optional<std::string> partner;
  model::Location where;          // in the newer version (removed: the older)
  std::vector<FieldMove> fields;  // changed: the fields that moved
};

struct GroupDiff {
  model::Date on;
  bool before_exists = false;  // a coordinating-group document in the version
  bool after_exists = false;
  bool before_established = false;  // the Group existed on the date (¶21)
  bool after_established = false;
  std::vector<Sitting> joined;  // sits after the change, not before
  std::vector<Sitting> left;    // sat before the change, not after
  std::vector<MemberMove> moved;
  std::vector<SeatCount> seats;
  // The co-chairs and vice-chairs sitting on the date, before and after (¶25(a), (c)-(e)).
  std::vector<Sitting> chairs_before;
  std::vector<Sitting> chairs_after;
  // The Group's own fields that moved (`established`, `government_seats`, `meetings`...), and its
  // list of members, whatever the date: a term that ends or starts later, a member's gender.
  std::vector<FieldMove> fields;
  std::vector<MemberChange> members;

  bool chairs_changed() const;
  bool empty() const;
};

enum class SessionChangeKind {
  added,    // a session of the Forum on a date the older version has none on
  removed,  // a session on a date the newer version has none on
  changed,  // a session on the same date in both, keys that moved
};

// A session of the Forum (¶39-42) added, removed or changed, matched by its date (sessions of
// one date in the document's order).
struct SessionChange {
  SessionChangeKind kind;
  model::Date date;
  model::Location where;                 // in the newer version (removed: the older)
  std::vector<std::string_view> fields;  // changed: the keys that moved, in the format's order
};

struct RegistryDiff {
  std::vector<PartnerRef> added;    // by id, in the newer version's order
  std::vector<PartnerRef> removed;  // by id, in the older version's order
  std::vector<PartnerChange> changed;
  // Declined applications (v1.1) added, removed or changed, and applications declined by the
  // change: counted, never named, like every other output but `list applications`.
  std::size_t declined_applications = 0;
  GroupDiff group;
  std::vector<SessionChange> forum;  // by date

  bool empty() const {
    return added.empty() && removed.empty() && changed.empty() && declined_applications == 0 &&
           group.empty() && forum.empty();
  }
};

// The difference from `before` to `after`, whose whole partners were kept (LoadRequest's
// keep_partners); the Group on `on`. `progress`, when given, is told of each partner of `after`
// compared (util::Stage::partners_compared).
RegistryDiff diff_registries(const model::Registry& before, const model::Registry& after,
                             const model::Date& on, util::Progress* progress = nullptr);

// The parts, for tests.
PartnerChange diff_partner(const model::Partner& before, const model::Partner& after);
GroupDiff diff_group(const model::Registry& before, const model::Registry& after,
                     const model::Date& on);
std::vector<SessionChange> diff_forum(const model::Registry& before, const model::Registry& after);

// The keys of the format the comparison reads (dotted paths: `adherence.levels`,
// `actions.sdgs`, `members.terms`), and those it leaves out with the reason. A key compared
// whole (`accreditation`) covers its own keys.
std::vector<std::string_view> compared_partner_keys();
std::span<const NotCompared> uncompared_partner_keys();
std::vector<std::string_view> compared_group_keys();
std::span<const NotCompared> uncompared_group_keys();

}  // namespace gcsj::diff
