#pragma once
// Reads a `kind: partner` document into the model (spec section 2).

#include "load/value_reader.hpp"
#include "load/yaml_tree.hpp"
#include "model/partner.hpp"

namespace gcsj::load {

model::Partner read_partner(const Node& document, ValueReader& reader);

}  // namespace gcsj::load
