#pragma once
// A small RFC 4180 CSV reader for the bundled reference data.

#include <string>
#include <string_view>
#include <vector>

namespace gcsj::refdata {

using CsvRow = std::vector<std::string>;

// Rows of `text`, header included; quoted fields may hold commas, quotes ("") and newlines.
std::vector<CsvRow> parse_csv(std::string_view text);

}  // namespace gcsj::refdata
