#include "refdata/schemas.hpp"

#include "refdata/embedded_data.hpp"

namespace gcsj::refdata {

std::optional<std::string_view> json_schema(std::string_view kind) {
  if (kind == "partner") return embedded::partner_schema_json;
  if (kind == "coordinating-group") return embedded::coordinating_group_schema_json;
  return std::nullopt;
}

}  // namespace gcsj::refdata
