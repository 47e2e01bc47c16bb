#include <fmt/format.h>

#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "render/group_views.hpp"
#include "render/json_writer.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using group::SeatRow;

std::string chairs_of(const SeatRow& row) {
  std::string out;
  for (const model::Member* member : row.sitting) {
    const model::Role role = group::role_of(*member);
    if (role == model::Role::member) continue;
    if (!out.empty()) out += "; ";
    out += fmt::format("{}: {}", model::enum_name(role),
                       util::printable(model::display_name(*member)));
  }
  return out;
}

std::string status_of(const SeatRow& row) {
  if (!row.capacity_binds) return row.filled() == 0 ? "none sitting" : "-";
  if (row.excess() > 0) return fmt::format("OVER +{}", row.excess());
  if (row.vacancies() == 0) return "filled";
  if (row.kind->up_to) return fmt::format("{} open (up to)", row.vacancies());
  if (row.kind->by_invitation) return fmt::format("VACANT {} (invitation)", row.vacancies());
  return fmt::format("VACANT {}", row.vacancies());
}

std::string capacity_of(const SeatRow& row) {
  if (!row.capacity_binds) return "-";
  return row.kind->up_to ? fmt::format("up to {}", row.capacity) : std::to_string(row.capacity);
}

}  // namespace

std::string render_seats_text(const GroupView& view, const group::Composition& composition) {
  std::string out =
      fmt::format("Coordinating Group on {} ({})\n\n", view.as_of.iso(),
                  util::printable(view.registry.file(view.roster.group().where.file).path));
  if (!composition.established)
    out += fmt::format(
        "The Group is established on {}: on {} it does not exist yet, and no one sits but the "
        "Director-General.\n\n",
        view.roster.established()->iso(), view.as_of.iso());
  out += fmt::format("{:<24} {:<6} {:>7} {:>7}  {:<22} {}\n", "SEAT", "PARA", "SEATS", "SITTING",
                     "STATUS", "CHAIRS");
  int capacity = 0, filled = 0, vacant = 0, over = 0;
  for (const SeatRow& row : composition.rows) {
    const std::string name = row.region ? "  " + std::string(model::enum_name(*row.region))
                                        : std::string(model::enum_name(row.kind->seat));
    // Before the Group exists, its seats are not yet to fill: only the Director-General's is.
    const bool not_yet =
        !composition.established && row.kind->seat != model::Seat::director_general;
    out += fmt::format("{:<24} {:<6} {:>7} {:>7}  {:<22} {}", name,
                       row.region ? "" : row.kind->paragraph, capacity_of(row), row.filled(),
                       not_yet ? std::string("not yet") : status_of(row), chairs_of(row));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
    if (row.region) continue;
    capacity += row.capacity;
    filled += std::min(row.filled(), row.capacity);
    vacant += row.vacancies();
    over += row.excess();
  }
  if (composition.established)
    out += fmt::format("\n{} of {} seats filled, {} vacant, {} over-filled\n", filled, capacity,
                       vacant, over);
  else
    out += fmt::format("\nThe Group does not exist yet on {}.\n", view.as_of.iso());
  return out;
}

std::string render_seats_json(const GroupView& view, const group::Composition& composition) {
  JsonWriter json;
  begin_report(json, view.as_of.iso());
  json.key("file").value(view.registry.file(view.roster.group().where.file).path);
  if (const auto established = view.roster.established())
    json.key("established").value(established->iso());
  else
    json.key("established").null();
  json.key("exists").value(composition.established);
  json.key("seats").begin_array();
  int capacity = 0, filled = 0, vacant = 0, over = 0;
  for (const SeatRow& row : composition.rows) {
    json.begin_object();
    json.key("seat").value(model::enum_name(row.kind->seat));
    if (row.region)
      json.key("region").value(model::enum_name(*row.region));
    else
      json.key("region").null();
    json.key("paragraph").value(row.kind->paragraph);
    if (row.capacity_binds)
      json.key("capacity").value(row.capacity);
    else
      json.key("capacity").null();
    json.key("up_to").value(row.kind->up_to);
    json.key("by_invitation").value(row.kind->by_invitation);
    if (row.kind->nominator)
      json.key("nominated_by").value(model::enum_name(*row.kind->nominator));
    else
      json.key("nominated_by").null();
    json.key("sitting").value(row.filled());
    json.key("vacancies").value(row.vacancies());
    json.key("excess").value(row.excess());
    json.key("members").begin_array();
    for (const model::Member* member : row.sitting) {
      json.begin_object();
      json.key("name").value(model::display_name(*member));
      json.key("partner").string_or_null(member->partner ? std::string_view(member->partner->value)
                                                         : "");
      json.key("role").value(model::enum_name(group::role_of(*member)));
      const auto term = view.roster.sitting_term(*member, view.as_of);
      if (term)
        json.key("term_end").value(term->end.iso());
      else
        json.key("term_end").null();
      json.key("line").value(member->where.line);
      json.end_object();
    }
    json.end_array();
    json.end_object();
    if (row.region) continue;
    capacity += row.capacity;
    filled += std::min(row.filled(), row.capacity);
    vacant += row.vacancies();
    over += row.excess();
  }
  json.end_array();
  json.key("summary").begin_object();
  json.key("seats").value(capacity).key("filled").value(filled);
  json.key("vacant").value(vacant).key("over_filled").value(over);
  json.end_object();
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
