// `gcsj changes -f markdown`: the period's changes as a notice to partners or a report's annex.
// It names what the portal names (changes::Change::is_public): partners admitted and still
// published, the Group's changes and completed actions; partners who withdrew and applications
// are counted, never named (¶18 makes partnership public on admission).

#include <fmt/format.h>

#include "render/change_words.hpp"
#include "render/changes_report.hpp"
#include "render/progress_report.hpp"

namespace gcsj::render {
namespace {

std::string item(const changes::Change& change) {
  return fmt::format("- {date}: {event} (¶{paragraph})\n", fmt::arg("date", change.date.iso()),
                     fmt::arg("event", change_sentence(change, {markdown_text, true})),
                     fmt::arg("paragraph", change.paragraph));
}

// The public events of the period that `keep` selects, as a list; `none` when there is none.
template <class Keep>
std::string items(const changes::Changes& changes, Keep keep, std::string_view none) {
  std::string out;
  for (const changes::Change& change : changes.events)
    if (change.is_public && keep(change)) out += item(change);
  return out.empty() ? fmt::format("{}\n", none) : out;
}

std::string count_of(const changes::RegionBalance& region) {
  if (!region.seats) return std::to_string(region.sitting);
  return fmt::format("{sitting} of {seats}", fmt::arg("sitting", region.sitting),
                     fmt::arg("seats", *region.seats));
}

std::string balance_table(const changes::Balance& before, const changes::Balance& after) {
  std::string out =
      fmt::format("\n| Coordinating Group | {from} | {to} |\n|---|---:|---:|\n",
                  fmt::arg("from", before.date.iso()), fmt::arg("to", after.date.iso()));
  out += fmt::format("| Sitting members | {before} | {after} |\n",
                     fmt::arg("before", before.sitting), fmt::arg("after", after.sitting));
  for (std::size_t i = 0; i < before.government.size(); ++i)
    out += fmt::format("| {seat} | {before} | {after} |\n",
                       fmt::arg("seat", markdown_text(seat_label(model::Seat::government,
                                                                 before.government[i].region))),
                       fmt::arg("before", count_of(before.government[i])),
                       fmt::arg("after", count_of(after.government[i])));
  return out;
}

}  // namespace

std::string render_changes_markdown(const ChangesView& view) {
  const changes::Changes& c = view.changes;
  const changes::Counts counts = changes::count(c);
  std::string out = fmt::format(
      "# Global Coalition for Social Justice: changes from {from} to {to}\n\n"
      "What changed after {from}, up to and including {to}, with the paragraph of GB.349/INS/4 "
      "each change relates to. Partnership is made public on admission (¶18): partners who "
      "withdrew and applications are counted, not named. Progress is shared voluntarily "
      "(¶17).\n",
      fmt::arg("from", c.from.iso()), fmt::arg("to", c.to.iso()));
  out += "\n## Partners (¶18)\n\n";
  out += items(
      c, [](const auto& e) { return e.kind == changes::Kind::partner_admitted; },
      "No partner was admitted.");
  out += fmt::format(
      "\nPartners who withdrew: {withdrew}. Applications pending a decision: {applications}.\n",
      fmt::arg("withdrew", counts.withdrew), fmt::arg("applications", counts.applications));
  out += "\n## The Coordinating Group (¶21-26)\n\n";
  if (!c.before || !c.after) {
    out += "The registry holds no Coordinating Group.\n";
  } else {
    out += items(
        c, [](const auto& e) { return changes::is_group_event(e.kind); },
        "No change in the Coordinating Group.");
    out += balance_table(*c.before, *c.after);
  }
  out += "\n## Actions completed (¶17)\n\n";
  out += items(
      c, [](const auto& e) { return e.kind == changes::Kind::action_completed; },
      "No action was completed, as far as the progress partners shared tells.");
  return out;
}

}  // namespace gcsj::render
