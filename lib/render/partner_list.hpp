#pragma once
// `gcsj list partners`: the partners of a registry as a table, JSON or CSV, for scripts.

#include <optional>
#include <string>

#include "model/date.hpp"
#include "model/partner.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct PartnerFilter {
  std::optional<model::Category> category;
  std::optional<model::Status> status;
};

enum class ListFormat { text, json, csv };

// Partners matching `filter`, sorted by id, with their state on `as_of`.
std::string render_partner_list(const model::Registry& registry, const model::Date& as_of,
                                const PartnerFilter& filter, ListFormat format);

}  // namespace gcsj::render
