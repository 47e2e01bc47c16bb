#pragma once
// Reads a `kind: partner` document into the model (spec section 2).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/value_reader.hpp"
#include "load/yaml_tree.hpp"
#include "model/partner.hpp"

namespace gcsj::load {

model::Partner read_partner(const Node& document, ValueReader& reader);

// Whether a partner of `category` takes the top-level `key` of the partner's key table: the keys
// common to all, and those of its category of ¶19 (`scope`, `type`, ...); with no category known,
// every key, as the reader accepts them.
bool partner_key_allowed(std::string_view key, std::optional<model::Category> category);

// Every key the partner's key tables read, as a dotted path from the document (`name`,
// `adherence.levels`, `actions.sdgs`, `actions.progress.date`), in the tables' order: the
// comparison of two versions (lib/diff) is held against it by a test.
std::vector<std::string> partner_key_paths();

}  // namespace gcsj::load
