// `gcsj changes -f markdown`: the period's changes as a notice to partners or a report's annex.
// It names what the portal names (changes::Change::is_public): partners admitted and still
// published, the Group's changes and completed actions; partners who withdrew and applications
// are counted, never named (¶18 makes partnership public on admission).

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/changes/change_line.hpp"
#include "render/changes/change_words.hpp"
#include "render/changes/changes_report.hpp"
#include "render/report/progress_report.hpp"
#include "util/text.hpp"

namespace gcsj::render {
namespace {

using i18n::arg;
using i18n::msg;

std::string item(const changes::Change& change, const i18n::Translator& tr) {
  ChangeWording wording{markdown_text, true};
  wording.tr = &tr;
  return "- " + dated_change(change, wording, change.date) + "\n";
}

// The public events of the period that `keep` selects, as a list; `none` when there is none.
template <class Keep>
std::string items(const changes::Changes& changes, const i18n::Translator& tr, Keep keep,
                  const i18n::Message& none) {
  std::string out;
  for (const changes::Change& change : changes.events)
    if (change.is_public && keep(change)) out += item(change, tr);
  return out.empty() ? none.in(tr) + "\n" : out;
}

std::string balance_table(const changes::Balance& before, const changes::Balance& after,
                          const i18n::Translator& tr) {
  std::string out =
      fmt::format("\n| {group} | {from} | {to} |\n|---|---:|---:|\n",
                  fmt::arg("group", tr("Coordinating Group")), fmt::arg("from", before.date.iso()),
                  fmt::arg("to", after.date.iso()));
  out += fmt::format("| {label} | {before} | {after} |\n", fmt::arg("label", tr("Sitting members")),
                     fmt::arg("before", before.sitting), fmt::arg("after", after.sitting));
  for (std::size_t i = 0; i < before.government.size(); ++i)
    out += fmt::format("| {seat} | {before} | {after} |\n",
                       fmt::arg("seat", markdown_text(seat_label(model::Seat::government,
                                                                 before.government[i].region, tr))),
                       fmt::arg("before", region_count(before.government[i], tr)),
                       fmt::arg("after", region_count(after.government[i], tr)));
  return out;
}

std::string heading(int level, const i18n::Message& title, const i18n::Translator& tr) {
  return std::string(static_cast<std::size_t>(level), '#') + " " + title.in(tr) + "\n\n";
}

}  // namespace

std::string render_changes_markdown(const ChangesView& view) {
  const i18n::Translator& tr = *view.tr;
  const changes::Changes& c = view.changes;
  const changes::Counts counts = changes::count(c);
  std::string out = heading(1,
                            msg("Global Coalition for Social Justice: changes from {from} to {to}",
                                arg("from", c.from), arg("to", c.to)),
                            tr);
  out += msg("What changed after {from}, up to and including {to}, with the paragraph of "
             "GB.349/INS/4 each change relates to. Partnership is made public on admission, or "
             "on the later date the secretariat sets (¶18): partners who withdrew and "
             "applications are counted, not named. Progress is shared voluntarily (¶17).",
             arg("from", c.from), arg("to", c.to))
             .in(tr) +
         "\n";
  out += "\n" + heading(2, msg("Partners (¶18)"), tr);
  out += items(
      c, tr, [](const auto& e) { return changes::is_new_partner(e.kind); },
      msg("No partner was admitted."));
  out += "\n" +
         msg("Partners who withdrew: {withdrew}. Applications pending a decision: "
             "{applications}.",
             arg("withdrew", counts.withdrew), arg("applications", counts.applications))
             .in(tr) +
         "\n";
  if (counts.received > 0 || counts.declined > 0)
    out += "\n" + applications_counted(counts).in(tr) + "\n";
  out += "\n" + heading(2, msg("The Coordinating Group (¶21-26)"), tr);
  if (!c.before || !c.after) {
    out += msg("The registry holds no Coordinating Group.").in(tr) + "\n";
  } else {
    out += items(
        c, tr, [](const auto& e) { return changes::is_group_event(e.kind); },
        msg("No change in the Coordinating Group."));
    out += balance_table(*c.before, *c.after, tr);
  }
  out += "\n" + heading(2, msg("Actions completed (¶17)"), tr);
  out += items(
      c, tr, [](const auto& e) { return e.kind == changes::Kind::action_completed; },
      msg("No action was completed, as far as the progress partners shared tells."));
  // The Forum (¶39-42), when the registry records it: its sessions held in the period, each
  // naming only the hosts public on TO.
  if (model::forum_of(view.registry)) {
    out += "\n" + heading(2, msg("The Forum (¶39-42)"), tr);
    out += items(
        c, tr, [](const auto& e) { return e.kind == changes::Kind::forum_session; },
        msg("No session of the Forum was held."));
  }
  return out;
}

}  // namespace gcsj::render
