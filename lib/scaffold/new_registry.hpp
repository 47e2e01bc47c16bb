#pragma once
// The files `gcsj init` writes: a new registry with one commented example of each document kind,
// a commented configuration and the JSON Schemas editors use (one per kind of
// load/document_kinds.hpp). The CLI writes them.

#include <string>
#include <vector>

#include "model/date.hpp"

namespace gcsj::scaffold {

struct NewFile {
  std::string path;  // relative to the registry directory
  std::string text;
};

// The files of a new registry created on `today` (the example Group is planned for the next
// 1 January, so it validates clean while its members are nominated).
std::vector<NewFile> new_registry(const model::Date& today);

}  // namespace gcsj::scaffold
