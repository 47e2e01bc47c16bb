#include "render/list/csv.hpp"

#include <string_view>

#include "util/utf8.hpp"

namespace gcsj::render {

std::string csv_cell(const std::string& value) {
  const std::string printable = util::printable(value);
  std::string cell;
  if (!printable.empty() &&
      std::string_view("=+-@\t\r").find(printable[0]) != std::string_view::npos)
    cell += '\'';
  cell += printable;
  if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string out = "\"";
  for (const char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace gcsj::render
