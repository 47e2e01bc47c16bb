#pragma once
// A row of the partners file (with its rows of actions and focal points) as a partner's document
// in the registry's canonical form: `kind: partner`, then the keys in the order of the columns,
// nested mappings for `adherence.` and `accreditation.`, an empty cell omitted, a derived column
// skipped, and a short comment where a key needs one (never a row number, a date or a file name,
// so a second export and import writes the same bytes). Each line of the document remembers the
// cells it came from, so a finding about the document can be moved to the spreadsheet.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "import/sheet_input.hpp"
#include "model/location.hpp"

namespace gcsj::import {

// From column `yaml_column` of a line on, the line shows the value of cell `cell`.
struct Origin {
  int yaml_column = 1;
  model::Location cell;
};

// A mapping of the document (the document, `adherence`, `accreditation`, an action, a focal
// point) starts at `line`:`column`; the key `k` it lacks is the column `prefix` + k of `row`.
struct MappingStart {
  int line = 0;
  int column = 0;
  const SheetInput* sheet = nullptr;
  const Row* row = nullptr;
  std::string prefix;
};

struct Document {
  std::string id;
  std::string text;
  std::vector<std::vector<Origin>> lines;  // [line - 1]: where its parts came from
  std::vector<MappingStart> mappings;
  const Row* row = nullptr;  // the partner's row
  int actions = 0;
};

// The rows of other tables that belong to a partner.
struct RowsOf {
  const SheetInput* sheet = nullptr;
  std::vector<const Row*> rows;
};

Document partner_document(const SheetInput& partners, const Row& row, const RowsOf& actions,
                          const RowsOf& contacts);

// Where a finding at `where` (line, column of the document) lies in the spreadsheet: the cell of
// the value there; for a mapping's start and `missing_key`, the row's cell of that key's column
// (a key naming a mapping: its first column), or the row's first cell when the file has no such
// column. `missing_column` is set to the column's name when it is not in the file.
model::Location cell_of(const Document& document, model::Location where,
                        std::string_view missing_key, std::string* missing_column = nullptr);

}  // namespace gcsj::import
