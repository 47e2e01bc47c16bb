#pragma once
// Reads a `kind: coordinating-group` document into the model (spec section 3).

#include "load/value_reader.hpp"
#include "load/yaml_tree.hpp"
#include "model/group.hpp"

namespace gcsj::load {

model::Group read_group(const Node& document, ValueReader& reader);

}  // namespace gcsj::load
