#pragma once
// The columns of each table `gcsj export` writes and `gcsj import` reads (README, "Spreadsheets:
// export and import"): the headers are the registry's key paths, the same in every language, in
// a fixed order. A derived column (a country's name, a count) is written by export and skipped by
// import.

#include <vector>

#include "sheet/table.hpp"

namespace gcsj::sheet {

// partners: every key of a partner, the country's name and ILO region, the number of actions;
// with_private adds the two keys never published, `contact` (before actions_count) and
// `decision` (last).
std::vector<Column> partner_columns(bool with_private);
// actions: one row per action, the partner's id first.
std::vector<Column> action_columns();
// contacts (private only): one row per focal point.
std::vector<Column> contact_columns();
// group: one row per member's term (export only).
std::vector<Column> group_columns();
// forum: one row per session of the Forum (¶39-42), as `gcsj list forum` lists them (export
// only).
std::vector<Column> forum_columns();
// applications: the rows `gcsj list applications` computes (export only); with_private adds
// `decision`.
std::vector<Column> application_columns(bool with_private);

}  // namespace gcsj::sheet
