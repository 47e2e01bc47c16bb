#include "app/schema.hpp"

#include <fmt/format.h>

#include "refdata/schemas.hpp"

namespace gcsj::app {

Expected<Printed> schema(const SchemaRequest& request) {
  const auto text = refdata::json_schema(request.kind);
  if (!text) return usage({fmt::format("{}: not a document kind", request.kind)});
  return Printed{std::string(*text), Outcome::clean, {}};
}

}  // namespace gcsj::app
