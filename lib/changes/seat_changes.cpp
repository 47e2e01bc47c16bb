// What the members' events do to the seats and chairs of ¶25: the composition `group seats` shows
// on the period's first day, updated date by date with the members who joined and left. Each
// row's vacancies are group::vacancies_told, so they agree with `group seats` and validate on
// every date.

#include <algorithm>
#include <map>
#include <utility>

#include "changes/change_parts.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"

namespace gcsj::changes {
namespace {

void sit(group::SeatRow& row, const model::Member* member) {
  // In the order of the registry, as group::composition_on lists them.
  row.sitting.insert(std::lower_bound(row.sitting.begin(), row.sitting.end(), member), member);
}

void stand(group::SeatRow& row, const model::Member* member) {
  std::erase(row.sitting, member);
}

using ChairKey = std::pair<model::Seat, model::Role>;

// The sitting holders of each chair on `date`, in the order of the registry.
std::map<ChairKey, std::vector<const model::Member*>> chairs_by_seat(
    const std::vector<group::SeatRow>& rows, const model::Date& date) {
  std::map<ChairKey, std::vector<const model::Member*>> chairs;
  for (const group::SeatRow& row : rows) {
    if (row.region) continue;
    for (const group::Chair& chair : group::chairs_of(row, date))
      chairs[{row.kind->seat, chair.role}].push_back(chair.member);
  }
  return chairs;
}

std::string_view chair_paragraph(const ChairKey& chair) {
  const auto [seat, role] = chair;
  if (role == model::Role::co_chair && seat == model::Seat::director_general) return "25(a)";
  if (role == model::Role::co_chair && seat == model::Seat::government) return "25(c)";
  if (role == model::Role::vice_chair && seat == model::Seat::employers) return "25(d)";
  if (role == model::Role::vice_chair && seat == model::Seat::workers) return "25(e)";
  return group::seat_kind(seat).paragraph;
}

void add_chair_changes(const std::map<ChairKey, std::vector<const model::Member*>>& before,
                       const std::map<ChairKey, std::vector<const model::Member*>>& after,
                       const model::Date& date, std::vector<Change>& out) {
  std::map<ChairKey, std::pair<const model::Member*, const model::Member*>> holders;
  for (const auto& [chair, members] : before) holders[chair].first = members.front();
  for (const auto& [chair, members] : after) holders[chair].second = members.front();
  for (const auto& [chair, pair] : holders) {
    if (pair.first == pair.second) continue;
    Change change;
    change.kind = Kind::chair_changed;
    change.date = date;
    change.paragraph = chair_paragraph(chair);
    change.seat = chair.first;
    change.role = chair.second;
    change.previous = pair.first;
    change.next = pair.second;
    // Where the new holder's role is written, or where the last holder's was.
    change.where = pair.second ? group::role_location(*pair.second, date)
                               : group::role_location(*pair.first, date.plus_days(-1));
    change.key = std::string(model::enum_name(chair.first)) + "/" +
                 std::string(model::enum_name(chair.second));
    out.push_back(std::move(change));
  }
}

// The vacancies told as the rules tell them (group::vacancies_told): every seat that binds, the
// "up to two" UN-system seats too, the government seats by region when `government_seats` binds
// them and as a total otherwise.
void add_vacancy_changes(const std::vector<group::SeatRow>& before,
                         const std::vector<group::SeatRow>& after, const model::Date& date,
                         const model::Location& where, std::vector<Change>& out) {
  for (std::size_t i = 0; i < after.size(); ++i) {
    const group::SeatRow& row = after[i];
    const int was = group::vacancies_told(before[i]);
    const int is = group::vacancies_told(row);
    if (was == is) continue;
    Change change;
    change.kind = is > was ? Kind::seat_vacated : Kind::seat_filled;
    change.date = date;
    change.paragraph = row.kind->paragraph;
    change.where = where;
    change.seat = row.kind->seat;
    change.region = row.region;
    change.seats = is > was ? is - was : was - is;
    change.key = std::string(model::enum_name(row.kind->seat));
    if (row.region) change.key += "/" + std::string(model::enum_name(*row.region));
    out.push_back(std::move(change));
  }
}

}  // namespace

void add_seat_changes(const group::Roster& roster, const Period& period,
                      std::vector<Change>& events) {
  std::vector<const Change*> moves;
  for (const Change& change : events)
    if (change.kind == Kind::member_joined || change.kind == Kind::member_left)
      moves.push_back(&change);
  std::stable_sort(moves.begin(), moves.end(),
                   [](const Change* a, const Change* b) { return a->date < b->date; });
  // The days a dated chair role (`roles`) begins or ends within the period: a handover may fall
  // on a day no member joins or leaves.
  std::vector<model::Date> days;
  for (const Change* move : moves) days.push_back(move->date);
  for (const model::Member& member : roster.group().members)
    for (const model::Date& day : group::role_change_days(member))
      if (period.contains(day)) days.push_back(day);
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  std::vector<group::SeatRow> rows = group::composition_on(roster, period.from).rows;
  std::vector<Change> found;
  std::size_t i = 0;
  for (const model::Date& date : days) {
    const std::vector<group::SeatRow> before = rows;
    for (; i < moves.size() && moves[i]->date == date; ++i)
      for (group::SeatRow& row : rows)
        if (group::belongs(*moves[i]->member, row)) {
          if (moves[i]->kind == Kind::member_joined)
            sit(row, moves[i]->member);
          else
            stand(row, moves[i]->member);
        }
    // Before the Group exists nothing is vacant, so its establishment fills and vacates nothing.
    if (!roster.exists_on(date.plus_days(-1))) continue;
    add_chair_changes(chairs_by_seat(before, date.plus_days(-1)), chairs_by_seat(rows, date), date,
                      found);
    add_vacancy_changes(before, rows, date, roster.group().members_where, found);
  }
  events.insert(events.end(), std::make_move_iterator(found.begin()),
                std::make_move_iterator(found.end()));
}

}  // namespace gcsj::changes
