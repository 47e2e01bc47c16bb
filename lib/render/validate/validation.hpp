#pragma once
// What the renderers of `gcsj validate` are given: the outcome of a validation, and the
// descriptions of the rules it applied (as data: renderers include no rule).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "findings/baseline.hpp"
#include "findings/finding.hpp"
#include "findings/rule.hpp"
#include "i18n/translator.hpp"
#include "model/date.hpp"
#include "model/registry.hpp"
#include "render/format_table.hpp"

namespace gcsj::render {

// The older version a validation was compared with (`--base REF`).
struct Baseline {
  std::string_view ref;                    // as given
  std::optional<std::string_view> commit;  // when REF is a git revision
  const model::Registry& registry;         // the older version, shown under the same paths
  findings::Summary summary;               // the older version's
  bool existed = true;                     // false: the registry's directory was not at REF
  // Per finding of the validation, in its order: introduced by the change, or unchanged.
  std::span<const findings::BaselineState> states;
  const std::vector<findings::Finding>& resolved;  // findings of `registry` the change removed
  int introduced = 0;
  int unchanged = 0;
  // The change's own configuration, when it differs from the one applied and was not applied.
  std::optional<std::string_view> own_config = {};
};

struct Validation {
  const model::Registry& registry;
  const std::vector<findings::Finding>& findings;
  findings::Summary summary;
  model::Date as_of;
  findings::Severity fail_level = findings::Severity::error;
  std::span<const findings::Rule* const> rules = {};         // the catalogue (SARIF lists it)
  std::optional<std::string> config_file = {};               // the configuration applied, if any
  const i18n::Translator& tr = i18n::Translator::english();  // the language to write in
  const Baseline* baseline = nullptr;                        // set by `--base REF`
};

// The first line of a finding, as compilers write it: FILE:LINE:COL: SEVERITY: MESSAGE [RULE] (¶P).
// The severity stays the English keyword editors' problem matchers look for; the message is in
// the validation's language.
std::string finding_line(const Validation& validation, const findings::Finding& finding);
// The same, for a finding of `registry` (the older version's, against a base).
std::string finding_line(const model::Registry& registry, const i18n::Translator& tr,
                         const findings::Finding& finding);

// True when finding `index` of the validation is the change's: always without a base version,
// else when the change introduced it.
bool introduced(const Validation& validation, std::size_t index);

// True when finding `index` makes the run fail: at or above the fail level, not waived, and
// introduced by the change when there is a base version (findings::fails, against a baseline).
bool fails_run(const Validation& validation, std::size_t index);

// " (waived until 1 March 2027)" for a waived finding, "" otherwise.
std::string waived_suffix(const i18n::Translator& tr, const findings::Finding& finding);

// A severity as a reader of `tr`'s language reads it ("erreur"); machine formats keep to_string.
std::string_view severity_word(const i18n::Translator& tr, findings::Severity severity);

// "¶19(f)" for a paragraph, "" for a format rule.
std::string paragraph_mark(std::string_view paragraph);

}  // namespace gcsj::render
