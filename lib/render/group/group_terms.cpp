#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "model/enum_names.hpp"
#include "render/group/group_views.hpp"
#include "render/json_writer.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using i18n::arg;
using i18n::Message;
using i18n::msg;
using i18n::msg_n;
using i18n::Translator;

std::string seat_of(const group::CalendarRow& row) {
  std::string seat(model::enum_name(row.seat->seat));
  if (row.member->region) seat += fmt::format(" ({})", model::enum_name(row.member->region->value));
  return seat;
}

}  // namespace

// The RENEWAL cell, whole for each case: "possible, proposed by workers-group (ends early)".
Message renewal_words(const group::CalendarRow& row) {
  if (row.next == group::NextTerm::recorded) return msg("recorded: the member sits on");
  if (row.next == group::NextTerm::partner_withdraws) return msg("no: its partner withdraws");
  if (!row.renewable)
    return row.ends_early ? msg("no: already renewed once (ends early)")
                          : msg("no: already renewed once");
  if (!row.proposer) return row.ends_early ? msg("possible (ends early)") : msg("possible");
  const auto proposer = arg("proposer", model::enum_name(*row.proposer));
  return row.ends_early ? msg("possible, proposed by {proposer} (ends early)", proposer)
                        : msg("possible, proposed by {proposer}", proposer);
}

std::string_view term_number_word(const group::CalendarRow& row, const Translator& tr) {
  return row.term_number == 1   ? tr.ctx("term number", "first")
         : row.term_number == 2 ? tr.ctx("term number", "renewal")
                                : tr.ctx("term number", "extra");
}

std::string render_terms_text(const GroupView& view, const std::vector<group::CalendarRow>& rows,
                              std::optional<long> within_days) {
  const Translator& tr = view.tr;
  const auto file =
      arg("file", util::printable(view.registry.file(view.roster.group().where.file).path));
  std::string out =
      (within_days
           ? msg_n("Terms of sitting members on {date}, ending within {count} day ({file})",
                   "Terms of sitting members on {date}, ending within {count} days "
                   "({file})",
                   static_cast<unsigned long>(*within_days), arg("date", view.as_of), file)
           : msg("Terms of sitting members on {date} ({file})", arg("date", view.as_of), file))
          .in(tr) +
      "\n\n";
  if (rows.empty()) {
    if (!view.roster.exists_on(view.as_of))
      return out +
             msg("The Group is established on {established}: on {date} no member sits yet.",
                 arg("established", *view.roster.established()), arg("date", view.as_of))
                 .in(tr) +
             "\n";
    if (!within_days)
      return out + msg("No member sits on {date}.", arg("date", view.as_of)).in(tr) + "\n";
    return out + std::string(tr("No term ends in that window.")) + "\n";
  }
  std::vector<std::array<std::string, 7>> table;
  table.push_back({std::string(tr.ctx("group terms column", "ENDS")),
                   std::string(tr.ctx("group terms column", "DAYS")),
                   std::string(tr.ctx("group terms column", "MEMBER")),
                   std::string(tr.ctx("group terms column", "PARTNER")),
                   std::string(tr.ctx("group terms column", "SEAT")),
                   std::string(tr.ctx("group terms column", "TERM")),
                   std::string(tr.ctx("group terms column", "RENEWAL"))});
  for (const auto& row : rows) {
    table.push_back(
        {row.end.iso(), std::to_string(row.days_left), util::printable(shown_name(*row.member, tr)),
         row.member->partner ? util::printable(row.member->partner->value) : "-", seat_of(row),
         std::string(term_number_word(row, tr)), renewal_words(row).in(tr)});
  }
  // Columns as wide as their widest cell, so long names and partner ids stay aligned.
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
  out += "\n" + msg_n("{count} term", "{count} terms", rows.size()).in(tr) + "\n";
  return out;
}

std::string render_terms_json(const GroupView& view, const std::vector<group::CalendarRow>& rows,
                              std::optional<long> within_days) {
  JsonWriter json;
  begin_report(json, view.as_of.iso(), view.tr.code());
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
    json.key("renewal_recorded").value(row.next == group::NextTerm::recorded);
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
