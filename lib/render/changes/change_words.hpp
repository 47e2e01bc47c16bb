#pragma once
// The words of the events of changes::Changes: one sentence per event, each a whole format string
// with named placeholders, registry text escaped for the output it goes to. Shared by
// `gcsj changes` (text, Markdown) and the portal's news page and feed.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "changes/changes.hpp"
#include "i18n/message.hpp"
#include "i18n/translator.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::render {

// Makes registry text safe where it goes: util::printable for a terminal, markdown_text for
// Markdown, publish::escape for HTML.
using Escape = std::string (*)(std::string_view);

struct ChangeWording {
  Escape escape;
  // Tell only what the portal may tell (changes::Change::is_public): a member's partner is named
  // only while it is published, and a departure because the partner withdrew is told without
  // the reason.
  bool public_view = false;
  // How a partner is shown, already safe for the output (the portal links it to its page);
  // unset: its name, escaped.
  std::function<std::string(const model::Partner&)> partner = nullptr;
  // The language of the sentences (English unless told); dates in its long form.
  const i18n::Translator* tr = &i18n::Translator::english();
  // How "The Forum of the Coalition" of a session's sentence is shown, given its words already
  // safe for the output (the portal links them to the session on its Forum page); unset: as is.
  std::function<std::string(const model::ForumSession&, std::string)> forum = nullptr;
};

// The sentence telling `change`, without its date and paragraph, in the language of `wording.tr`.
std::string change_sentence(const changes::Change& change, const ChangeWording& wording);

// A short title for the event (the portal's feed), without registry text: "New partner"; in
// English, or in the language of `tr`.
std::string_view change_title(changes::Kind kind);
std::string_view change_title(changes::Kind kind, const i18n::Translator& tr);

// The kind as the JSON output spells it: "partner-admitted".
std::string_view kind_key(changes::Kind kind);

// The applications of a period, counted and never named (v1.1): received, admitted, declined.
i18n::Message applications_counted(const changes::Counts& counts);

// The members sitting for a government region, "3 of 4" when its seats are counted ("3" when not),
// in the balance tables of `gcsj changes`.
std::string region_count(const changes::RegionBalance& region, const i18n::Translator& tr);
std::string_view reason_key(changes::LeaveReason reason);

// How outputs name a partner in English: its name, else its id (figures::partner_name gives it
// in a language).
std::string partner_display_name(const model::Partner& partner);

// The seats of a row: "Employers' representatives", "Government representatives (Africa)"; in
// English, or in the language of `tr`.
std::string seat_label(model::Seat seat, std::optional<model::GovernmentRegion> region);
std::string seat_label(model::Seat seat, std::optional<model::GovernmentRegion> region,
                       const i18n::Translator& tr);
// The seats of a kind (group::SeatKind::description), sentence-cased, as a term to translate.
i18n::Term seat_term(model::Seat seat);

// The label of a sitting member's declared gender, in the order of changes::Balance::gender; in
// English, or in the language of `tr`.
std::string_view gender_label(std::size_t index);
std::string_view gender_label(std::size_t index, const i18n::Translator& tr);

}  // namespace gcsj::render
