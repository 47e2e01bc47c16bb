#include "app/schema.hpp"

#include <fmt/format.h>

#include "load/document_kinds.hpp"

namespace gcsj::app {

std::vector<std::string> schema_kinds() {
  std::vector<std::string> kinds;
  for (const load::DocumentKind& row : load::document_kinds())
    if (!row.schema.empty()) kinds.emplace_back(row.name);
  return kinds;
}

Expected<Printed> schema(const SchemaRequest& request) {
  const load::DocumentKind* row = load::find_kind(load::document_kinds(), request.kind);
  if (!row || row->schema.empty())
    return usage({fmt::format("{}: not a document kind", request.kind)});
  return Printed{std::string(row->schema), Outcome::clean, {}};
}

}  // namespace gcsj::app
