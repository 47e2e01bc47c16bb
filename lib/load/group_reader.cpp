#include "load/group_reader.hpp"

#include <array>
#include <charconv>
#include <cstdlib>

#include "load/mapping_reader.hpp"

namespace gcsj::load {
namespace {

using i18n::arg;
using i18n::msg;
using model::Delegate;
using model::Group;
using model::Meeting;
using model::Member;
using model::Term;

// Reads each mapping item of a list into a T through `keys`; other items are wrong types.
template <class T, std::size_t N>
std::vector<T> read_items(const Node& list, std::string_view what,
                          const std::array<KeyReader<T>, N>& keys, const i18n::Message& context,
                          ValueReader& r, bool& unreadable) {
  std::vector<T> items;
  if (!list.is_sequence()) {
    if (!list.is_invalid()) r.wrong_type(list, what, ValueReader::Expected::list);
    unreadable = true;
    return items;
  }
  for (const Node& node : list.items) {
    if (!r.expect_item_mapping(node, what)) continue;
    T item;
    item.where = node.where;
    read_mapping<T>(node, keys, context, item, r);
    items.push_back(std::move(item));
  }
  return items;
}

constexpr std::array<KeyReader<Term>, 6> kTermKeys{{
    {"start", [](Term& t, const Entry& e, ValueReader& r) { t.start = r.date(e.value, "start"); }},
    {"end", [](Term& t, const Entry& e, ValueReader& r) { t.end = r.date(e.value, "end"); }},
    {"end_reason", [](Term& t, const Entry& e,
                      ValueReader& r) { t.end_reason = r.string(e.value, "end_reason"); }},
    {"end_note",
     [](Term& t, const Entry& e, ValueReader& r) { t.end_note = r.string(e.value, "end_note"); }},
    {"nominated_by",
     [](Term& t, const Entry& e, ValueReader& r) {
       t.nominated_by = r.enumeration<model::Nominator>(e.value, "nominated_by");
     }},
    {"evidence",
     [](Term& t, const Entry& e, ValueReader& r) { t.evidence = r.string(e.value, "evidence"); }},
}};

constexpr std::array<KeyReader<model::RolePeriod>, 3> kRolePeriodKeys{{
    {"role", [](model::RolePeriod& p, const Entry& e,
                ValueReader& r) { p.role = r.enumeration<model::Role>(e.value, "role"); }},
    {"since", [](model::RolePeriod& p, const Entry& e,
                 ValueReader& r) { p.since = r.date(e.value, "since"); }},
    {"until", [](model::RolePeriod& p, const Entry& e,
                 ValueReader& r) { p.until = r.date(e.value, "until"); }},
}};

constexpr std::array<KeyReader<Delegate>, 2> kDelegateKeys{{
    {"name",
     [](Delegate& d, const Entry& e, ValueReader& r) { d.name = r.string(e.value, "name"); }},
    {"level",
     [](Delegate& d, const Entry& e, ValueReader& r) {
       d.level = r.enumeration<model::MemberLevel>(e.value, "level");
     }},
}};

constexpr std::array<KeyReader<Member>, 12> kMemberKeys{{
    {"name", [](Member& m, const Entry& e, ValueReader& r) { m.name = r.string(e.value, "name"); }},
    {"partner",
     [](Member& m, const Entry& e, ValueReader& r) { m.partner = r.string(e.value, "partner"); }},
    {"seat", [](Member& m, const Entry& e,
                ValueReader& r) { m.seat = r.enumeration<model::Seat>(e.value, "seat"); }},
    {"region",
     [](Member& m, const Entry& e, ValueReader& r) {
       m.region = r.enumeration<model::GovernmentRegion>(e.value, "region");
     }},
    {"role", [](Member& m, const Entry& e,
                ValueReader& r) { m.role = r.enumeration<model::Role>(e.value, "role"); }},
    {"roles",
     [](Member& m, const Entry& e, ValueReader& r) {
       bool unreadable = false;
       auto roles =
           read_items(e.value, "roles", kRolePeriodKeys, msg("a chair role"), r, unreadable);
       if (unreadable)
         m.roles.unreadable = true;
       else
         m.roles = model::Located<std::vector<model::RolePeriod>>{std::move(roles), e.key.where};
     }},
    {"level",
     [](Member& m, const Entry& e, ValueReader& r) {
       m.level = r.enumeration<model::MemberLevel>(e.value, "level");
     }},
    {"gender", [](Member& m, const Entry& e,
                  ValueReader& r) { m.gender = r.enumeration<model::Gender>(e.value, "gender"); }},
    {"delegates",
     [](Member& m, const Entry& e, ValueReader& r) {
       bool unreadable = false;
       m.delegates =
           read_items(e.value, "delegates", kDelegateKeys, msg("a delegate"), r, unreadable);
     }},
    {"terms",
     [](Member& m, const Entry& e, ValueReader& r) {
       bool unreadable = false;
       auto terms = read_items(e.value, "terms", kTermKeys, msg("a term"), r, unreadable);
       if (unreadable)
         m.terms.unreadable = true;
       else
         m.terms = model::Located<std::vector<Term>>{std::move(terms), e.key.where};
     }},
    {"since",
     [](Member& m, const Entry& e, ValueReader& r) { m.since = r.date(e.value, "since"); }},
    {"until",
     [](Member& m, const Entry& e, ValueReader& r) { m.until = r.date(e.value, "until"); }},
}};

constexpr std::array<KeyReader<Meeting>, 1> kMeetingKeys{{
    {"date", [](Meeting& m, const Entry& e, ValueReader& r) { m.date = r.date(e.value, "date"); }},
}};

void read_government_seats(Group& group, const Entry& entry, ValueReader& r) {
  if (!r.expect_mapping(entry.value, "government_seats")) {
    group.government_seats.unreadable = true;
    return;
  }
  std::vector<model::RegionSeats> seats;
  for (const Entry& region_entry : entry.value.entries) {
    const auto region =
        r.enumeration<model::GovernmentRegion>(region_entry.key, "government_seats");
    const auto count = r.integer(region_entry.value, region_entry.key.text);
    if (!region || !count) {
      group.government_seats.unreadable = true;
      continue;
    }
    seats.push_back({region->value, count->value, count->where});
  }
  if (!group.government_seats.unreadable)
    group.government_seats =
        model::Located<std::vector<model::RegionSeats>>{std::move(seats), entry.key.where};
}

void not_a_share(const Node& node, ValueReader& r) {
  r.report(format::kWrongType, node.where,
           msg("`{key}` must be a number between 0.5 and 1, not {actual}",
               arg("key", "gender_balance_max_share"), arg("actual", describe(node))));
}

void read_max_share(Group& group, const Entry& entry, ValueReader& r) {
  const Node& node = entry.value;
  group.gender_balance_max_share.unreadable = true;
  if (!node.is_scalar() || !node.plain) {
    if (!node.is_invalid()) not_a_share(node, r);
    return;
  }
  char* end = nullptr;
  const double share = std::strtod(node.text.c_str(), &end);
  if (end != node.text.c_str() + node.text.size() || node.text.empty()) {
    not_a_share(node, r);
    return;
  }
  if (!(share >= 0.5 && share <= 1.0)) {
    r.report(format::kInvalidValue, node.where,
             msg("`{key}` must lie between 0.5 and 1, not {value}",
                 arg("key", "gender_balance_max_share"), arg("value", node.text)));
    return;
  }
  group.gender_balance_max_share = model::Located<double>{share, node.where};
}

constexpr std::array<KeyReader<Group>, 6> kGroupKeys{{
    {"kind", [](Group&, const Entry&, ValueReader&) {}},
    {"established", [](Group& g, const Entry& e,
                       ValueReader& r) { g.established = r.date(e.value, "established"); }},
    {"government_seats", read_government_seats},
    {"gender_balance_max_share", read_max_share},
    {"members",
     [](Group& g, const Entry& e, ValueReader& r) {
       bool unreadable = false;
       g.members_where = e.key.where;
       g.members = read_items(e.value, "members", kMemberKeys, msg("a member"), r, unreadable);
     }},
    {"meetings",
     [](Group& g, const Entry& e, ValueReader& r) {
       bool unreadable = false;
       g.meetings_where = e.key.where;
       g.meetings = read_items(e.value, "meetings", kMeetingKeys, msg("a meeting"), r, unreadable);
     }},
}};

}  // namespace

Group read_group(const Node& document, ValueReader& reader) {
  Group group;
  group.where = document.where;
  group.members_where = document.where;
  group.meetings_where = {};
  read_mapping<Group>(document, kGroupKeys, msg("the Coordinating Group"), group, reader);
  if (group.meetings_where.line == 0) group.meetings_where = group.members_where;
  return group;
}

std::vector<std::string> group_key_paths() {
  std::vector<std::string> paths;
  append_key_paths<Group>(paths, "", kGroupKeys);
  append_key_paths<Member>(paths, "members.", kMemberKeys);
  append_key_paths<Term>(paths, "members.terms.", kTermKeys);
  append_key_paths<model::RolePeriod>(paths, "members.roles.", kRolePeriodKeys);
  append_key_paths<Delegate>(paths, "members.delegates.", kDelegateKeys);
  append_key_paths<Meeting>(paths, "meetings.", kMeetingKeys);
  return paths;
}

}  // namespace gcsj::load
