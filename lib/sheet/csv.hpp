#pragma once
// CSV (RFC 4180, UTF-8, CRLF) of a table, as `gcsj export` writes it and `gcsj import` reads it
// back, and the guard against formulas that every CSV gcsj writes shares.

#include <string>
#include <string_view>
#include <vector>

#include "sheet/table.hpp"

namespace gcsj::sheet {

// True when a spreadsheet would run `cell` as a formula: it starts with = + - @, a tab or a CR
// (OWASP's CSV injection). Such a cell is written with a leading apostrophe.
bool runs_as_formula(std::string_view cell);

// `text` as one RFC 4180 field: quoted (a quote doubled) when it holds a comma, a quote or a line
// break, as it is otherwise.
std::string csv_field(std::string_view text);

// The guard against formulas, both ways: `guarded` puts an apostrophe before a value that would
// run as a formula once its own leading apostrophes are set aside (`=1`, but also `'=1`, which
// an import would otherwise read as `=1`); `unguarded` removes that one apostrophe again. So
// unguarded(guarded(v)) == v for every value, and a value without the guard reads as written.
std::string guarded(std::string_view value);
std::string_view unguarded(std::string_view cell);

// A value as a cell of an export: every character kept (line breaks too, inside the quotes)
// except the control characters other than tab, line feed and carriage return (C0, DEL, C1),
// which are dropped (the loader refuses them in a registry anyway), then guarded.
std::string csv_cell(std::string_view value);

// A list as one cell: its items joined by "; ", a `;` inside an item written `\;` and a
// backslash `\\`, so that `list_item` of each piece import splits off reads the item back.
std::string list_cell(const std::vector<std::string>& items);
std::string list_item(std::string_view piece);

// Progress reports as one cell, one a line ("YYYY-MM-DD: summary", ": summary",
// "YYYY-MM-DD:"); a summary's own line breaks start a line of two spaces, which import joins
// back to the report before it.
std::string progress_line(std::string_view date, std::string_view summary);

// The first cell of a private table's first row, before the header: import skips a first row
// whose first cell starts with "PRIVATE".
inline constexpr std::string_view kPrivateMarker =
    "PRIVATE: focal points and decision reasons; never publish this file";

// The table as CSV: the private row when it holds private fields, the header (the columns'
// names), then a record per row, each ended by CRLF.
std::string write_csv(const Table& table);

}  // namespace gcsj::sheet
