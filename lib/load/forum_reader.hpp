#pragma once
// Reads a `kind: forum` document into the model (GB.349/INS/4 ¶39-42; README, "The Forum").

#include <string>
#include <vector>

#include "load/value_reader.hpp"
#include "load/yaml_tree.hpp"
#include "model/forum.hpp"

namespace gcsj::load {

model::Forum read_forum(const Node& document, ValueReader& reader);

// Every key the Forum's key tables read, as a dotted path from the document (`sessions.hosts`,
// `sessions.initiatives.action`), in the tables' order (see group_key_paths).
std::vector<std::string> forum_key_paths();

}  // namespace gcsj::load
