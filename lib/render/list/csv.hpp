#pragma once
// A cell of the lists' CSV (RFC 4180), safe to open in a spreadsheet, with the formula guard
// of sheet/csv.hpp that the export shares.

#include <string>

namespace gcsj::render {

// Registry text made printable; a cell that a spreadsheet would run as a formula (starting with
// = + - @, a tab or a CR: OWASP's CSV injection) gets a leading apostrophe, so opening the list
// never runs a partner's name; quoted when it holds a comma, a quote or a line break.
std::string csv_cell(const std::string& value);

// One record of cells, ended by CRLF (RFC 4180).
template <class Row>
std::string csv_record(const Row& row) {
  std::string out;
  bool first = true;
  for (const std::string& cell : row) {
    out += (first ? "" : ",") + csv_cell(cell);
    first = false;
  }
  return out + "\r\n";
}

}  // namespace gcsj::render
