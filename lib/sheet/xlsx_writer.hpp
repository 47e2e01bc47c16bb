#pragma once
// The XLSX workbook `gcsj export -f xlsx` writes: one sheet per table, in the order given, named
// by the table ("partners"; a table that holds private fields: "partners (private)"). Each sheet
// has a bold, frozen header row, an autofilter over the header and the data, column widths from
// the content, dates as real dates (yyyy-mm-dd), numbers as numbers, booleans as booleans and
// every other cell as a string, exactly as given (never a formula; no apostrophe guard: the
// workbook types the cell as a string, so a leading '=' is text).

#include <string>
#include <vector>

#include "model/date.hpp"
#include "sheet/table.hpp"
#include "util/expected.hpp"

namespace gcsj::sheet {

// Writes `tables` as one workbook at `path`, through a temporary file in the same directory
// renamed over `path` on success only: a failure leaves no half-written workbook and no
// temporary file. An Error when the file cannot be written, or when a cell is longer than the
// 32,767 characters a workbook cell holds (naming the table, row and column: truncating it
// would lose data). The workbook's creation time is `created` at midnight UTC (the export's as-of
// date), not the clock's: the same tables on the same date give the same bytes.
util::Expected<void> write_xlsx(const std::vector<Table>& tables, const std::string& path,
                                const model::Date& created);

}  // namespace gcsj::sheet
