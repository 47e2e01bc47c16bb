#pragma once
// A CSV file read as one of the tables of `gcsj import` (partners, actions, contacts): its
// header's columns, and its rows of values, each with the cell it came from. Formula cells,
// unknown and duplicate columns and cells past the header are reported here (load/csv_rules.hpp).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "load/csv_reader.hpp"
#include "model/location.hpp"

namespace gcsj::import {

// One value of a row, as the cell holds it once read.
struct Value {
  std::string_view text;  // in SheetInput::storage
  model::Location where;  // the cell
  // Unquoted cells on one line: a list item's place is the cell's column plus its offset (in
  // code points, `shift` more for a removed apostrophe); otherwise every item is at the cell.
  bool exact = false;
  std::int8_t shift = 0;  // 0 or 1: small, as a sheet holds a Value for each of its cells
};

struct Row {
  std::vector<Value> values;  // one per column of the header (empty text: no value)
  model::Location where;      // the row's first cell
};

struct SheetInput {
  std::string_view table;            // partners, actions, contacts
  model::FileId file = 0;            // the CSV file's id
  std::vector<std::string> columns;  // the header; "" for a column not read
  std::vector<Row> rows;
  bool readable = false;  // false: the key column is missing, no row is imported
  std::shared_ptr<const load::CsvStorage> storage;  // the text the values are views of

  // The index of column `name`, if the header has it.
  std::optional<std::size_t> column(std::string_view name) const;
  // The value of `name` in `row`, or nullptr when the column is absent or the cell empty.
  const Value* value(const Row& row, std::string_view name) const;
};

// The columns of a table import reads, in order, and the derived ones it recognises and skips:
// lib/sheet/columns' (the columns gcsj export writes), never a list of its own.
struct TableColumns {
  std::string_view table;
  std::string_view key;  // id, or partner
  std::vector<std::string_view> read;
  std::vector<std::string_view> derived;
};
const TableColumns& partner_columns();
const TableColumns& action_columns();
const TableColumns& contact_columns();

// The table `columns` read from `csv`: a first row starting "PRIVATE" skipped, the header
// checked, each row's cells read (an apostrophe before = + - @ tab or CR removed; a cell starting
// `=` is a formula, not imported).
SheetInput read_sheet(const load::CsvFile& csv, model::FileId file, const TableColumns& columns,
                      std::vector<findings::Finding>& out);

}  // namespace gcsj::import
