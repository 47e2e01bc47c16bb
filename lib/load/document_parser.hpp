#pragma once
// Splits a file's text into YAML documents and turns each into a Node tree.

#include <functional>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "load/yaml_tree.hpp"
#include "model/location.hpp"

namespace gcsj::load {

// Calls `on_document` with each document of `text` (empty documents are skipped). Format
// findings (syntax, aliases, duplicate keys, limits) go to `out`. Returns the number of
// non-empty documents; parsing stops at the first syntax error.
// `first_line` is the line of the file `text` starts on, when it is a chunk of a larger file.
int parse_documents(model::FileId file, std::string_view text,
                    const std::function<void(const Node&)>& on_document,
                    std::vector<findings::Finding>& out, int first_line = 1);

}  // namespace gcsj::load
