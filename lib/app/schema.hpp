#pragma once
// `gcsj schema KIND`: the JSON Schema of a kind of document.

#include <string>

#include "app/error.hpp"

namespace gcsj::app {

struct SchemaRequest {
  std::string kind;  // partner or coordinating-group
};

// A usage Error for a kind gcsj does not know.
Expected<Printed> schema(const SchemaRequest& request);

}  // namespace gcsj::app
