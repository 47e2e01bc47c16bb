#include "render/changes/end_reason_words.hpp"

#include <array>

#include "model/enum_names.hpp"

namespace gcsj::render {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::NC_;

// In model::EndReason's order: nouns, as they go in brackets after a date.
constexpr std::array<i18n::Term, 4> kReasons{
    NC_("why a term ended early", "resignation"),
    NC_("why a term ended early", "replacement"),
    NC_("why a term ended early", "death"),
    NC_("why a term ended early", "other reason"),
};

}  // namespace

i18n::Term end_reason_term(model::EndReason reason) {
  return kReasons[static_cast<std::size_t>(reason)];
}

std::string end_reason_words(const std::optional<std::string>& end_reason,
                             const std::optional<std::string>& end_note, const i18n::Translator& tr,
                             std::string (*escape)(std::string_view)) {
  const auto known = end_reason ? model::parse_enum<model::EndReason>(*end_reason) : std::nullopt;
  // What the reason is: its word, or a free text as written; `other` (or no reason) says
  // nothing its note does not.
  std::string reason;
  if (known && *known != model::EndReason::other)
    reason = std::string(tr(end_reason_term(*known)));
  else if (end_reason && !known)
    reason = escape(*end_reason);
  if (!end_note)
    return reason.empty() ? std::string(tr(end_reason_term(model::EndReason::other))) : reason;
  if (reason.empty()) return escape(*end_note);
  return msg("{reason}, {note}", arg("reason", reason), arg("note", escape(*end_note))).in(tr);
}

}  // namespace gcsj::render
