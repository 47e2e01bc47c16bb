#include "render/list/csv.hpp"

#include "sheet/csv.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {

std::string csv_cell(const std::string& value) {
  const std::string printable = util::printable(value);
  return sheet::csv_field(sheet::guarded(printable));
}

}  // namespace gcsj::render
