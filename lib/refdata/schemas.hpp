#pragma once
// The JSON Schemas (draft 2020-12) of the two kinds of registry document, for editors and for
// validators other than gcsj. They describe the format; gcsj validate checks far more.

#include <optional>
#include <string_view>

namespace gcsj::refdata {

// The schema of `kind` ("partner" or "coordinating-group"); nullopt for another kind.
std::optional<std::string_view> json_schema(std::string_view kind);

}  // namespace gcsj::refdata
