// `gcsj changes` for a terminal: every event of the period with its date, paragraph and the
// registry entry it comes from, the Coordinating Group before and after, and a count.

#include <algorithm>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "render/change_words.hpp"
#include "render/changes_report.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

std::string printable(std::string_view text) {
  return util::printable(text);
}

std::string count_of(const changes::RegionBalance& region) {
  if (!region.seats) return std::to_string(region.sitting);
  return fmt::format("{sitting} of {seats}", fmt::arg("sitting", region.sitting),
                     fmt::arg("seats", *region.seats));
}

// The Group on the period's first and last day, one line per figure.
std::string balance_table(const changes::Balance& before, const changes::Balance& after) {
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>> rows;
  rows.push_back(
      {"Sitting members", {std::to_string(before.sitting), std::to_string(after.sitting)}});
  for (std::size_t i = 0; i < before.government.size(); ++i)
    rows.push_back({seat_label(model::Seat::government, before.government[i].region),
                    {count_of(before.government[i]), count_of(after.government[i])}});
  for (std::size_t i = 0; i < changes::kGenderCounts; ++i)
    rows.push_back({std::string(gender_label(i)),
                    {std::to_string(before.gender[i]), std::to_string(after.gender[i])}});
  const std::string heading = "THE COORDINATING GROUP";
  std::size_t width = heading.size();
  for (const auto& row : rows) width = std::max(width, util::display_width(row.first));
  std::string out = fmt::format("{}  {:>10}  {:>10}\n", util::pad_right(heading, width),
                                before.date.iso(), after.date.iso());
  for (const auto& [label, values] : rows)
    out += fmt::format("{}  {:>10}  {:>10}\n", util::pad_right(label, width), values.first,
                       values.second);
  for (const changes::Balance* balance : {&before, &after})
    if (!balance->established)
      out += fmt::format(
          "On {date} the Coordinating Group is not yet established: only the Director-General "
          "sits.\n",
          fmt::arg("date", balance->date.iso()));
  return out;
}

}  // namespace

std::string render_changes_text(const ChangesView& view) {
  const changes::Changes& changes = view.changes;
  std::string out =
      fmt::format("Changes in the Coalition after {from}, up to and including {to} ({source})\n\n",
                  fmt::arg("from", changes.from.iso()), fmt::arg("to", changes.to.iso()),
                  fmt::arg("source", util::printable(view.source)));
  if (changes.events.empty())
    out += fmt::format("No change after {from}, up to and including {to}.\n",
                       fmt::arg("from", changes.from.iso()), fmt::arg("to", changes.to.iso()));
  const ChangeWording wording{printable, false};
  for (const changes::Change& change : changes.events) {
    out += fmt::format("{date}  ¶{paragraph:<6} {event}\n", fmt::arg("date", change.date.iso()),
                       fmt::arg("paragraph", change.paragraph),
                       fmt::arg("event", change_sentence(change, wording)));
    out +=
        fmt::format("{indent}{file}:{line}:{column}\n", fmt::arg("indent", std::string(20, ' ')),
                    fmt::arg("file", util::printable(view.registry.file(change.where.file).path)),
                    fmt::arg("line", change.where.line), fmt::arg("column", change.where.column));
  }
  if (changes.before && changes.after) out += "\n" + balance_table(*changes.before, *changes.after);
  const changes::Counts counts = changes::count(changes);
  out += fmt::format(
      "\nPartners admitted: {admitted}; withdrawn: {withdrew}; applications pending: "
      "{applications}; changes in the Coordinating Group: {group}; actions completed: "
      "{completed}.\n",
      fmt::arg("admitted", counts.admitted), fmt::arg("withdrew", counts.withdrew),
      fmt::arg("applications", counts.applications), fmt::arg("group", counts.group),
      fmt::arg("completed", counts.completed));
  return out;
}

}  // namespace gcsj::render
