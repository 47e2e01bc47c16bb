#pragma once
// Splits a file's text into YAML documents and turns each into a Node tree.

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "findings/finding_list.hpp"
#include "load/yaml_tree.hpp"
#include "model/location.hpp"

namespace gcsj::load {

// The most nodes (scalars, lists, mappings, keys) one document may hold: a partner holds a few
// hundred, a Group of 34 members about a thousand, a Group of 8,000 about 200,000. A document
// holding more is an input-limit finding and is not read, so what one document costs to read
// stays bounded whatever its bytes hold (a list of `{}` is a node every 3 bytes).
inline constexpr std::size_t kMaxDocumentNodes = 250'000;

// Calls `on_document` with each document of `text` (empty documents are skipped). Format
// findings (syntax, aliases, duplicate keys, limits) go to `out`. Returns the number of
// non-empty documents handed on.
// A syntax error (or a quoted string left open, which yaml-cpp 0.7 accepts at the end of its
// input) loses only its own document region: from the line its document starts on to the next
// `---` line. What is found in a region depends on nothing outside it, so a file gives the same
// findings whole or cut into pieces before `---` lines.
// `first_line` is the line of the file `text` starts on, when it is a piece of a larger file;
// `text` must start at the start of a line.
// `on_document` is given each document with the index in `out` of the first finding found while
// parsing it (what it decides their subject to be is its own). The findings of a region that
// could not be parsed are about that region: their subject is a hash of its text.
using OnDocument = std::function<void(const Node& document, std::size_t first_finding)>;
int parse_documents(model::FileId file, std::string_view text, const OnDocument& on_document,
                    findings::FindingList& out, int first_line = 1);

}  // namespace gcsj::load
