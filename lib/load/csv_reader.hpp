#pragma once
// Reading a CSV file as a spreadsheet saves it (RFC 4180, as `gcsj import` reads it): records of
// cells, each cell with its text and the place where it starts (line and column in code points,
// 1-based, as model::Location counts them). A UTF-8 byte order mark, CRLF or LF line ends, quoted
// fields holding line breaks and "" escapes, and empty trailing cells are read; blank lines are
// skipped. A problem is a finding of csv_rules.hpp at its place: what follows it is not read.

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "model/location.hpp"
#include "util/expected.hpp"

namespace gcsj::load {

struct CsvCell {
  std::string_view text;  // unquoted, "" read as ": in CsvFile::storage
  model::Location where;  // where the cell starts (its opening quote, when quoted)
  bool quoted = false;
};

struct CsvRecord {
  std::vector<CsvCell> cells;
  int line = 0;  // the line the record starts on
};

// The text the cells are views of: the file's, and the cells that differ from it ("" read as ",
// CRLF inside a quoted cell read as LF). Shared: a table read from the file keeps it.
struct CsvStorage {
  std::string text;
  std::deque<std::string> unescaped;
};

struct CsvFile {
  std::vector<CsvRecord> records;
  std::shared_ptr<CsvStorage> storage = std::make_shared<CsvStorage>();
  bool complete = true;  // false: a problem stopped the reading (reported)
};

// The records of `text`, the content of file `file`; problems added to `out`.
CsvFile read_csv(model::FileId file, std::string text, std::vector<findings::Finding>& out);

// The records of the file at `path`, read up to load::kMaxFileBytes (a larger file is an Error,
// as one that cannot be read).
util::Expected<CsvFile> read_csv_file(model::FileId file, const std::string& path,
                                      std::vector<findings::Finding>& out);

}  // namespace gcsj::load
