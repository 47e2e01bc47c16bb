#pragma once
// Reads a `kind: partner` document into the model (spec section 2).

#include <string>
#include <vector>

#include "load/value_reader.hpp"
#include "load/yaml_tree.hpp"
#include "model/partner.hpp"

namespace gcsj::load {

model::Partner read_partner(const Node& document, ValueReader& reader);

// Every key the partner's key tables read, as a dotted path from the document (`name`,
// `adherence.levels`, `actions.sdgs`, `actions.progress.date`), in the tables' order: the
// comparison of two versions (lib/diff) is held against it by a test.
std::vector<std::string> partner_key_paths();

}  // namespace gcsj::load
