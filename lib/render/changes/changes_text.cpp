// `gcsj changes` for a terminal: every event of the period with its date, paragraph and the
// registry entry it comes from, the Coordinating Group before and after, and a count.

#include <algorithm>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/changes/change_words.hpp"
#include "render/changes/changes_report.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::msg_n;

std::string printable(std::string_view text) {
  return util::printable(text);
}

// The Group on the period's first and last day, one line per figure.
std::string balance_table(const changes::Balance& before, const changes::Balance& after,
                          const i18n::Translator& tr) {
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>> rows;
  rows.push_back({std::string(tr("Sitting members")),
                  {std::to_string(before.sitting), std::to_string(after.sitting)}});
  for (std::size_t i = 0; i < before.government.size(); ++i)
    rows.push_back(
        {seat_label(model::Seat::government, before.government[i].region, tr),
         {region_count(before.government[i], tr), region_count(after.government[i], tr)}});
  for (std::size_t i = 0; i < changes::kGenderCounts; ++i)
    rows.push_back({std::string(gender_label(i, tr)),
                    {std::to_string(before.gender[i]), std::to_string(after.gender[i])}});
  const std::string heading(tr("THE COORDINATING GROUP"));
  std::size_t width = util::display_width(heading);
  for (const auto& row : rows) width = std::max(width, util::display_width(row.first));
  std::size_t column = 10;
  for (const auto& row : rows)
    column = std::max(
        {column, util::display_width(row.second.first), util::display_width(row.second.second)});
  const auto cell = [column](const std::string& text) {
    return std::string(column - std::min(column, util::display_width(text)), ' ') + text;
  };
  std::string out = fmt::format("{}  {}  {}\n", util::pad_right(heading, width),
                                cell(before.date.iso()), cell(after.date.iso()));
  for (const auto& [label, values] : rows)
    out += fmt::format("{}  {}  {}\n", util::pad_right(label, width), cell(values.first),
                       cell(values.second));
  for (const changes::Balance* balance : {&before, &after})
    if (!balance->established)
      out += msg("On {date} the Coordinating Group is not yet established: only the "
                 "Director-General sits.",
                 arg("date", balance->date))
                 .in(tr) +
             "\n";
  return out;
}

}  // namespace

std::string render_changes_text(const ChangesView& view) {
  const i18n::Translator& tr = *view.tr;
  const changes::Changes& changes = view.changes;
  std::string out = msg("Changes in the Coalition after {from}, up to and including {to} "
                        "({source})",
                        arg("from", changes.from), arg("to", changes.to),
                        arg("source", util::printable(view.source)))
                        .in(tr) +
                    "\n\n";
  if (changes.events.empty())
    out += msg("No change after {from}, up to and including {to}.", arg("from", changes.from),
               arg("to", changes.to))
               .in(tr) +
           "\n";
  ChangeWording wording{printable, false};
  wording.tr = &tr;
  for (const changes::Change& change : changes.events) {
    out += fmt::format("{date}  ¶{paragraph:<6} {event}\n", fmt::arg("date", change.date.iso()),
                       fmt::arg("paragraph", change.paragraph),
                       fmt::arg("event", change_sentence(change, wording)));
    out +=
        fmt::format("{indent}{file}:{line}:{column}\n", fmt::arg("indent", std::string(20, ' ')),
                    fmt::arg("file", util::printable(view.registry.file(change.where.file).path)),
                    fmt::arg("line", change.where.line), fmt::arg("column", change.where.column));
  }
  if (changes.before && changes.after)
    out += "\n" + balance_table(*changes.before, *changes.after, tr);
  const changes::Counts counts = changes::count(changes);
  out += "\n" +
         msg("Partners admitted: {admitted}; withdrawn: {withdrew}; applications pending: "
             "{applications}; changes in the Coordinating Group: {group}; actions completed: "
             "{completed}.",
             arg("admitted", counts.admitted), arg("withdrew", counts.withdrew),
             arg("applications", counts.applications), arg("group", counts.group),
             arg("completed", counts.completed))
             .in(tr) +
         "\n";
  if (counts.received > 0 || counts.declined > 0) out += applications_counted(counts).in(tr) + "\n";
  if (counts.forum_sessions > 0)
    out += msg_n("{count} session of the Forum was held (¶39).",
                 "{count} sessions of the Forum were held (¶39).",
                 static_cast<unsigned long>(counts.forum_sessions))
               .in(tr) +
           "\n";
  return out;
}

}  // namespace gcsj::render
