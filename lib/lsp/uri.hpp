#pragma once
// file: URIs, as the Language Server Protocol names documents, and the paths they stand for.

#include <optional>
#include <string>
#include <string_view>

namespace gcsj::lsp {

// The path of a `file:` URI (`file:///home/a/b%20c.yaml` -> `/home/a/b c.yaml`), or nullopt for
// another scheme, a host other than none or localhost, a relative path, or an escape that hides a
// NUL byte or is not one.
std::optional<std::string> path_of_uri(std::string_view uri);

// The `file:` URI of an absolute path, every byte but the unreserved ones and `/` escaped.
std::string uri_of_path(std::string_view path);

}  // namespace gcsj::lsp
