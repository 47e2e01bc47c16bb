#include <algorithm>
#include <array>
#include <vector>

#include "figures/words.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/group/group_views.hpp"
#include "render/json_writer.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using group::SeatRow;
using i18n::arg;
using i18n::msg;
using i18n::msg_n;
using i18n::NC_;
using i18n::Translator;

// How the views name a chair (¶25(a), (d), (e)), agreeing with its holder (group::agreement_of).
i18n::Term chair_term(model::Role role, i18n::Agreement agreement) {
  const bool co = role == model::Role::co_chair;
  switch (agreement) {
    case i18n::Agreement::feminine:
      return co ? NC_("chair, said of a woman", "Co-Chairperson")
                : NC_("chair, said of a woman", "Vice-Chairperson");
    case i18n::Agreement::masculine:
      return co ? NC_("chair, said of a man", "Co-Chairperson")
                : NC_("chair, said of a man", "Vice-Chairperson");
    case i18n::Agreement::neutral:
      break;
  }
  return co ? NC_("chair", "Co-Chairperson") : NC_("chair", "Vice-Chairperson");
}

std::string chairs_of(const SeatRow& row, const model::Date& date, const Translator& tr) {
  std::string out;
  for (const group::Chair& chair : group::chairs_of(row, date)) {
    if (!out.empty()) out += "; ";
    out += msg("{chair}: {name}",
               arg("chair", chair_term(chair.role, group::agreement_of(*chair.member))),
               arg("name", util::printable(shown_name(*chair.member, tr))))
               .in(tr);
  }
  return out;
}

std::string status_of(const SeatRow& row, const Translator& tr) {
  const auto n = static_cast<unsigned long>(row.vacancies());
  if (!row.capacity_binds)
    return row.filled() == 0 ? std::string(tr.ctx("seat status", "none sitting")) : "-";
  if (row.excess() > 0) return msg("OVER +{excess}", arg("excess", row.excess())).in(tr);
  if (row.vacancies() == 0) return std::string(tr.ctx("seat status", "filled"));
  if (row.kind->up_to) return msg_n("{count} open (up to)", "{count} open (up to)", n).in(tr);
  if (row.kind->by_invitation)
    return msg_n("VACANT {count} (invitation)", "VACANT {count} (invitation)", n).in(tr);
  return msg_n("VACANT {count}", "VACANT {count}", n).in(tr);
}

// A cell padded to `width` columns, on the left (numbers) or the right (words).
std::string left(std::string_view text, std::size_t width) {
  return util::pad_right(text, width);
}
std::string right(std::string_view text, std::size_t width) {
  const std::size_t shown = util::display_width(text);
  return std::string(width > shown ? width - shown : 0, ' ') + std::string(text);
}

}  // namespace

std::string render_seats_text(const GroupView& view, const group::Composition& composition) {
  const Translator& tr = view.tr;
  std::string out =
      msg("Coordinating Group on {date} ({file})", arg("date", view.as_of),
          arg("file", util::printable(view.registry.file(view.roster.group().where.file).path)))
          .in(tr) +
      "\n\n";
  if (!composition.established)
    out += msg("The Group is established on {established}: on {date} it does not exist yet, and "
               "no one sits but the Director-General.",
               arg("established", *view.roster.established()), arg("date", view.as_of))
               .in(tr) +
           "\n\n";
  struct Line {
    std::string name, paragraph, capacity, sitting, status, chairs;
  };
  std::vector<Line> lines;
  lines.push_back({std::string(tr.ctx("group seats column", "SEAT")),
                   std::string(tr.ctx("group seats column", "PARA")),
                   std::string(tr.ctx("group seats column", "SEATS")),
                   std::string(tr.ctx("group seats column", "SITTING")),
                   std::string(tr.ctx("group seats column", "STATUS")),
                   std::string(tr.ctx("group seats column", "CHAIRS"))});
  for (const SeatRow& row : composition.rows) {
    const std::string name = row.region ? "  " + std::string(model::enum_name(*row.region))
                                        : std::string(model::enum_name(row.kind->seat));
    // Before the Group exists, its seats are not yet to fill: only the Director-General's is.
    const bool not_yet =
        !composition.established && row.kind->seat != model::Seat::director_general;
    lines.push_back({name, row.region ? "" : std::string(row.kind->paragraph),
                     figures::capacity_words(row, tr), std::to_string(row.filled()),
                     not_yet ? std::string(tr.ctx("seat status", "not yet")) : status_of(row, tr),
                     chairs_of(row, composition.as_of, tr)});
  }
  // Columns at least as wide as the English ones, wider when a cell needs it.
  std::array<std::size_t, 5> widths{24, 6, 7, 7, 22};
  for (const Line& l : lines) {
    const std::array cells{&l.name, &l.paragraph, &l.capacity, &l.sitting, &l.status};
    for (std::size_t i = 0; i < cells.size(); ++i)
      widths[i] = std::max(widths[i], util::display_width(*cells[i]));
  }
  for (const Line& l : lines) {
    std::string line = left(l.name, widths[0]) + " " + left(l.paragraph, widths[1]) + " " +
                       right(l.capacity, widths[2]) + " " + right(l.sitting, widths[3]) + "  " +
                       left(l.status, widths[4]) + " " + l.chairs;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
  }
  const group::SeatTotals totals = group::seat_totals(composition);
  if (composition.established)
    out += "\n" +
           msg_n("{filled} of {count} seat filled, {vacant} vacant, {over} over-filled",
                 "{filled} of {count} seats filled, {vacant} vacant, {over} over-filled",
                 static_cast<unsigned long>(totals.seats), arg("filled", totals.filled),
                 arg("vacant", totals.vacant), arg("over", totals.over))
               .in(tr) +
           "\n";
  else
    out += "\n" + msg("The Group does not exist yet on {date}.", arg("date", view.as_of)).in(tr) +
           "\n";
  return out;
}

std::string render_seats_json(const GroupView& view, const group::Composition& composition) {
  JsonWriter json;
  begin_report(json, view.as_of.iso(), view.tr.code());
  json.key("file").value(view.registry.file(view.roster.group().where.file).path);
  if (const auto established = view.roster.established())
    json.key("established").value(established->iso());
  else
    json.key("established").null();
  json.key("exists").value(composition.established);
  json.key("seats").begin_array();
  for (const SeatRow& row : composition.rows) {
    json.begin_object();
    json.key("seat").value(model::enum_name(row.kind->seat));
    if (row.region)
      json.key("region").value(model::enum_name(*row.region));
    else
      json.key("region").null();
    json.key("paragraph").value(row.kind->paragraph);
    if (const auto capacity = group::capacity_of(row))
      json.key("capacity").value(*capacity);
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
      json.key("role").value(model::enum_name(group::role_on(*member, view.as_of)));
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
  }
  json.end_array();
  const group::SeatTotals totals = group::seat_totals(composition);
  json.key("summary").begin_object();
  json.key("seats").value(totals.seats).key("filled").value(totals.filled);
  json.key("vacant").value(totals.vacant).key("over_filled").value(totals.over);
  json.end_object();
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
