#pragma once
// `gcsj schema KIND`: the JSON Schema of a kind of document.

#include <string>
#include <vector>

#include "app/error.hpp"
#include "i18n/message.hpp"

namespace gcsj::app {

struct SchemaRequest {
  std::string kind;  // a kind of document with a schema: partner, coordinating-group
};

// The kinds of document that have a JSON Schema, in the order of the table of kinds.
std::vector<std::string> schema_kinds();
// The same, as the format rules' messages list kinds: "`partner` or `coordinating-group`"
// (load::kind_names).
i18n::Message schema_kind_names();

// A usage Error for a kind gcsj does not know.
Expected<Printed> schema(const SchemaRequest& request);

}  // namespace gcsj::app
