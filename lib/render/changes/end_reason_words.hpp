#pragma once
// Why a member's term ended early, in the reader's language: `end_reason` is an enumerated value
// (model::EndReason), told by a word of each language; `other` is told by its `end_note`; a free
// text (v1) is shown as written. Used in the sentence of a departure (`changes`, the report's
// period, the portal's news and feed).

#include <optional>
#include <string>
#include <string_view>

#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "model/group.hpp"

namespace gcsj::render {

// The word for a reason, to translate: "resignation", "replacement", "death", "other reason".
i18n::Term end_reason_term(model::EndReason reason);

// The reason as a departure's sentence tells it, registry text made safe by `escape`:
// "resignation"; "resignation, to lead the union" (a reason and its note); the note alone for
// `other`; a free text as written.
std::string end_reason_words(const std::optional<std::string>& end_reason,
                             const std::optional<std::string>& end_note, const i18n::Translator& tr,
                             std::string (*escape)(std::string_view));

}  // namespace gcsj::render
