#pragma once
// What the renderers of `gcsj validate` are given: the outcome of a validation, and the
// descriptions of the rules it applied (as data: renderers include no rule).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "findings/rule.hpp"
#include "i18n/translator.hpp"
#include "model/date.hpp"
#include "model/registry.hpp"

namespace gcsj::render {

struct Validation {
  const model::Registry& registry;
  const std::vector<findings::Finding>& findings;
  findings::Summary summary;
  model::Date as_of;
  findings::Severity fail_level = findings::Severity::error;
  std::span<const findings::Rule* const> rules = {};         // the catalogue (SARIF lists it)
  std::optional<std::string> config_file = {};               // the configuration applied, if any
  const i18n::Translator& tr = i18n::Translator::english();  // the language to write in
};

struct TextOptions {
  bool color = false;
  bool quiet = false;  // finding lines only: no source excerpt, hint, related lines or summary
};

// The first line of a finding, as compilers write it: FILE:LINE:COL: SEVERITY: MESSAGE [RULE] (¶P).
// The severity stays the English keyword editors' problem matchers look for; the message is in
// the validation's language.
std::string finding_line(const Validation& validation, const findings::Finding& finding);

// " (waived until 1 March 2027)" for a waived finding, "" otherwise.
std::string waived_suffix(const i18n::Translator& tr, const findings::Finding& finding);

// A severity as a reader of `tr`'s language reads it ("erreur"); machine formats keep to_string.
std::string_view severity_word(const i18n::Translator& tr, findings::Severity severity);

// "¶19(f)" for a paragraph, "" for a format rule.
std::string paragraph_mark(std::string_view paragraph);

}  // namespace gcsj::render
