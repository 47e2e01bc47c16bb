#pragma once
// A table of the registry as a spreadsheet holds it (`gcsj export`, read back by `gcsj import`):
// named columns, each of a kind, and rows of cells written as the registry writes the values
// (dates YYYY-MM-DD, booleans true/false, lists joined by "; "). The CSV and XLSX writers take
// one, so both files hold the same cells.

#include <string>
#include <string_view>
#include <vector>

namespace gcsj::sheet {

// How a workbook types a column's cells; CSV writes every cell as text.
enum class CellKind { text, date, number, boolean };

struct Column {
  std::string_view name;  // the header, the same in every language: the registry's key path
  CellKind kind = CellKind::text;
  bool derived = false;  // computed by gcsj (a country's name, a count): import reads past it
};

struct Table {
  std::string name;  // partners, actions, group, applications, contacts
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;  // one cell per column; "" is an empty cell
  // Holds private fields (focal points, a decision's reasons): the files say so (CSV: a first
  // row before the header; XLSX: the sheet's name).
  bool holds_private = false;
};

}  // namespace gcsj::sheet
