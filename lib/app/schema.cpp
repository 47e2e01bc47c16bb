#include "app/schema.hpp"

#include "i18n/message.hpp"
#include "load/document_kinds.hpp"

namespace gcsj::app {

std::vector<std::string> schema_kinds() {
  std::vector<std::string> kinds;
  for (const load::DocumentKind& row : load::document_kinds())
    if (!row.schema.empty()) kinds.emplace_back(row.name);
  return kinds;
}

i18n::Message schema_kind_names() {
  std::vector<load::DocumentKind> kinds;
  for (const load::DocumentKind& row : load::document_kinds())
    if (!row.schema.empty()) kinds.push_back(row);
  return load::kind_names(kinds);
}

Expected<Printed> schema(const SchemaRequest& request) {
  const load::DocumentKind* row = load::find_kind(load::document_kinds(), request.kind);
  if (!row || row->schema.empty())
    return usage(i18n::msg("{kind}: not a document kind", i18n::arg("kind", request.kind)));
  return Printed{std::string(row->schema), Outcome::clean, {}};
}

}  // namespace gcsj::app
