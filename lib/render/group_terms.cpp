#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "model/enum_names.hpp"
#include "render/group_views.hpp"
#include "render/json_writer.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

std::string renewal_of(const group::CalendarRow& row) {
  if (!row.renewable) return "no: already renewed once";
  if (!row.proposer) return "possible";
  return fmt::format("possible, proposed by {}", model::enum_name(*row.proposer));
}

std::string seat_of(const group::CalendarRow& row) {
  std::string seat(model::enum_name(row.seat->seat));
  if (row.member->region) seat += fmt::format(" ({})", model::enum_name(row.member->region->value));
  return seat;
}

}  // namespace

std::string render_terms_text(const GroupView& view, const std::vector<group::CalendarRow>& rows,
                              std::optional<long> within_days) {
  std::string out =
      fmt::format("Terms of sitting members on {}{} ({})\n\n", view.as_of.iso(),
                  within_days ? fmt::format(", ending within {} days", *within_days) : "",
                  util::printable(view.registry.file(view.roster.group().where.file).path));
  if (rows.empty()) {
    if (!view.roster.exists_on(view.as_of))
      return out + fmt::format("The Group is established on {}: on {} no member sits yet.\n",
                               view.roster.established()->iso(), view.as_of.iso());
    if (!within_days) return out + fmt::format("No member sits on {}.\n", view.as_of.iso());
    return out + "No term ends in that window.\n";
  }
  // Columns as wide as their widest cell, so long names and partner ids stay aligned.
  std::vector<std::array<std::string, 7>> table;
  table.push_back({"ENDS", "DAYS", "MEMBER", "PARTNER", "SEAT", "TERM", "RENEWAL"});
  for (const auto& row : rows) {
    const std::string term = row.term_number == 1   ? "first"
                             : row.term_number == 2 ? "renewal"
                                                    : "extra";
    table.push_back({row.end.iso(), std::to_string(row.days_left),
                     util::printable(model::display_name(*row.member)),
                     row.member->partner ? util::printable(row.member->partner->value) : "-",
                     seat_of(row), term,
                     renewal_of(row) + (row.ends_early ? " (ends early)" : "")});
  }
  std::array<std::size_t, 7> widths{};
  for (const auto& cells : table)
    for (std::size_t i = 0; i < cells.size(); ++i)
      widths[i] = std::max(widths[i], util::display_width(cells[i]));
  for (const auto& cells : table) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i == 1)
        line += std::string(widths[1] - util::display_width(cells[1]), ' ') + cells[1] + "  ";
      else if (i + 1 == cells.size())
        line += cells[i];
      else
        line += util::pad_right(cells[i], widths[i]) + "  ";
    }
    out += line + "\n";
  }
  out += fmt::format("\n{} term{}\n", rows.size(), rows.size() == 1 ? "" : "s");
  return out;
}

std::string render_terms_json(const GroupView& view, const std::vector<group::CalendarRow>& rows,
                              std::optional<long> within_days) {
  JsonWriter json;
  begin_report(json, view.as_of.iso());
  json.key("file").value(view.registry.file(view.roster.group().where.file).path);
  if (within_days)
    json.key("within_days").value(*within_days);
  else
    json.key("within_days").null();
  json.key("terms").begin_array();
  for (const auto& row : rows) {
    json.begin_object();
    json.key("name").string_or_null(row.member->name ? std::string_view(row.member->name->value)
                                                     : "");
    json.key("partner").string_or_null(
        row.member->partner ? std::string_view(row.member->partner->value) : "");
    json.key("seat").value(model::enum_name(row.seat->seat));
    if (row.member->region)
      json.key("region").value(model::enum_name(row.member->region->value));
    else
      json.key("region").null();
    json.key("paragraph").value(row.seat->paragraph);
    json.key("term").value(row.term_number);
    json.key("start").value(row.start.iso());
    json.key("end").value(row.end.iso());
    json.key("ends_early").value(row.ends_early);
    json.key("days_left").value(row.days_left);
    json.key("renewable").value(row.renewable);
    if (row.proposer)
      json.key("renewal_proposed_by").value(model::enum_name(*row.proposer));
    else
      json.key("renewal_proposed_by").null();
    json.key("line").value(row.member->where.line);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
