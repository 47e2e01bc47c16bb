#pragma once
// `gcsj list partners`: the partners of a registry as a table, JSON or CSV, for scripts.

#include <optional>
#include <string>

#include "i18n/translator.hpp"
#include "model/date.hpp"
#include "model/partner.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct PartnerFilter {
  std::optional<model::Category> category;
  std::optional<model::Status> status;
  // Also show each partner's focal points (`contacts`: private, shown only when asked).
  bool contacts = false;
};

enum class ListFormat { text, json, csv };

// Partners matching `filter`, sorted by id, with their state on `as_of`. The text table is written
// in the language of `tr` (its headings, yes/no and count; ids and enumerated values as given);
// JSON and CSV are for scripts: their field names and values never change with the language,
// and the JSON says which language the run used (`language`). With `filter.contacts`, the text
// gives a line under the partner for each focal point, the JSON a `contacts` array, and the CSV
// five contact_ columns with a row for each focal point (one row for a partner without any).
std::string render_partner_list(const model::Registry& registry, const model::Date& as_of,
                                const PartnerFilter& filter, ListFormat format,
                                const i18n::Translator& tr = i18n::Translator::english());

}  // namespace gcsj::render
