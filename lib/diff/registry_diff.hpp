#pragma once
// What a change does to a registry in governance terms: the partners it adds and removes, the
// fields of each partner that moved, and the Coordinating Group on a date before and after it
// (roster, seats and chairs, from group::Roster: the one answer to "who sits on D"). Typed data
// only: enums, ids, dates and locations, never words; render/registry_diff.hpp writes them.
// Partners are matched by id, actions by title (in order, for equal titles), members by name.

#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/group.hpp"
#include "model/location.hpp"
#include "model/partner.hpp"
#include "model/registry.hpp"

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

// What of a partner's ¶19(f) accreditation is compared.
struct Accreditation {
  bool ilo_special_list = false;
  std::vector<long> ilc;
  std::optional<model::EcosocStatus> ecosoc;
  friend bool operator==(const Accreditation&, const Accreditation&) = default;
};

enum class ActionChangeKind {
  added,   // listed after the change only
  ended,   // listed before the change only
  status,  // listed in both, its status moved (pledged, ongoing, completed)
};

struct ActionChange {
  ActionChangeKind kind;
  std::optional<std::string> title;
  Moved<model::ActionStatus> status;  // `before` unset for added, `after` for ended
  model::Location where;              // the action in the newer version (ended: the older)
};

// A partner in both versions whose fields moved.
struct PartnerChange {
  std::string id;
  model::Location where;  // in the newer version
  std::optional<Moved<std::string>> name;
  std::optional<Moved<model::Category>> category;
  std::optional<Moved<model::Status>> status;
  std::optional<Moved<model::Date>> admitted;
  std::optional<Moved<model::Date>> withdrawn;
  std::optional<Moved<model::Date>> declared;  // adherence.declared (¶18)
  std::optional<Moved<model::Date>> published;
  std::optional<Moved<std::string>> country;
  std::optional<Moved<Accreditation>> accreditation;
  std::vector<ActionChange> actions;
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

  bool chairs_changed() const;
  bool empty() const;
};

struct RegistryDiff {
  std::vector<PartnerRef> added;    // by id, in the newer version's order
  std::vector<PartnerRef> removed;  // by id, in the older version's order
  std::vector<PartnerChange> changed;
  GroupDiff group;

  bool empty() const {
    return added.empty() && removed.empty() && changed.empty() && group.empty();
  }
};

// The difference from `before` to `after`, whose whole partners were kept (LoadRequest's
// keep_partners); the Group on `on`.
RegistryDiff diff_registries(const model::Registry& before, const model::Registry& after,
                             const model::Date& on);

// The parts, for tests.
PartnerChange diff_partner(const model::Partner& before, const model::Partner& after);
GroupDiff diff_group(const model::Registry& before, const model::Registry& after,
                     const model::Date& on);

}  // namespace gcsj::diff
