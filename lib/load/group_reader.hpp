#pragma once
// Reads a `kind: coordinating-group` document into the model (spec section 3).

#include <string>
#include <vector>

#include "load/value_reader.hpp"
#include "load/yaml_tree.hpp"
#include "model/group.hpp"

namespace gcsj::load {

model::Group read_group(const Node& document, ValueReader& reader);

// Every key the Group's key tables read, as a dotted path from the document (`established`,
// `members.terms.end`, `meetings.date`), in the tables' order (see partner_key_paths).
std::vector<std::string> group_key_paths();

}  // namespace gcsj::load
