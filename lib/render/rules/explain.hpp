#pragma once
// The rules as data for readers: `gcsj explain RULE` (what a rule checks, why, an example it
// accepts and one it reports) and `gcsj rules` (the catalogue as a table or JSON), in the
// reader's language.

#include <span>
#include <string>

#include "findings/rule.hpp"
#include "i18n/translator.hpp"

namespace gcsj::render {

std::string render_explanation(const findings::Rule& rule, const i18n::Translator& tr);

// One line per rule: id, severity, paragraph (or "format"), summary.
std::string render_rules_text(std::span<const findings::Rule* const> rules,
                              const i18n::Translator& tr);
// An array of rules with their summary and explanation in the reader's language, and in
// English (`summary_en`, `explanation_en`) for scripts.
std::string render_rules_json(std::span<const findings::Rule* const> rules,
                              const i18n::Translator& tr);

// `text` folded to lines of at most `width` columns at spaces.
std::string wrap(std::string_view text, std::size_t width);

}  // namespace gcsj::render
